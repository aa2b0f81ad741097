import ArgumentParser
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct TaxonomyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "taxonomy",
            abstract: "List the failure modes of the taxonomy with how many incidents show each.",
            discussion: """
                The taxonomy is the knowledge base's taxonomy.yml (pm init writes pm's default \
                there; edit it to add your own modes and phrases), else pm's default.

                Examples:
                  pm taxonomy
                  pm taxonomy --format json | jq '.modes[] | select(.incidents > 0)'
                """
        )

        struct Entry: Encodable {
            var id: FailureModeID
            var name: String
            var category: String
            var incidents: Int
        }

        struct Output: Encodable {
            var modes: [Entry]
        }

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let (base, store) = try kb.open()
            let taxonomy = try kb.taxonomy(of: base)
            let counts = try store.failureModeCounts()
            let entries = taxonomy.modes.map { mode in
                Entry(id: mode.id, name: mode.name, category: mode.category.rawValue, incidents: counts[mode.id] ?? 0)
            }
            switch format {
            case .json:
                print(try IncidentJSON.string(Output(modes: entries)))
            default:
                let width = entries.map(\.id.rawValue.count).max() ?? 0
                for entry in entries {
                    let id = entry.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                    print("\(id)  \(String(entry.incidents).leftPadded(to: 4))  \(entry.name) [\(entry.category)]")
                }
                let unknown = counts.keys.filter { taxonomy.mode($0) == nil }.sorted()
                if !unknown.isEmpty {
                    print(
                        "\nNot in the taxonomy (named by documents' front matter): "
                            + unknown.map { "\($0) (\(counts[$0] ?? 0))" }.joined(separator: ", "))
                }
            }
        }
    }

    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an incident's failure modes and the sentence that is each one's evidence.",
            discussion: """
                Examples:
                  pm classify pm-7f3k9q2ahx
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "The incident's id (see `pm list`).")
        var id: String

        func run() throws {
            let (base, store) = try kb.open()
            guard let incident = try store.fetch(IncidentID(id)) else {
                Terminal.error("no incident with id '\(id)'. `pm list` shows the ids.")
                throw ExitCode.failure
            }
            let taxonomy = (try? base.taxonomy()) ?? .standard
            print("\(incident.title) (\(incident.id))")
            guard !incident.failureModes.isEmpty else {
                print("  no failure mode recognised; name them in the front matter as failure_modes: [id, …]")
                return
            }
            for match in incident.failureModes {
                let name = taxonomy.mode(match.id)?.name ?? "(not in the taxonomy)"
                print("\n  \(match.id) — \(name), score \(match.score)")
                print("    evidence: \(match.evidence.isEmpty ? "(named by the document)" : match.evidence)")
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
