import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// The repository's fixtures: corpus/ (always there) and the seeds in ../shared/seeds
/// (there in CI; absent in a user's clone, where their tests are skipped).
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = repositoryRoot.appendingPathComponent("corpus")
    static let seeds = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    /// Every importable corpus document, as a path relative to the repository root.
    static var corpusDocuments: [String] {
        DocumentFinder.items(for: [corpus.path]).compactMap { item in
            guard case .file(let path) = item else { return nil }
            return String(path.dropFirst(repositoryRoot.path.count + 1))
        }
    }

    /// Imports a corpus document (its path relative to the repository root) from its bytes.
    static func importCorpus(_ relativePath: String) throws -> ImportedDocument {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))
        return LegacyImporter().importDocument(bytes: Array(data), path: relativePath)
    }

    /// Imports the seed whose file name starts with `prefix` ("000", "003").
    static func importSeed(_ prefix: String) throws -> ImportedDocument {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(prefix) })
        let data = try Data(contentsOf: seeds.appendingPathComponent(name))
        return LegacyImporter().importDocument(bytes: Array(data), path: name)
    }
}
