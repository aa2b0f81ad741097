import ArgumentParser
import Foundation

extension PMBench {
    /// `pm-bench import`: the import benchmark of issue 3.
    struct ImportBenchmarkCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import N synthetic post-mortems into a fresh store and compare with cmark-gfm alone.",
            discussion: """
                The corpus is first written to a folder (not timed); the timed loop then reads \
                each file and imports it exactly as `pm import` does (LegacyImporter, then \
                IncidentStore.storeImport, one transaction per document), holding one document \
                at a time. The baseline parses the same files with cmark-gfm alone (same options \
                and extensions, no tree), in the same process. Build with -c release.
                """
        )

        @Option(help: "How many documents to import.")
        var count: Int

        @Option(help: "The corpus seed.")
        var seed: UInt64 = 1

        @Option(help: "Keep the corpus and the store in this folder (default: a temporary folder, removed after).")
        var keep: String?

        func validate() throws {
            if count < 1 { throw ValidationError("--count takes a whole number, at least 1") }
        }

        func run() throws {
            let folder: URL
            if let keep {
                folder = URL(fileURLWithPath: keep, isDirectory: true)
            } else {
                folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "pm-bench-\(ProcessInfo.processInfo.processIdentifier)-\(Stopwatch.now())", isDirectory: true)
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer {
                if keep == nil { try? FileManager.default.removeItem(at: folder) }
            }
            let result = try ImportBenchmark(count: count, seed: seed, folder: folder).run()
            print(
                BenchmarkReport(result: result, seed: seed, keptIn: keep.map { _ in folder.path }).lines.joined(
                    separator: "\n"))
        }
    }
}
