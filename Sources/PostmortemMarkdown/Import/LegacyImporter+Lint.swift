import Foundation
import PostmortemKit

extension LegacyImporter {
    /// A document's incidents, each with the text it was read from, for ``Linter``: the
    /// document is imported in memory and nothing is stored, so `pm lint` works on files
    /// in a pre-commit hook, inside a knowledge base or not.
    /// - Throws: ``UnreadableDocument`` when the bytes are no document (empty, binary,
    ///   too large).
    public func lintDocuments(bytes: [UInt8], path: String) throws(UnreadableDocument) -> [LintDocument] {
        let imported = importDocument(bytes: bytes, path: path)
        if let failure = imported.failure { throw UnreadableDocument(path: path, reason: failure) }
        // The importer decoded these bytes already; decoding again is cheap, and keeps the
        // decoded text out of every import's result.
        let source = (try? TextDecoder.decode(bytes)).map { LintSource(text: $0.text) }
        return imported.incidents.map { LintDocument(incident: $0, path: path, source: source) }
    }
}

extension LintDocument {
    /// A stored incident, reported under its source path when it has one (else its id).
    /// When that file is still there, unchanged since it was imported (same content hash),
    /// its text is read too, so findings point at lines; otherwise they are about the
    /// whole document. A relative source path is looked for under `root` (the knowledge
    /// base), then under `workingDirectory`. An absolute path inside `workingDirectory` is
    /// reported relative to it.
    public static func stored(_ incident: Incident, root: URL?, workingDirectory: URL) -> LintDocument {
        guard let info = incident.source, !info.path.isEmpty, info.path != "-" else {
            return LintDocument(incident: incident, path: incident.id.rawValue)
        }
        let candidates =
            info.path.hasPrefix("/")
            ? [URL(fileURLWithPath: info.path)]
            : [root, workingDirectory].compactMap { $0?.appendingPathComponent(info.path) }
        for url in candidates {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let bytes = [UInt8](data)
            guard StableHash.hex(bytes: bytes) == info.contentHash, let decoded = try? TextDecoder.decode(bytes) else {
                continue
            }
            return LintDocument(
                incident: incident, path: shown(info.path, from: workingDirectory),
                source: LintSource(text: decoded.text))
        }
        return LintDocument(incident: incident, path: shown(info.path, from: workingDirectory))
    }

    /// An absolute source path inside the working directory is shown relative to it, as
    /// compilers do, so editors and CI annotations find the file; any other path as it is.
    private static func shown(_ path: String, from workingDirectory: URL) -> String {
        let base = workingDirectory.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix("/"), path.hasPrefix(prefix) else { return path }
        return String(path.dropFirst(prefix.count))
    }
}

/// A file `pm lint` could not read as a post-mortem.
public struct UnreadableDocument: Error, Equatable, LocalizedError {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var errorDescription: String? { "\(path): \(reason)" }
}
