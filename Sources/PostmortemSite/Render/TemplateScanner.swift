/// Cuts Mustache template source into ``TemplateLine``s, working on its UTF-8 bytes.
///
/// Only the default `{{ }}` delimiters are read. The scanner refuses (throws
/// ``UnsupportedTemplate``) what the compiled renderer leaves to swift-mustache: set
/// delimiters, pragmas, dynamic partials, transforms and any name outside the plain forms,
/// tags other than comments running over a line break, and line-breaking characters other
/// than the line feed (a carriage return counts only right before one).
enum TemplateScanner {
    static func lines(of source: String) throws(UnsupportedTemplate) -> [TemplateLine] {
        var cursor = Cursor(bytes: Array(source.utf8))
        return try cursor.scan()
    }

    private struct Cursor {
        let bytes: [UInt8]
        var offset = 0
        /// The source line `offset` is on.
        var lineNumber = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func scan() throws(UnsupportedTemplate) -> [TemplateLine] {
            var lines: [TemplateLine] = []
            var current = TemplateLine(number: 1, pieces: [], ending: "")
            var textStart = 0
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x0A:
                    var textEnd = offset
                    current.ending = "\n"
                    if textEnd > textStart, bytes[textEnd - 1] == 0x0D {
                        textEnd -= 1
                        current.ending = "\r\n"
                    }
                    appendText(textStart..<textEnd, to: &current)
                    lines.append(current)
                    offset += 1
                    lineNumber += 1
                    textStart = offset
                    current = TemplateLine(number: lineNumber, pieces: [], ending: "")
                case 0x7B where offset + 1 < bytes.count && bytes[offset + 1] == 0x7B:
                    appendText(textStart..<offset, to: &current)
                    let startLine = lineNumber
                    offset += 2
                    let tag = try readTag()
                    if tag.kind != .comment, lineNumber != startLine {
                        throw UnsupportedTemplate(line: startLine, reason: "a tag runs over a line break")
                    }
                    current.pieces.append(.tag(tag))
                    textStart = offset
                default:
                    try refuseOtherLineBreak()
                    offset += 1
                }
            }
            appendText(textStart..<bytes.count, to: &current)
            if !current.pieces.isEmpty { lines.append(current) }
            return lines
        }

        private func appendText(_ range: Range<Int>, to line: inout TemplateLine) {
            guard !range.isEmpty else { return }
            line.pieces.append(.text(String(decoding: bytes[range], as: UTF8.self)))
        }

        /// Swift counts a lone carriage return, vertical tab, form feed, NEL and the Unicode
        /// line and paragraph separators as line breaks; whether a tag before one stands
        /// alone is not worth guessing, so such templates go to swift-mustache.
        private func refuseOtherLineBreak() throws(UnsupportedTemplate) {
            let byte = bytes[offset]
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
            let third = offset + 2 < bytes.count ? bytes[offset + 2] : 0
            let isBreak =
                byte == 0x0B || byte == 0x0C || (byte == 0x0D && next != 0x0A) || (byte == 0xC2 && next == 0x85)
                || (byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9))
            if isBreak {
                throw UnsupportedTemplate(line: lineNumber, reason: "a line break other than a line feed")
            }
        }

        /// Reads one tag; `offset` is just past its `{{` and ends just past its `}}`.
        private mutating func readTag() throws(UnsupportedTemplate) -> TemplateLine.Tag {
            let sigil = offset < bytes.count ? bytes[offset] : 0
            let kind: TemplateLine.Tag.Kind
            switch sigil {
            case UInt8(ascii: "{"): kind = .unescaped
            case UInt8(ascii: "&"): kind = .unescaped
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "="), UInt8(ascii: "%"):
                throw UnsupportedTemplate(line: lineNumber, reason: "set delimiters and pragmas are not compiled")
            default: kind = .escaped
            }
            if kind != .escaped { offset += 1 }
            let contentStart = offset
            while offset + 1 < bytes.count, !(bytes[offset] == 0x7D && bytes[offset + 1] == 0x7D) {
                if bytes[offset] == 0x0A { lineNumber += 1 }
                offset += 1
            }
            guard offset + 1 < bytes.count else {
                throw UnsupportedTemplate(line: lineNumber, reason: "a tag is not closed")
            }
            let content = bytes[contentStart..<offset]
            offset += 2
            if sigil == UInt8(ascii: "{") {
                guard offset < bytes.count, bytes[offset] == 0x7D else {
                    throw UnsupportedTemplate(line: lineNumber, reason: "a {{{ tag is not closed with }}}")
                }
                offset += 1
            }
            if kind == .comment { return TemplateLine.Tag(kind: .comment, name: "") }
            let name = Self.trimmed(content)
            let valid = kind == .partial || kind == .parent ? Self.isTemplateName(name) : Self.isValueName(name)
            guard valid else {
                throw UnsupportedTemplate(line: lineNumber, reason: "the name '\(name)' is not a plain name")
            }
            return TemplateLine.Tag(kind: kind, name: name)
        }

        private static func trimmed(_ content: ArraySlice<UInt8>) -> String {
            let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
            let start = content.firstIndex { !isBlank($0) } ?? content.endIndex
            let end = content.lastIndex { !isBlank($0) }.map { $0 + 1 } ?? start
            return String(decoding: content[start..<max(start, end)], as: UTF8.self)
        }

        private static func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// `.`, or dot-separated words (letters, digits, `_`, `-`) with an optional leading
        /// dot; anything else, such as a transform `f(x)`, is left to swift-mustache.
        private static func isValueName(_ name: String) -> Bool {
            if name == "." { return true }
            let path = name.utf8.first == UInt8(ascii: ".") ? name.utf8.dropFirst() : name.utf8[...]
            let words = path.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            return !path.isEmpty && words.allSatisfy { !$0.isEmpty && $0.allSatisfy(isWordByte) }
        }

        /// A template's name: words, dots and slashes; `*dynamic` names are left out.
        private static func isTemplateName(_ name: String) -> Bool {
            !name.isEmpty
                && name.utf8.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
        }
    }
}
