/// Where a lint finding points: a 1-based line and a 1-based column counted in UTF-8 bytes,
/// as the importer's findings and cmark-gfm count them.
public struct LintPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The whole document, when no place in it can be named (a stored incident whose file
    /// is gone, or something missing altogether).
    public static let document = LintPosition(line: 0, column: 0)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: LintPosition, rhs: LintPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
