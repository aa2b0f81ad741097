import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the knowledge base: the store's integrity, its search index, source files, duplicate ids.",
            discussion: """
                Checks the store with SQLite's integrity and foreign-key checks, finds rows that belong \
                to no incident, compares the full-text indexes with what they index, lists incidents \
                whose source file is gone, and reads the front matter of every Markdown file under the \
                knowledge base's postmortems/ folder for ids given twice or unusable. Each problem says \
                how to fix it. Exit code 0: no problems; 1: problems found.

                --repair first fixes what can be fixed without losing anything (orphaned rows, the \
                search index), then checks.

                Examples:
                  pm check
                  pm check --format json
                  pm check --repair
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(help: "Fix orphaned rows and the search index first, then check.")
        var repair = false

        func run() throws {
            let base = try kb.knowledgeBase()
            var report = CheckReport()
            do {
                let store = try IncidentStore(path: base.storeURL.path, options: kb.storeOptions)
                if repair { report.repaired = try store.repair() }
                report.problems = try store.check(sourceBase: base.root)
                report.incidents = try store.count()
            } catch let error as StoreError {
                switch error {
                case .corrupt, .notADatabase:
                    report.problems = [
                        IncidentStore.damagedStoreProblem(path: base.storeURL.path, detail: error.localizedDescription)
                    ]
                case .busy:
                    Terminal.error(error.localizedDescription)
                    throw ExitCode.failure
                default:
                    Terminal.error(error.localizedDescription)
                    throw ExitCode(2)
                }
            }
            let markdown = base.checkMarkdownIDs()
            report.problems += markdown.problems
            report.markdownFiles = markdown.files
            switch format {
            case .json: print(try IncidentJSON.string(report))
            default: print(report.text.joined(separator: "\n"))
            }
            if !report.problems.isEmpty { throw ExitCode.failure }
        }
    }
}

/// What `pm check` prints. JSON: `{"problems": [{kind, subject, message, fix, repairable}],
/// "repaired": [string], "incidents": n, "markdownFiles": n}`.
struct CheckReport: Encodable {
    var problems: [CheckProblem] = []
    var repaired: [String] = []
    var incidents = 0
    var markdownFiles = 0

    var text: [String] {
        var lines = repaired.map { "repaired: \($0)" }
        for problem in problems {
            lines.append("\(problem.subject): \(problem.kind.rawValue): \(problem.message)")
            lines.append("  fix: \(problem.fix)")
        }
        let checked =
            "\(incidents) incident\(incidents == 1 ? "" : "s"), "
            + "\(markdownFiles) Markdown file\(markdownFiles == 1 ? "" : "s") checked"
        if problems.isEmpty {
            lines.append("no problems: \(checked)")
        } else {
            let repairable = problems.filter(\.repairable).count
            let hint = repairable > 0 ? " (\(repairable) fixed by `pm check --repair`)" : ""
            lines.append("\(problems.count) problem\(problems.count == 1 ? "" : "s")\(hint); \(checked)")
        }
        return lines
    }
}
