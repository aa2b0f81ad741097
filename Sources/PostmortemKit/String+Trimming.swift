extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Foundation's `.whitespaces`,
    /// newlines kept). Works on Unicode scalars: Foundation's `trimmingCharacters(in:)`
    /// bridges through `NSString` on Linux and is many times slower.
    public func trimmingSpaces() -> String {
        trimming { $0.properties.isWhitespace && !Self.isNewline($0) }
    }

    /// The text without leading and trailing white space, newlines included (Foundation's
    /// `.whitespacesAndNewlines`).
    public func trimmingWhitespace() -> String {
        trimming { $0.properties.isWhitespace || Self.isNewline($0) }
    }

    /// The text without leading and trailing line breaks (Foundation's `.newlines`: line
    /// feed through carriage return, NEL, line and paragraph separators).
    public func trimmingNewlines() -> String {
        trimming(while: Self.isNewline)
    }

    private func trimming(while isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        // Most text has nothing to trim: no scan, no copy of the scalars.
        if let head = scalars.first, let tail = scalars.last, !isTrimmed(head), !isTrimmed(tail) {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
