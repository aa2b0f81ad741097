import ArgumentParser
import PostmortemKit

/// The `pm` command: the thin shell over the libraries. It parses, calls, prints and picks
/// exit codes; everything else lives in the Postmortem* libraries.
@main
struct PM: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "pm",
        abstract: "Write, import, search and publish post-mortems.",
        discussion: """
            pm keeps a team's post-mortems in a knowledge base: a folder with pm.yml, a SQLite \
            store and canonical Markdown files. Every command but `init` finds it by walking up \
            from the working directory, as git does, or from --kb PATH or $\(KnowledgeBase.environmentVariable).

            Examples:
              pm init postmortems-kb
              cd postmortems-kb && pm list
              pm --version
            """,
        version: version,
        subcommands: [
            Init.self, Import.self, List.self, Show.self, Delete.self, Backup.self, TaxonomyCommand.self, Classify.self,
            Search.self, Check.self,
        ]
    )
}
