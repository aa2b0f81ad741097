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

    /// `YYYY-MM-DD`: YAML reads it as a date, which the front matter reader keeps as written.
    private static func isISODay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
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
