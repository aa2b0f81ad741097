import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemSite
import PostmortemStore

extension PM {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring the store up to date with the post-mortems folder.",
            discussion: """
                Re-imports every file of the knowledge base's post-mortems folder whose content \
                changed since it was last imported, adds new ones, and reports incidents whose \
                file is gone (they stay in the store; `pm delete ID` removes one). Unchanged \
                files are recognised by the hash of their bytes and skipped without being read. \
                A renamed or moved file keeps its incident (by the id in its front matter, or \
                else by its content). The exit code is 1 if a file could not be synced.

                Examples:
                  pm sync
                  pm sync --dry-run
                  pm sync --format json | jq '.gone[].id'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Flag(help: "Say what would change; store nothing.")
        var dryRun = false

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(name: .shortAndLong, help: "Also list unchanged files and print notes.")
        var verbose = false

        func run() throws {
            let (base, store) = try kb.open()
            let taxonomy = try kb.taxonomy(of: base)
            let sync = KnowledgeBaseSync(
                knowledgeBase: base, store: store, importer: LegacyImporter(taxonomy: taxonomy))
            let report: SyncReport
            do {
                report = try sync.run(dryRun: dryRun)
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
            if format == .json {
                print(try IncidentJSON.string(report))
            } else {
                print(
                    SyncText.lines(report, folder: base.config.postmortemsPath, verbose: verbose).joined(
                        separator: "\n"))
            }
            if report.summary.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// The text `pm sync` (and `pm new`, for the file it registers) prints.
enum SyncText {
    static func lines(_ report: SyncReport, folder: String, verbose: Bool) -> [String] {
        var lines: [String] = []
        if report.taxonomyChanged {
            lines.append(
                "The taxonomy differs from the one the last sync classified with (or no sync recorded one): every "
                    + "file was read again and classified with it.")
        }
        for file in report.files where file.outcome != .unchanged || verbose {
            lines += fileLines(file, verbose: verbose)
        }
        for gone in report.gone {
            lines.append(
                "gone       \(gone.path): \(gone.id) \(gone.title): the file is gone; the incident stays in the "
                    + "store (restore the file, or `pm delete \(gone.id)`)")
        }
        let summary = report.summary
        let counts = [
            "\(summary.added) added", "\(summary.updated) updated", "\(summary.renamed) renamed",
            "\(summary.unchanged) unchanged", "\(summary.gone) gone", "\(summary.failed) failed",
        ].joined(separator: ", ")
        lines.append(report.dryRun ? "Dry run, nothing stored: \(folder)/: \(counts)" : "Synced \(folder)/: \(counts)")
        return lines
    }

    /// The file's outcome and incidents, then its warnings (notes too with `verbose`).
    static func fileLines(_ file: SyncReport.File, verbose: Bool) -> [String] {
        let label = file.outcome.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        if let error = file.error { return ["\(label) \(file.path): \(error)"] }
        let path = file.previousPath.map { "\($0) → \(file.path)" } ?? file.path
        let incidents = file.incidents.map { "\($0.id) \($0.title)" }.joined(separator: "; ")
        var lines = ["\(label) \(path): \(incidents)"]
        for finding in file.findings where finding.severity != .note || verbose {
            lines.append("  " + finding.formatted(path: file.path))
        }
        return lines
    }
}
