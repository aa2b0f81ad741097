import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// "Nothing is dropped" (`ImportAudit`): every word of four letters or more of each corpus
/// document and seed appears in its incidents, but for the words that became structure.
@Suite("Nothing is lost")
struct NothingLostTests {
    static var documents: [String] {
        ImportFixtures.corpusFiles.map { "corpus/" + $0 }
            + (ImportFixtures.seedsExist ? ImportFixtures.seedNames.map { "seeds/" + $0 } : [])
    }

    static func url(_ name: String) -> URL {
        name.hasPrefix("seeds/")
            ? ImportFixtures.seeds.appendingPathComponent(String(name.dropFirst(6)))
            : ImportFixtures.root.appendingPathComponent(name)
    }

    @Test(arguments: documents)
    func everyWordSurvives(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.url(name)))
        let document = LegacyImporter().importDocument(bytes: bytes, path: name)
        let text = try TextDecoder.decode(bytes).text
        let missing = ImportAudit.lostWords(text: text, incidents: document.incidents)
        #expect(missing.isEmpty, "words lost: \(missing)")
    }
}
