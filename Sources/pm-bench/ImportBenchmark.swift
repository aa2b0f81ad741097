import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore
import PostmortemSynthetic

/// The import benchmark: writes a synthetic corpus to `folder` (not timed), imports it into
/// a fresh store there through the code path of `pm import` (read the file, then
/// `LegacyImporter.importDocument(bytes:path:)`, then `IncidentStore.storeImport`), one
/// document at a time, then parses the same files with cmark-gfm alone for the baseline.
struct ImportBenchmark {
    var count: Int
    var seed: UInt64
    var folder: URL

    /// What the benchmark measured.
    struct Result {
        var documents = 0
        var bytes = 0
        var generationNanoseconds: UInt64 = 0
        /// Wall time of the import loop: read + import + store, per document.
        var importNanoseconds: UInt64 = 0
        var readNanoseconds: UInt64 = 0
        var parseNanoseconds: UInt64 = 0
        /// Time spent inside `storeImport` (the SQLite transaction and the records for it).
        var storeNanoseconds: UInt64 = 0
        var cmarkNanoseconds: UInt64 = 0
        var failed: [String] = []
        var storedIncidents = 0
        var timelineEvents = 0
        var actionItems = 0
        /// Memory after each tenth of the documents: (documents done, usage).
        var checkpoints: [(Int, MemoryUsage)] = []
        /// The store's size on disk after closing (its file and any write-ahead log).
        var storeBytes = 0
    }

    func run() throws -> Result {
        var result = Result()
        let corpusFolder = folder.appendingPathComponent("corpus", isDirectory: true)
        let storePath = folder.appendingPathComponent("bench.sqlite").path
        if FileManager.default.fileExists(atPath: storePath) {
            throw BenchmarkError.storeExists(storePath)
        }

        var generation = Stopwatch()
        let written = try generation.measure {
            try CorpusWriter.write(SyntheticCorpus(seed: seed), count: count, into: corpusFolder)
        }
        result.generationNanoseconds = generation.nanoseconds
        result.documents = written.names.count

        let store = try IncidentStore(path: storePath, options: .init(createIfMissing: true))
        let importer = LegacyImporter()
        let step = max(1, count / 10)
        var read = Stopwatch()
        var parse = Stopwatch()
        var write = Stopwatch()
        let start = Stopwatch.now()
        for (index, name) in written.names.enumerated() {
            let path = corpusFolder.appendingPathComponent(name).path
            let data = read.measure { FileManager.default.contents(atPath: path) }
            guard let data else {
                result.failed.append("\(name): cannot read the file")
                continue
            }
            let bytes = read.measure { Array(data) }
            result.bytes += bytes.count
            let imported = parse.measure { importer.importDocument(bytes: bytes, path: path) }
            if let failure = imported.failure {
                result.failed.append("\(name): \(failure)")
            } else {
                do {
                    let stored = try write.measure {
                        try store.storeImport(
                            imported.incidents, fingerprint: imported.fingerprint, sourcePath: path,
                            documentGaveIDs: imported.givesIDs)
                    }
                    for incident in stored.incidents {
                        result.timelineEvents += incident.timeline.count
                        result.actionItems += incident.actionItems.count
                    }
                } catch {
                    result.failed.append("\(name): not stored: \(error.localizedDescription)")
                }
            }
            if (index + 1) % step == 0 || index + 1 == count {
                result.checkpoints.append((index + 1, MemoryUsage.sample()))
            }
        }
        result.importNanoseconds = Stopwatch.now() - start
        result.readNanoseconds = read.nanoseconds
        result.parseNanoseconds = parse.nanoseconds
        result.storeNanoseconds = write.nanoseconds
        result.storedIncidents = try store.count()
        try store.close()
        result.storeBytes = [storePath, storePath + "-wal"].reduce(0) { total, path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }

        var cmark = Stopwatch()
        for name in written.names {
            let path = corpusFolder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = Array(data)
            cmark.measure { CMarkBaseline.parse(bytes) }
        }
        result.cmarkNanoseconds = cmark.nanoseconds
        return result
    }
}

/// Why the benchmark could not run.
enum BenchmarkError: LocalizedError {
    case storeExists(String)
    case hugoFailed(String)

    var errorDescription: String? {
        switch self {
        case .storeExists(let path):
            "\(path) already exists; the benchmark imports into a fresh store, so give --keep an empty folder"
        case .hugoFailed(let message):
            "hugo failed: \(message)"
        }
    }
}
