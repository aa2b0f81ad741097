import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemStore

extension PM {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the incidents in the knowledge base, newest first.",
            discussion: """
                Examples:
                  pm list
                  pm list --format json | jq '.incidents[].title'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let (base, store) = try kb.open()
            let summaries = try store.list()
            switch format {
            case .json:
                print(try IncidentJSON.string(IncidentList(incidents: summaries)))
            default:
                print(IncidentText.renderList(summaries, title: base.config.title), terminator: "")
            }
        }
    }
}
