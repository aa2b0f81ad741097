import ArgumentParser
import Foundation

extension KnowledgeBenchmark.Part: ExpressibleByArgument {}

extension PMBench {
    /// `pm-bench knowledge`: the speed benchmark of issue 5.
    struct KnowledgeBenchmarkCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "knowledge",
            abstract: "Fill a store with N synthetic incidents; time search, lessons and stats in the process.",
            discussion: """
                The store is filled with SyntheticIncidents saved in batches (not timed). Then a \
                fixed set of searches runs, each once untimed and --runs times timed, and the \
                benchmark prints p50 and p95 per query and over all of them (goal: p95 under \
                10 ms); then it times building the lesson index and the stats over the whole \
                store --runs times (goal: under 1 s each), and the action board and the \
                services index once. Build with -c release.
                """
        )

        @Option(help: "How many incidents the store holds.")
        var count: Int = 100_000

        @Option(help: "The seed of the synthetic incidents.")
        var seed: UInt64 = 1

        @Option(help: "Timed runs of each measurement.")
        var runs: Int = 20

        @Option(
            help: "Keep the store in this file and reuse it on the next run (default: a temporary file, removed after)."
        )
        var store: String?

        @Option(help: "Measure only this part: search, lessons, stats or views (actions and services); default: all.")
        var only: KnowledgeBenchmark.Part?

        func validate() throws {
            if count < 1 { throw ValidationError("--count takes a whole number, at least 1") }
            if !(1...1000).contains(runs) { throw ValidationError("--runs takes a number from 1 to 1000") }
        }

        func run() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "pm-bench-\(ProcessInfo.processInfo.processIdentifier)-\(Stopwatch.now())", isDirectory: true)
            if store == nil { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            defer {
                if store == nil { try? FileManager.default.removeItem(at: folder) }
            }
            let path = store ?? folder.appendingPathComponent("bench.sqlite").path
            let benchmark = KnowledgeBenchmark(count: count, seed: seed, runs: runs, path: path, only: only)
            // Written unbuffered, so a slow step shows as it runs.
            try benchmark.run { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        }
    }
}
