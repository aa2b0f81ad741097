import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Imports for the whys, action-item and lesson tests: inline Markdown, the seeds
/// (`../shared/seeds` beside the repository, absent in a user's clone) and `corpus/`.
enum ListFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Import
        .deletingLastPathComponent()  // PostmortemMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let seedsFolder = repositoryRoot.appendingPathComponent("../shared/seeds").standardizedFileURL
    static let seedsExist = FileManager.default.fileExists(atPath: seedsFolder.path)

    /// The one incident an inline document imports to.
    static func incident(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Incident {
        let imported = LegacyImporter().importDocument(text: markdown, path: "inline.md")
        return try #require(imported.incidents.first, sourceLocation: sourceLocation)
    }

    /// The seed whose file name starts with `prefix` ("001"), imported from its bytes.
    static func seed(_ prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Incident {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix + "_") }, sourceLocation: sourceLocation)
        let bytes = [UInt8](try Data(contentsOf: seedsFolder.appendingPathComponent(name)))
        let imported = LegacyImporter().importDocument(bytes: bytes, path: name)
        return try #require(imported.incidents.first, sourceLocation: sourceLocation)
    }

    /// Every incident a corpus document (path relative to `corpus/`) imports to.
    static func corpus(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Incident] {
        let url = repositoryRoot.appendingPathComponent("corpus").appendingPathComponent(path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let imported = LegacyImporter().importDocument(bytes: bytes, path: path)
        #expect(imported.failure == nil, sourceLocation: sourceLocation)
        return imported.incidents
    }

    /// Everything of the incident a reader can see, for "nothing is lost" checks.
    static func allText(of incident: Incident) -> String {
        var parts: [String] = [incident.summary ?? "", incident.rootCause ?? ""]
        parts += incident.whys.flatMap { [$0.question, $0.answer] }
        parts += incident.actionItems.flatMap { item in
            [item.text, item.owner ?? "", item.priority?.label ?? "", item.statusLabel ?? "", item.tracking ?? ""]
        }
        parts += incident.lessons.map(\.text)
        parts += incident.sections.map(\.markdown)
        return parts.joined(separator: "\n")
    }

    /// Words that only mark structure ("owner Tomasz", "Lesson: …", "bis 31.05.", a table's column names) and
    /// may leave the text when their meaning moves into a field or a kind.
    static let structuralWords: Set<String> = [
        "owner", "bis", "due", "action", "item", "bug", "lesson", "lessons", "learned", "what", "went", "well", "wrong",
        "could",
        "improved", "lucky", "qui", "bien", "marché",
    ]

    /// The words (three letters or more) of `markdown` that appear nowhere in `incident`.
    static func lostWords(of markdown: String, in incident: Incident) -> [String] {
        let kept = allText(of: incident)
        let words = markdown.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.filter { $0.count >= 3 && !structuralWords.contains($0.lowercased()) && !kept.contains($0) }
    }
}
