/// The text a document was read from, split into lines, for pointing findings at the place
/// they are about. Lines end at `\n`, `\r\n` or `\r`.
public struct LintSource: Sendable, Equatable {
    public let lines: [String]

    public init(text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: Self.isLineBreak).map(String.init)
    }

    /// `\n`, `\r\n` (one `Character` in Swift) and a lone `\r` end a line, as in cmark-gfm.
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }

    /// The first place at or after line `start` (1-based) where `fragment` occurs within
    /// one line, or nil. The column counts UTF-8 bytes.
    public func position(of fragment: String, from start: Int = 1) -> LintPosition? {
        guard !fragment.isEmpty, !fragment.contains(where: Self.isLineBreak) else { return nil }
        for index in max(0, start - 1)..<lines.count {
            if let range = lines[index].firstRange(of: fragment) {
                let column = lines[index].utf8.distance(from: lines[index].startIndex, to: range.lowerBound)
                return LintPosition(line: index + 1, column: column + 1)
            }
        }
        return nil
    }
}
