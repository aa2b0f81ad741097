/// Collects decoded scalars as UTF-8 while normalising line endings (CRLF and CR become
/// LF), replacing NUL with U+FFFD, counting what the binary check needs, and recording
/// every replacement with its line and column.
///
/// A vertical tab, a form feed, NEL (U+0085) and the Unicode line and paragraph separators
/// (U+2028, U+2029) become spaces: cmark-gfm does not end a line there, but Swift's
/// `isNewline` does, so the importer's readers would cut a line short and lose its end.
struct TextAccumulator {
    private(set) var utf8: [UInt8] = []
    private(set) var repairs: [TextRepair] = []
    /// Scalars appended, after line-ending normalisation.
    private(set) var scalarCount = 0
    /// NULs and C0 controls other than tab, LF, VT, FF, CR and ESC.
    private(set) var controlCount = 0
    /// Invalid byte runs replaced with U+FFFD.
    private(set) var invalidCount = 0

    private var line = 1
    private var column = 1
    private var afterCarriageReturn = false

    init(capacity: Int) {
        utf8.reserveCapacity(capacity)
    }

    /// Appends one ASCII byte.
    mutating func appendASCII(_ byte: UInt8) {
        switch byte {
        case 0x0A:
            if afterCarriageReturn {
                afterCarriageReturn = false
                return
            }
            newLine()
        case 0x0D:
            newLine()
            afterCarriageReturn = true
        case 0x00:
            afterCarriageReturn = false
            controlCount += 1
            replace(kind: .nulCharacter, original: "\\x00")
        case 0x0B, 0x0C:
            appendASCII(0x20)
        default:
            afterCarriageReturn = false
            if byte < 0x20 && byte != 0x09 && byte != 0x0B && byte != 0x0C && byte != 0x1B {
                controlCount += 1
            }
            utf8.append(byte)
            scalarCount += 1
            column += 1
        }
    }

    /// Appends a run of printable ASCII bytes (no controls) in one copy.
    mutating func appendPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        afterCarriageReturn = false
        utf8.append(contentsOf: bytes)
        scalarCount += bytes.count
        column += bytes.count
    }

    /// Appends one already-valid UTF-8 sequence of a non-ASCII scalar.
    mutating func appendEncodedScalar(_ bytes: UnsafeBufferPointer<UInt8>) {
        if Self.isLineSeparator(bytes) {
            appendASCII(0x20)
            return
        }
        afterCarriageReturn = false
        utf8.append(contentsOf: bytes)
        scalarCount += 1
        column += 1
    }

    /// Appends any scalar value.
    mutating func appendScalar(_ value: UInt32) {
        if value < 0x80 {
            appendASCII(UInt8(value))
            return
        }
        if value == 0x85 || value == 0x2028 || value == 0x2029 {
            appendASCII(0x20)
            return
        }
        afterCarriageReturn = false
        encode(value)
        scalarCount += 1
        column += 1
    }

    /// Appends U+FFFD for bytes that were not valid, recording them as `\xHH`.
    mutating func appendInvalid(_ original: String) {
        afterCarriageReturn = false
        invalidCount += 1
        replace(kind: .invalidBytes, original: original)
    }

    /// Appends bytes that are not valid UTF-8 as Windows-1252 characters, recording them.
    mutating func appendWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) {
        afterCarriageReturn = false
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if let scalar = Unicode.Scalar(LegacyCodePage.windows1252Scalar(byte)) { scalars.append(scalar) }
        }
        repairs.append(
            TextRepair(
                line: line, column: column, kind: .windows1252Bytes, original: Self.hexNotation(bytes),
                repaired: String(scalars)))
        for byte in bytes {
            encode(LegacyCodePage.windows1252Scalar(byte))
        }
        scalarCount += bytes.count
        column += bytes.count
    }

    private mutating func replace(kind: TextRepair.Kind, original: String) {
        repairs.append(TextRepair(line: line, column: column, kind: kind, original: original, repaired: "\u{FFFD}"))
        encode(0xFFFD)
        scalarCount += 1
        column += 1
    }

    /// NEL (C2 85), U+2028 (E2 80 A8) or U+2029 (E2 80 A9) in UTF-8.
    private static func isLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 2: bytes[0] == 0xC2 && bytes[1] == 0x85
        case 3: bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0xA8 || bytes[2] == 0xA9)
        default: false
        }
    }

    private mutating func newLine() {
        utf8.append(0x0A)
        scalarCount += 1
        line += 1
        column = 1
    }

    private mutating func encode(_ value: UInt32) {
        UTF8Coding.append(value, to: &utf8)
    }

    /// `\xHH` notation for bytes.
    static func hexNotation<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits: [Character] = Array("0123456789ABCDEF")
        var text = ""
        for byte in bytes {
            text += "\\x"
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
