/// The text a document was read from, split into lines, for pointing findings at the place
/// they are about. Lines end at `\n`; a `\r` before it is not part of the line.
public struct LintSource: Sendable, Equatable {
    public let lines: [String]

    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// The first place at or after line `start` (1-based) where `fragment` occurs within
    /// one line, or nil. The column counts UTF-8 bytes.
    public func position(of fragment: String, from start: Int = 1) -> LintPosition? {
        guard !fragment.isEmpty, !fragment.contains("\n") else { return nil }
        for index in max(0, start - 1)..<lines.count {
            if let range = lines[index].firstRange(of: fragment) {
                let column = lines[index].utf8.distance(from: lines[index].startIndex, to: range.lowerBound)
                return LintPosition(line: index + 1, column: column + 1)
            }
        }
        return nil
    }
}
