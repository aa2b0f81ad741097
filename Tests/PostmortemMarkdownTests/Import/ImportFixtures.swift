import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Where the seeds and the corpus are, found from this file, and importing them.
enum ImportFixtures {
    /// The repository root: three folders above this file's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").standardizedFileURL
    static let seedsExist = FileManager.default.fileExists(atPath: seeds.appendingPathComponent("EXPECTED.md").path)

    static let seedNames = [
        "000_2666e1817bf026d3.txt", "001_10d8729a5ae26dd0.txt", "002_9f7aa3b849e03c69.txt",
        "003_375c9b51bb4860ae.txt", "004_09e7616ce2eb5279.txt",
    ]

    /// Every corpus document, relative to corpus/, sorted.
    static var corpusFiles: [String] {
        let enumerator = FileManager.default.enumerator(atPath: corpus.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: corpus.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    static func importFile(_ url: URL) throws -> ImportedDocument {
        let bytes = [UInt8](try Data(contentsOf: url))
        return LegacyImporter().importDocument(bytes: bytes, path: url.lastPathComponent)
    }

    static func seed(_ number: Int) throws -> Incident {
        let document = try importFile(seeds.appendingPathComponent(seedNames[number]))
        return try #require(document.incidents.first)
    }

    static func corpusDocument(_ path: String) throws -> ImportedDocument {
        try importFile(corpus.appendingPathComponent(path))
    }

    /// Imports inline Markdown.
    static func incident(_ text: String) throws -> Incident {
        try #require(LegacyImporter().importDocument(text: text, path: "inline.md").incidents.first)
    }
}
