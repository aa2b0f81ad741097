import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemSite

extension PM {
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish the knowledge base as a static site.",
            discussion: """
                Writes a self-contained site (no server, no network; it works opened straight \
                from disk): a page per incident and runbook, lessons by failure mode, a page per \
                failure mode and per service, the action-item board, stats, search, an Atom feed \
                and, with base_url in pm.yml, a sitemap. The site is built beside the output \
                folder and swapped in whole: a failed publish leaves the previous site as it was. \
                Unchanged pages are not rewritten. The output folder is replaced on every publish, \
                so pm refuses a non-empty folder it did not publish.

                Examples:
                  pm publish
                  pm publish --out /var/www/postmortems
                  pm publish --date 2026-11-21
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Option(
            help: ArgumentHelp("The folder to publish to (default: public/ in the knowledge base).", valueName: "dir"))
        var out: String?

        @Option(
            help: ArgumentHelp(
                "The date the site says it was published on (YYYY-MM-DD or an ISO 8601 time). Without it the site carries no build date, so publishing twice gives the same bytes.",
                valueName: "date"))
        var date: String?

        func validate() throws {
            if let date, Timestamp(iso: date) == nil {
                throw ValidationError("--date takes YYYY-MM-DD or an ISO 8601 time such as 2026-11-21T09:30Z")
            }
            if let out, out.isEmpty { throw ValidationError("--out takes a folder") }
        }

        func run() throws {
            let (base, store) = try kb.open()
            let output = out.map { URL(fileURLWithPath: $0) } ?? base.defaultSiteOutputURL
            let options = PublishOptions(output: output, date: date.flatMap(Timestamp.init(iso:)))
            let progress = PublishProgressLine(enabled: Terminal.isInteractive && isatty(STDERR_FILENO) != 0)
            let report: PublishReport
            do {
                report = try Publisher(knowledgeBase: base, store: store, options: options).publish(
                    progress: progress.show)
            } catch {
                progress.clear()
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
            progress.clear()
            for note in report.notes { Terminal.note("note: \(note)") }
            print(
                "published \(report.pages) pages (\(report.files) files: \(report.written) written, "
                    + "\(report.unchanged) unchanged) to \(report.output.path)")
            print("open \(report.output.appendingPathComponent("index.html").path) in a browser")
        }
    }
}

/// `[i/n] step` and pages done of total, rewritten in place on standard error; only on a
/// terminal.
final class PublishProgressLine {
    let enabled: Bool
    private var step = ""

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ event: PublishProgress) {
        guard enabled else { return }
        switch event {
        case .step(let index, let count, let name):
            step = "[\(index)/\(count)] \(name)"
            write(step)
        case .pages(let done, let total):
            write("\(step): \(done)/\(total) pages")
        }
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }
}
