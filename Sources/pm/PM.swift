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
            Init.self, New.self, Import.self, Sync.self, List.self, Show.self, Export.self, Delete.self, Backup.self,
            TaxonomyCommand.self, Classify.self, Search.self, Lessons.self, Actions.self, Stats.self, Related.self,
            Services.self, Lint.self, Publish.self, Check.self,
        ]
    )
}
