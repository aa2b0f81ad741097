import ArgumentParser
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one incident: readable text, JSON or canonical Markdown.",
            discussion: """
                Examples:
                  pm show pm-7f3k9q2ahx
                  pm show pm-7f3k9q2ahx --format json
                  pm show pm-7f3k9q2ahx --format markdown > incident.md
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The incident's id (see `pm list`).")
        var id: String

        @Option(help: "text, json or markdown.")
        var format: OutputFormat = .text

        func run() throws {
            let (_, store) = try kb.open()
            guard let incident = try store.fetch(IncidentID(id)) else {
                Terminal.error("no incident with id '\(id)'. `pm list` shows the ids.")
                throw ExitCode.failure
            }
            switch format {
            case .json: print(try IncidentJSON.string(incident))
            case .markdown: print(CanonicalWriter.markdown(for: incident), terminator: "")
            case .text: print(IncidentText.render(incident), terminator: "")
            }
        }
    }
}
