/// A small TOML reader for front matter.
///
/// Reads key/value lines with bare, quoted and dotted keys; basic, literal and multi-line
/// strings; integers (decimal, `0x`, `0o`, `0b`, underscores); floats (`inf`, `nan`);
/// booleans; dates, times and date-times (kept as written, as ``FrontMatterValue/date(_:)``);
/// arrays (across lines, trailing comma allowed); inline tables; and `[table]` headers,
/// whose keys become dotted keys (`[owner]` + `name = 1` gives `owner.name`). Arrays of
/// tables (`[[name]]`) are refused with a problem. Never throws: the first error becomes a
/// ``FrontMatterProblem`` positioned in the front matter's own lines (columns in bytes).
struct TOMLFrontMatterDecoder {
    /// Arrays and inline tables nest at most this deep.
    static let maximumDepth = 64

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var fields = FrontMatterTable()
    private var prefix: [String] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func decode(_ toml: String) -> FrontMatterReader.Result.Decoded {
        var decoder = TOMLFrontMatterDecoder(toml)
        do {
            try decoder.readDocument()
            return .init(fields: decoder.fields, problem: nil)
        } catch let failure as Failure {
            return .init(fields: FrontMatterTable(), problem: decoder.problem(failure))
        } catch {
            return .init(
                fields: FrontMatterTable(),
                problem: FrontMatterProblem(line: 1, column: 1, message: "invalid TOML front matter")
            )
        }
    }

    private func problem(_ failure: Failure) -> FrontMatterProblem {
        var line = 1
        var lineStart = 0
        var position = 0
        let end = min(failure.offset, bytes.count)
        while position < end {
            if bytes[position] == 0x0A {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        return FrontMatterProblem(
            line: line,
            column: end - lineStart + 1,
            message: "invalid TOML front matter: \(failure.message)"
        )
    }

    // MARK: - Structure

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func peek(_ offset: Int) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func readDocument() throws {
        while true {
            skipBlankLinesAndComments()
            guard let byte = current else { return }
            if byte == UInt8(ascii: "[") {
                try readTableHeader()
            } else {
                let path = try readKeyPath()
                skipSpaces()
                try expect(UInt8(ascii: "="), "expected '=' after the key")
                skipSpaces()
                let value = try readValue(depth: 0)
                let key = (prefix + path).joined(separator: ".")
                if fields.contains(key) {
                    throw Failure(offset: index, message: "the key '\(key)' is defined twice")
                }
                fields.append(key, value)
            }
            try expectEndOfLine()
        }
    }

    private mutating func readTableHeader() throws {
        let start = index
        index += 1
        if current == UInt8(ascii: "[") {
            throw Failure(offset: start, message: "arrays of tables ([[name]]) are not supported in front matter")
        }
        skipSpaces()
        prefix = try readKeyPath()
        skipSpaces()
        try expect(UInt8(ascii: "]"), "expected ']' to close the table header")
    }

    private mutating func readKeyPath() throws -> [String] {
        var path: [String] = []
        while true {
            skipSpaces()
            path.append(try readKey())
            skipSpaces()
            guard current == UInt8(ascii: ".") else { return path }
            index += 1
        }
    }

    private mutating func readKey() throws -> String {
        switch current {
        case UInt8(ascii: "\""):
            return try readBasicString()
        case UInt8(ascii: "'"):
            return try readLiteralString()
        default:
            let start = index
            while let byte = current, Self.isBareKey(byte) {
                index += 1
            }
            guard index > start else { throw Failure(offset: index, message: "expected a key") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }

    private static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    // MARK: - Values

    private mutating func readValue(depth: Int) throws -> FrontMatterValue {
        guard depth < Self.maximumDepth else {
            throw Failure(offset: index, message: "arrays or tables nest deeper than \(Self.maximumDepth) levels")
        }
        switch current {
        case UInt8(ascii: "\""):
            return .string(try readBasicString())
        case UInt8(ascii: "'"):
            return .string(try readLiteralString())
        case UInt8(ascii: "["):
            return try readArray(depth: depth)
        case UInt8(ascii: "{"):
            return try readInlineTable(depth: depth)
        case nil, UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
            throw Failure(offset: index, message: "expected a value")
        default:
            return try readScalar()
        }
    }

    private mutating func readArray(depth: Int) throws -> FrontMatterValue {
        index += 1
        var values: [FrontMatterValue] = []
        while true {
            skipWhitespaceNewlinesAndComments()
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(values)
            }
            values.append(try readValue(depth: depth + 1))
            skipWhitespaceNewlinesAndComments()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != UInt8(ascii: "]") {
                throw Failure(offset: index, message: "expected ',' or ']' in the array")
            }
        }
    }

    private mutating func readInlineTable(depth: Int) throws -> FrontMatterValue {
        index += 1
        var table = FrontMatterTable()
        skipSpaces()
        if current == UInt8(ascii: "}") {
            index += 1
            return .table(table)
        }
        while true {
            let key = try readKeyPath().joined(separator: ".")
            skipSpaces()
            try expect(UInt8(ascii: "="), "expected '=' after the key")
            skipSpaces()
            let value = try readValue(depth: depth + 1)
            if table.contains(key) {
                throw Failure(offset: index, message: "the key '\(key)' is defined twice")
            }
            table.append(key, value)
            skipSpaces()
            if current == UInt8(ascii: "}") {
                index += 1
                return .table(table)
            }
            try expect(UInt8(ascii: ","), "expected ',' or '}' in the inline table")
        }
    }

    /// Booleans, numbers, dates and times: one token up to a delimiter.
    private mutating func readScalar() throws -> FrontMatterValue {
        let start = index
        while let byte = current, !Self.endsScalar(byte) {
            index += 1
        }
        // A date-time may separate the date and the time with a space.
        if index - start == 10, current == 0x20, let hour = peek(1), Self.isDigit(hour), peek(3) == UInt8(ascii: ":") {
            index += 1
            while let byte = current, !Self.endsScalar(byte) {
                index += 1
            }
        }
        let token = String(decoding: bytes[start..<index], as: UTF8.self)
        if let value = Self.scalar(token) {
            return value
        }
        throw Failure(offset: start, message: "'\(token)' is not a TOML value (quote strings)")
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#"):
            true
        default:
            false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func scalar(_ token: String) -> FrontMatterValue? {
        switch token {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .double(.infinity)
        case "-inf": return .double(-.infinity)
        case "nan", "+nan", "-nan": return .double(.nan)
        default: break
        }
        let utf8 = Array(token.utf8)
        if isDateOrTime(utf8) {
            return .date(token)
        }
        return number(token)
    }

    /// `YYYY-MM-DD…` or `HH:MM…`.
    private static func isDateOrTime(_ utf8: [UInt8]) -> Bool {
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= utf8.count && utf8[range].allSatisfy(isDigit)
        }
        if digits(0..<4), utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), digits(5..<7), utf8[7] == UInt8(ascii: "-"),
            digits(8..<10)
        {
            return true
        }
        return digits(0..<2) && utf8.count >= 5 && utf8[2] == UInt8(ascii: ":") && digits(3..<5)
    }

    private static func number(_ token: String) -> FrontMatterValue? {
        guard !token.hasPrefix("_"), !token.hasSuffix("_"), !token.contains("__") else { return nil }
        let plain = String(token.filter { $0 != "_" })
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where plain.hasPrefix(prefix) {
            return Int(plain.dropFirst(2), radix: radix).map(FrontMatterValue.int)
        }
        let unsigned = plain.hasPrefix("+") || plain.hasPrefix("-") ? plain.dropFirst() : Substring(plain)
        guard let first = unsigned.utf8.first, isDigit(first) else { return nil }
        if unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return Double(plain).map(FrontMatterValue.double)
        }
        if unsigned.count > 1 && unsigned.hasPrefix("0") { return nil }
        return Int(plain).map(FrontMatterValue.int)
    }

    // MARK: - Strings

    private mutating func readBasicString() throws -> String {
        let start = index
        let multiline = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        index += multiline ? 3 : 1
        if multiline {
            skipOneNewline()
        }
        var result: [UInt8] = []
        while let byte = current {
            if byte == UInt8(ascii: "\"") {
                if !multiline {
                    index += 1
                    return String(decoding: result, as: UTF8.self)
                }
                if peek(1) == byte && peek(2) == byte {
                    // Up to two quotes may end the content right before the closing three.
                    var quotes = 3
                    while quotes < 5 && peek(quotes) == byte {
                        quotes += 1
                    }
                    result.append(contentsOf: repeatElement(byte, count: quotes - 3))
                    index += quotes
                    return String(decoding: result, as: UTF8.self)
                }
            } else if byte == UInt8(ascii: "\\") {
                try readEscape(into: &result, multiline: multiline)
                continue
            } else if !multiline && (byte == 0x0A || byte == 0x0D) {
                break
            }
            result.append(byte)
            index += 1
        }
        throw Failure(offset: start, message: "the string is not closed")
    }

    private mutating func readEscape(into result: inout [UInt8], multiline: Bool) throws {
        let start = index
        index += 1
        guard let byte = current else { throw Failure(offset: start, message: "the string is not closed") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "e"): result.append(0x1B)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): result.append(byte)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + length <= bytes.count,
                let code = UInt32(String(decoding: bytes[index..<(index + length)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(code)
            else { throw Failure(offset: start, message: "invalid Unicode escape") }
            result.append(contentsOf: String(Character(scalar)).utf8)
            index += length
        case _ where multiline && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D):
            // A line-ending backslash trims the newline and the blanks after it.
            index -= 1
            while let next = current, next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D {
                index += 1
            }
        default:
            throw Failure(offset: start, message: "unknown escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func readLiteralString() throws -> String {
        let start = index
        let quote = UInt8(ascii: "'")
        let multiline = peek(1) == quote && peek(2) == quote
        index += multiline ? 3 : 1
        if multiline {
            skipOneNewline()
        }
        let contentStart = index
        while let byte = current {
            if byte == quote {
                if !multiline {
                    index += 1
                    return String(decoding: bytes[contentStart..<(index - 1)], as: UTF8.self)
                }
                if peek(1) == quote && peek(2) == quote {
                    var quotes = 3
                    while quotes < 5 && peek(quotes) == quote {
                        quotes += 1
                    }
                    let contentEnd = index + quotes - 3
                    index += quotes
                    return String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
                }
            } else if !multiline && (byte == 0x0A || byte == 0x0D) {
                break
            }
            index += 1
        }
        throw Failure(offset: start, message: "the string is not closed")
    }

    // MARK: - Blanks

    private mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 {
            index += 1
        }
    }

    private mutating func skipComment() {
        guard current == UInt8(ascii: "#") else { return }
        while let byte = current, byte != 0x0A && byte != 0x0D {
            index += 1
        }
    }

    private mutating func skipOneNewline() {
        if current == 0x0D { index += 1 }
        if current == 0x0A { index += 1 }
    }

    private mutating func skipBlankLinesAndComments() {
        skipWhitespaceNewlinesAndComments()
    }

    private mutating func skipWhitespaceNewlinesAndComments() {
        while true {
            skipSpaces()
            skipComment()
            guard let byte = current, byte == 0x0A || byte == 0x0D else { return }
            index += 1
        }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws {
        guard current == byte else { throw Failure(offset: index, message: message) }
        index += 1
    }

    private mutating func expectEndOfLine() throws {
        skipSpaces()
        skipComment()
        guard let byte = current else { return }
        guard byte == 0x0A || byte == 0x0D else {
            throw Failure(offset: index, message: "expected the end of the line")
        }
        skipOneNewline()
    }
}
