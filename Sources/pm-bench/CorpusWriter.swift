import Foundation
import PostmortemSynthetic

/// Writes a synthetic corpus to a folder one document at a time (never the whole corpus
/// in memory).
enum CorpusWriter {
    /// What was written: the file names in order, and their bytes in all.
    struct Written {
        var names: [String]
        var bytes: Int
    }

    /// Writes documents `0..<count` of `corpus` into `folder`.
    static func write(_ corpus: SyntheticCorpus, count: Int, into folder: URL) throws -> Written {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = Written(names: [], bytes: 0)
        written.names.reserveCapacity(count)
        for index in 0..<count {
            let document = corpus.document(at: index)
            let data = Data(document.text.utf8)
            try data.write(to: folder.appendingPathComponent(document.name))
            written.names.append(document.name)
            written.bytes += data.count
        }
        return written
    }
}
