import ArgumentParser
import Foundation

extension PMBench {
    /// `pm-bench publish`: the publish benchmark of issue 6.
    struct PublishBenchmarkCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: "Publish N synthetic incidents as a site, again unchanged, again after one changed; and Hugo.",
            discussion: """
                The knowledge base is made first (not timed): N synthetic incidents \
                (PostmortemSynthetic's SyntheticIncidents: incidents, near misses and runbooks with \
                timelines, whys, actions, lessons, failure modes and volumes), or a copy of --store. Then the site is published three times \
                into one folder and each publish is timed, step by step: a first publish, one \
                with nothing changed, one after a single incident changed. Hugo (when installed; \
                Debian's hugo package) then builds the same incidents, written as their \
                canonical Markdown, with a minimal theme, in the same run. Build with -c release.
                """
        )

        @Option(help: "How many synthetic incidents to publish.")
        var count: Int = 10_000

        @Option(help: "The corpus seed.")
        var seed: UInt64 = 1

        @Option(help: "Publish a copy of this store instead of importing a synthetic corpus.")
        var store: String?

        @Option(help: "Keep the knowledge base, the site and Hugo's site in this folder (default: a temporary folder).")
        var keep: String?

        @Flag(help: "Skip Hugo.")
        var noHugo = false

        func validate() throws {
            if count < 1 { throw ValidationError("--count takes a whole number, at least 1") }
        }

        func run() throws {
            let folder: URL
            if let keep {
                folder = URL(fileURLWithPath: keep, isDirectory: true)
            } else {
                folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "pm-bench-publish-\(ProcessInfo.processInfo.processIdentifier)-\(Stopwatch.now())",
                    isDirectory: true)
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer {
                if keep == nil { try? FileManager.default.removeItem(at: folder) }
            }
            let benchmark = PublishBenchmark(count: count, seed: seed, folder: folder, store: store, hugo: !noHugo)
            let result = try benchmark.run { message in
                FileHandle.standardError.write(Data("pm-bench: \(message)\n".utf8))
            }
            print(
                PublishBenchmarkReport(result: result, seed: seed, store: store, hugoSkipped: noHugo).lines.joined(
                    separator: "\n"))
        }
    }
}

/// The publish benchmark's printed report.
struct PublishBenchmarkReport {
    var result: PublishBenchmark.Result
    var seed: UInt64
    var store: String?
    var hugoSkipped: Bool

    var lines: [String] {
        let r = result
        var lines = [
            "pm-bench publish: \(r.incidents) incidents"
                + (store == nil ? " (SyntheticIncidents, seed \(seed))" : " (a copy of \(store ?? ""))"),
            "setup (not timed): \(Units.seconds(r.setupNanoseconds)) s",
        ]
        func block(_ title: String, _ timing: PublishBenchmark.Timing) {
            guard let report = timing.report else { return }
            let seconds = Double(timing.nanoseconds) / 1e9
            lines.append(
                "\(title): \(Units.seconds(timing.nanoseconds)) s (processor \(Units.seconds(timing.processorNanoseconds)) s), "
                    + "\(report.pages) pages, \(report.files) files "
                    + "(\(report.written) written, \(report.unchanged) unchanged), "
                    + "\(Units.fixed(seconds > 0 ? Double(report.pages) / seconds : 0, 0)) pages/s, "
                    + "\(report.incidentsRead) incidents read from the store")
            for (name, nanoseconds, processor) in timing.steps {
                lines.append(
                    "    \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(Units.seconds(nanoseconds)) s"
                        + "  (processor \(Units.seconds(processor)) s)")
            }
        }
        block("first publish", r.first)
        lines.append(
            "peak memory after the first publish: \(Units.mebibytes(kibibytes: r.memoryAfterFirst.peakKiB)) MiB "
                + "(resident now \(Units.mebibytes(kibibytes: r.memoryAfterFirst.currentKiB)) MiB)")
        block("publish, nothing changed", r.unchanged)
        block("publish, one incident changed", r.oneChanged)
        if let hugo = r.hugo {
            let seconds = Double(hugo.nanoseconds) / 1e9
            lines.append(
                "hugo (\(hugo.version)): \(Units.seconds(hugo.nanoseconds)) s "
                    + "(processor \(Units.seconds(hugo.processorNanoseconds)) s), \(hugo.pages) pages, "
                    + "\(Units.fixed(seconds > 0 ? Double(hugo.pages) / seconds : 0, 0)) pages/s, "
                    + "peak memory \(Units.mebibytes(kibibytes: hugo.peakKiB)) MiB")
            let ratio = Double(r.first.nanoseconds) / Double(max(1, hugo.nanoseconds))
            lines.append(
                "pm / hugo wall time: \(Units.fixed(ratio, 2))× (goal: at most 1×: \(ratio <= 1 ? "met" : "not met"))")
            let processorRatio =
                Double(r.first.processorNanoseconds) / Double(max(1, hugo.processorNanoseconds))
            lines.append(
                "pm / hugo processor time: \(Units.fixed(processorRatio, 2))× "
                    + "(the wall times count the time other processes had the cores)")
        } else {
            lines.append(
                hugoSkipped ? "hugo: skipped (--no-hugo)" : "hugo: not installed, skipped (apt-get install hugo)")
        }
        let again = Double(r.oneChanged.nanoseconds) / 1e9
        lines.append(
            "re-publish after one change: \(Units.seconds(r.oneChanged.nanoseconds)) s "
                + "(goal: under 1 s: \(again < 1 ? "met" : "not met"))")
        return lines
    }
}
