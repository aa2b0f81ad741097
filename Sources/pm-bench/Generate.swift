import ArgumentParser
import Foundation
import PostmortemSynthetic

extension PMBench {
    /// `pm-bench generate`: writes a synthetic corpus to a folder.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write N synthetic post-mortems (5–8 KB each, mixed dialects) into a folder.")

        @Option(help: "How many documents to write.")
        var count: Int

        @Option(help: "The corpus seed: the same seed writes byte-identical files.")
        var seed: UInt64 = 1

        @Option(help: "The folder to write into (created when missing).")
        var out: String

        func validate() throws {
            if count < 1 { throw ValidationError("--count takes a whole number, at least 1") }
        }

        func run() throws {
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let written = try CorpusWriter.write(SyntheticCorpus(seed: seed), count: count, into: folder).bytes
            print("wrote \(count) documents, \(Units.megabytes(written)) MB, seed \(seed), into \(folder.path)")
        }
    }
}
