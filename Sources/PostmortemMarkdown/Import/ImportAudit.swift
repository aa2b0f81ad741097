import Foundation
import PostmortemKit

/// Checks the importer's promise "nothing is dropped" on one document: every word of four
/// letters or more of the source appears somewhere in its incidents (fields, sections,
/// metadata, as their JSON holds them).
///
/// Exempt are the words that became structure: those of headings the section table
/// recognises, the labels of metadata lines and of key–value table rows, table header rows,
/// front-matter keys, and the written form of dates pm read into a day ("3 June 2020" →
/// 2020-06-03). The corpus tests and the fuzzers run it on every document they import.
public enum ImportAudit {
    /// The words of `text` (the decoded document) found in none of `incidents`, sorted;
    /// empty when nothing was lost.
    public static func lostWords(text: String, incidents: [Incident]) -> [String] {
        let encoder = JSONEncoder()
        var haystack = ""
        for incident in incidents {
            guard let data = try? encoder.encode(incident), let json = try? JSONSerialization.jsonObject(with: data)
            else { continue }
            collect(json, into: &haystack)
        }
        let missing = Set(words(text)).subtracting(words(haystack)).subtracting(exemptWords(text))
        return missing.sorted()
    }

    /// The words of `text` that became structure (see the type's summary).
    static func exemptWords(_ text: String) -> Set<String> {
        var exempt = structureWords(MarkdownDocument(parsing: DocumentShaper.shape(text).text))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inFrontMatter = lines.first == "---" || lines.first == "+++"
        for (index, line) in lines.enumerated() {
            if inFrontMatter, index > 0 {
                if line == "---" || line == "+++" { inFrontMatter = false }
                if let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) {
                    exempt.formUnion(words(String(line[..<separator])))
                }
                // YAML tags (`!!binary`, `!custom`) and nulls are syntax, not text.
                for token in line.split(separator: " ")
                where token.hasPrefix("!") || ["null", "Null", "NULL"].contains(token) {
                    exempt.formUnion(words(String(token)))
                }
            }
            let trimmedRow = line.trimmingCharacters(in: .whitespaces)
            if trimmedRow.hasPrefix("|") {
                let cells = trimmedRow.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let next = index + 1 < lines.count ? lines[index + 1] : ""
                if next.contains("---") && next.trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    exempt.formUnion(words(trimmedRow))
                } else if cells.count == 2, MetadataKey(label: cells[0]) != nil {
                    exempt.formUnion(words(cells[0]))
                    if MetadataKey(label: cells[0]) == .date, let match = DateParser.findDay(in: cells[1]) {
                        exempt.formUnion(words(String(cells[1][match.range])))
                    }
                }
            }
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " #*_=-"))
            // A bare line the shaper promotes to a heading is at most 100 characters long
            // (longer headings are the parsed document's); classifying is costly.
            if trimmed.utf8.count <= 400, trimmed.count <= 100, SectionClassifier.classify(trimmed).isRecognised {
                exempt.formUnion(words(trimmed))
            }
            // A title's prefix ("Incident:", "Post-Mortem:") is a label, dropped from the title.
            let bare = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: " #*_"))
            if let colon = bare.firstIndex(of: ":"), TitleCleaner.isTitlePrefix(String(bare[..<colon])) {
                exempt.formUnion(words(String(bare[..<colon])))
            }
            let parts = MetadataExtractor.parts(of: line) + MetadataExtractor.sentenceParts(of: line)
            // A label as written, before cleaning took symbols out of it ("Services touch\u{FFFD}s").
            if !parts.isEmpty, let colon = line.firstIndex(of: ":") { exempt.formUnion(words(String(line[..<colon]))) }
            for part in parts {
                exempt.formUnion(words(part.label))
                if part.key == .date, let match = DateParser.findDay(in: part.value) {
                    exempt.formUnion(words(String(part.value[match.range])))
                }
            }
        }
        return exempt
    }

    /// The words of headings the section table recognises (a setext heading may span
    /// lines) and of table header rows, as cmark-gfm parsed them.
    static func structureWords(_ document: MarkdownDocument) -> Set<String> {
        var exempt: Set<String> = []
        var pending = [document.root]
        while let node = pending.popLast() {
            switch node.kind {
            case .heading:
                let text = node.plainText.trimmingCharacters(in: CharacterSet(charactersIn: " #*_=-"))
                if SectionClassifier.classify(text).isRecognised { exempt.formUnion(words(text)) }
            case .table:
                for cell in node.table?.header ?? [] { exempt.formUnion(words(cell.text)) }
            default:
                break
            }
            pending.append(contentsOf: node.children)
        }
        return exempt
    }

    private static func collect(_ value: Any, into text: inout String) {
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

    /// The words of four letters or more, lowercased. Control characters and symbols are
    /// left out first, not read as word breaks: titles and labels drop them ("s\u{7F}pace"
    /// is "space").
    static func words(_ text: String) -> [String] {
        var visible = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // A form feed or vertical tab is a space to cmark-gfm; other controls are dropped.
            if scalar.properties.isWhitespace {
                visible.append(" ")
            } else if !isControl(scalar) {
                visible.append(scalar)
            }
        }
        return String(visible).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter {
            $0.count >= 4
        }
    }

    /// Controls, format characters, and symbols other than currency and math signs: what
    /// titles and labels drop.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control: return scalar != "\n" && scalar != "\t" && scalar != "\r"
        case .format, .otherSymbol, .modifierSymbol: return true
        default: return false
        }
    }
}
