import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// "Nothing is dropped": every word of four letters or more of a document appears in its
/// incidents' JSON (fields, sections, metadata). Exempt are the words of headings the
/// section table recognises, the labels of metadata lines and key–value table rows, table
/// header rows, front-matter keys, and the written form of dates pm read into a day
/// ("3 June 2020" → 2020-06-03): they became structure.
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
        let encoder = JSONEncoder()
        var haystack = ""
        for incident in document.incidents {
            let json = try JSONSerialization.jsonObject(with: try encoder.encode(incident))
            Self.collect(json, into: &haystack)
        }
        let found = Set(Self.words(haystack))
        var exempt: Set<String> = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inFrontMatter = lines.first == "---" || lines.first == "+++"
        for (index, line) in lines.enumerated() {
            if inFrontMatter, index > 0 {
                if line == "---" || line == "+++" { inFrontMatter = false }
                if let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) {
                    exempt.formUnion(Self.words(String(line[..<separator])))
                }
            }
            let trimmedRow = line.trimmingCharacters(in: .whitespaces)
            if trimmedRow.hasPrefix("|") {
                let cells = trimmedRow.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let next = index + 1 < lines.count ? lines[index + 1] : ""
                if next.contains("---") && next.trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    exempt.formUnion(Self.words(trimmedRow))
                } else if cells.count == 2, MetadataKey(label: cells[0]) != nil {
                    exempt.formUnion(Self.words(cells[0]))
                    if MetadataKey(label: cells[0]) == .date { exempt.formUnion(Self.words(cells[1])) }
                }
            }
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*_=-"))
            if SectionClassifier.classify(trimmed).isRecognised { exempt.formUnion(Self.words(trimmed)) }
            for part in MetadataExtractor.parts(of: line) + MetadataExtractor.sentenceParts(of: line) {
                exempt.formUnion(Self.words(part.label))
                if part.key == .date, DateParser.day(in: part.value) != nil { exempt.formUnion(Self.words(part.value)) }
            }
        }
        let missing = Set(Self.words(text)).subtracting(found).subtracting(exempt)
        #expect(missing.isEmpty, "words lost: \(missing.sorted())")
    }

    static func collect(_ value: Any, into text: inout String) {
        if let string = value as? String {
            text += " " + string
        } else if let array = value as? [Any] {
            for item in array { collect(item, into: &text) }
        } else if let object = value as? [String: Any] {
            for (key, item) in object {
                text += " " + key
                collect(item, into: &text)
            }
        }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 4 }
    }
}
