import ArgumentParser
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct Lessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List what the incidents taught, grouped by failure mode, each lesson with its incidents.",
            discussion: """
                The same lesson stated in several incidents (in other words, or as a runbook's \
                troubleshooting fix) is shown once with all its incidents. Each lesson stands \
                under the failure mode most of its incidents show; lessons of incidents with no \
                failure mode stand under "unclassified".

                Examples:
                  pm lessons
                  pm lessons --mode wal-archive-conflict
                  pm lessons --service immich --format markdown > LESSONS.md
                  pm lessons --format json | jq '.groups[].lessons[] | select(.incidents | length > 1)'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "Only incidents showing this failure mode (see `pm taxonomy`); all their lessons under it.")
        var mode: String?

        @Option(help: "Only incidents that touched this service (see `pm services`; case and aliases ignored).")
        var service: String?

        @Option(help: "text, json or markdown.")
        var format: OutputFormat = .text

        func run() throws {
            let (base, store) = try kb.open()
            let taxonomy = try kb.taxonomy(of: base)
            let index = try store.lessonIndex(
                taxonomy: taxonomy, mode: mode.map { FailureModeID($0) }, service: service.map { ServiceName($0) },
                catalog: base.config.serviceCatalog)
            switch format {
            case .json:
                print(try IncidentJSON.string(index))
            case .markdown:
                let titles = Dictionary(
                    try store.incidentFacts().map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
                print(
                    KnowledgeText.lessonsMarkdown(index, titles: titles, heading: "Lessons — \(base.config.title)"),
                    terminator: "")
            case .text:
                print(KnowledgeText.lessons(index), terminator: "")
            }
        }
    }
}
