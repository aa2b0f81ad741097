import ArgumentParser
import PostmortemKit
import PostmortemStore

extension PM {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Count incidents per month, severity, failure mode and service; summarise time to detect and resolve.",
            discussion: """
                Times to detect and resolve come from each incident's front matter (detected, \
                resolved), its metadata lines and its timeline, measured from the incident's \
                start. They are shown as median, p90 and a distribution, never as a mean: a few \
                long incidents would drag a mean away from every typical one.

                Examples:
                  pm stats
                  pm stats --format json | jq '.timeToResolve.median'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let (base, store) = try kb.open()
            let stats = try store.stats(taxonomy: try kb.taxonomy(of: base), catalog: base.config.serviceCatalog)
            if format == .json {
                print(try IncidentJSON.string(stats))
            } else {
                print(KnowledgeText.stats(stats), terminator: "")
            }
        }
    }
}
