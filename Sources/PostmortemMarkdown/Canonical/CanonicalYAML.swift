/// YAML scalars for the canonical front matter: plain where YAML reads the text back as
/// the same string whatever its resolver makes of it, double-quoted otherwise, so that
/// every value (and key) survives the trip exactly.
enum CanonicalYAML {
    /// `text` as a YAML scalar: plain when it is a `YYYY-MM-DD` day or a plain whole number,
    /// or when it starts with a letter, holds only printable characters, no `: `, ` #` or
    /// trailing `:`, has no trailing blank and is not one of YAML 1.1's boolean or null
    /// words; double-quoted, with escapes, otherwise.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    static func isPlainSafe(_ text: String) -> Bool {
        if isISODay(text) || isPlainInteger(text) { return true }
        if let ascii = isPlainSafeASCII(text) { return ascii }
        guard let first = text.first, first.isLetter, first.isASCII || first.unicodeScalars.count == 1,
            let last = text.last, last != " ", last != ":",
            !reservedWords.contains(text.lowercased()), !text.contains(": "), !text.contains(" #")
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            if scalar == " " { return true }
            let value = scalar.value
            return value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value) && value != 0xFEFF
                && !scalar.properties.isWhitespace
        }
    }

    /// The rules of ``isPlainSafe(_:)`` for ASCII text, on its bytes (the front matter of
    /// every incident goes through here); nil when `text` is not all ASCII.
    private static func isPlainSafeASCII(_ text: String) -> Bool? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let first = bytes.first, let last = bytes.last,
            (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first), last != 0x20, last != 0x3A
        else { return false }
        // Printable characters only: no control characters, no tab, no DEL.
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte >= 0x20, byte != 0x7F else { return false }
            // ": " and " #"
            if (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { return false }
            previous = byte
        }
        return bytes.count > 5 || !reservedWords.contains(text.lowercased())
    }

    /// `YYYY-MM-DD`: YAML reads it as a date, which the front matter reader keeps as written.
    private static func isISODay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        for (index, byte) in bytes.enumerated() {
            let isDash = index == 4 || index == 7
            guard isDash ? byte == 0x2D : (0x30...0x39).contains(byte) else { return false }
        }
        return true
    }

    /// A whole number without sign or leading zero, short enough to stay one ("42").
    private static func isPlainInteger(_ text: String) -> Bool {
        guard let first = text.first, first != "0" || text.count == 1, text.count <= 18 else { return false }
        return text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `text` in double quotes, with `\` `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                let isControl = value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
                if isControl || value == 0xFEFF || value == 0x2028 || value == 0x2029 || value == 0x85 {
                    out += "\\u" + hex(value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
