import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

extension PM {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check post-mortems for completeness, blameless language and personal data.",
            discussion: """
                Each argument is a file, a folder (searched like pm import), - for standard input, \
                or the id of a stored incident; with none, every incident in the store is checked. \
                Files are imported in memory and nothing is stored, so pm lint works in a \
                pre-commit hook, inside a knowledge base or not. Findings are printed as \
                path:line:col: severity: message [rule]. The exit code is 1 when there is an error \
                (--strict makes every warning one).

                Switch a rule off in pm.yml: disabled_lint_rules: [ip-address, person-name]. \
                `pm lint --list-rules` lists the rules.

                Examples:
                  pm lint postmortems/2024-05-02-disk-full.md
                  pm lint --strict postmortems/
                  pm lint pm-7f3k9q2ahx --format json
                  pm lint
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "Files, folders, - for standard input, or incident ids (default: every stored incident).")
        var targets: [String] = []

        @Flag(help: "Report every warning as an error (exit code 1 on any finding).")
        var strict = false

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(help: "List the rules, with their ids, and exit.")
        var listRules = false

        func run() throws {
            if listRules {
                for rule in Linter.allRules {
                    print("\(rule.id) (\(rule.category.rawValue), \(rule.severity.rawValue)): \(rule.summary)")
                }
                return
            }
            let targets = LintTargets(arguments: self.targets)
            let (base, store) = try open(needsStore: targets.needsStore)
            let config = base?.config ?? KnowledgeBaseConfig()
            for unknown in Linter.unknownRuleIDs(config.disabledLintRules) {
                Terminal.warning(
                    "\(base?.configURL.path ?? KnowledgeBase.configFileName): disabled_lint_rules names '\(unknown)', "
                        + "which is no rule; `pm lint --list-rules` lists them")
            }
            let linter = Linter(configuration: LintConfiguration(config: config, strict: strict))
            var report = LintReport()
            for document in try targets.documents(store: store, root: base?.root) {
                switch document {
                case .readable(let document): report.add(document, findings: linter.lint(document))
                case .unreadable(let path, let reason): report.addUnreadable(path: path, reason: reason)
                }
            }
            switch format {
            case .json: print(try IncidentJSON.string(report))
            default:
                for line in report.lines { print(line) }
                print(report.summary.text)
            }
            if report.summary.errors > 0 { throw ExitCode.failure }
        }

        /// The knowledge base (if any) and its store (when incidents are read from it).
        /// Files alone need neither: without a knowledge base, the default config applies.
        private func open(needsStore: Bool) throws -> (KnowledgeBase?, IncidentStore?) {
            if needsStore {
                let (base, store) = try kb.open()
                return (base, store)
            }
            let origin = kb.origin
            do {
                return (try KnowledgeBase.find(from: origin), nil)
            } catch .notFound where origin.isWorkingDirectory {
                // No --kb and no PM_KB: files are checked with the default config.
                return (nil, nil)
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode(2)
            }
        }
    }
}

extension KnowledgeBase.Origin {
    fileprivate var isWorkingDirectory: Bool {
        if case .workingDirectory = self { return true }
        return false
    }
}
