import Foundation
import PostmortemSynthetic

/// What the fuzz tests start from, and how long they run.
enum FuzzSeeds {
    /// The repository root: three folders above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    /// The inputs the regression test replays: Tests/Fixtures/fuzz, or the folder
    /// `PM_FUZZ_REPLAY` names (to try the inputs a fuzzing run saved).
    static let regressions =
        ProcessInfo.processInfo.environment["PM_FUZZ_REPLAY"].map { URL(fileURLWithPath: $0) }
        ?? root.appendingPathComponent("Tests/Fixtures/fuzz")

    /// Every file below `folder`, relative to it, sorted.
    static func files(below folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue, !(path as NSString).lastPathComponent.hasPrefix(".")
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The corpus documents and eight synthetic ones.
    static var documents: [[UInt8]] {
        get throws {
            let corpusDocuments = try files(below: corpus).map {
                [UInt8](try Data(contentsOf: corpus.appendingPathComponent($0)))
            }
            return corpusDocuments + SyntheticCorpus(seed: 7).documents(count: 8).map(\.bytes)
        }
    }

    /// How many inputs the seeded fuzz test makes: `PM_FUZZ_ITERATIONS`, else 300 (CI's budget).
    static var iterations: Int {
        ProcessInfo.processInfo.environment["PM_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300
    }

    /// The mutator's seed: `PM_FUZZ_SEED`, else a fixed one, so CI always runs the same inputs.
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["PM_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_121
    }

    /// An input taking longer than this counts as a hang. Generous: debug builds are slow and
    /// the machine is shared; a real hang never finishes.
    static let hangSeconds = 30.0
}
