import ArgumentParser
import PostmortemKit
import PostmortemStore

extension PM {
    struct Related: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the incidents related to one, with the score explained.",
            discussion: """
                Another incident scores 3 for each failure mode both show, 2 for each service \
                both touched (named, or through a volume), 1 for each volume or claim both \
                touched (at most 3), and up to 2 for sharing the incident's rarest words.

                Examples:
                  pm related pm-7f3k9q2ahx
                  pm related pm-7f3k9q2ahx --format json | jq '.related[0]'
                """
        )

        struct Output: Encodable {
            var id: IncidentID
            var title: String
            var related: [RelatedIncident]
        }

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The incident's id (see `pm list`).")
        var id: String

        @Option(help: "At most this many related incidents.")
        var limit: Int = 10

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func validate() throws {
            if !(1...1000).contains(limit) { throw ValidationError("--limit takes a number from 1 to 1000") }
        }

        func run() throws {
            let (base, store) = try kb.open()
            guard
                let found = try store.related(to: IncidentID(id), catalog: base.config.serviceCatalog, limit: limit)
            else {
                Terminal.error("no incident with id '\(id)'. `pm list` shows the ids.")
                throw ExitCode.failure
            }
            if format == .json {
                print(
                    try IncidentJSON.string(
                        Output(id: found.incident.id, title: found.incident.title, related: found.related)))
            } else {
                print(KnowledgeText.related(found.related, to: found.incident), terminator: "")
            }
        }
    }
}
