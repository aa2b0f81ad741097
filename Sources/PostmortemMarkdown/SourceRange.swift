/// A place in a Markdown file: a 1-based line and a 1-based column.
///
/// Lines count the original file's lines, front matter included. Columns count UTF-8
/// bytes from the start of the line, as cmark-gfm (and swift-markdown) do, so a column
/// after a non-ASCII character is larger than the number of characters before it.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number in the original file.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int

    /// Creates a position from a 1-based line and a 1-based column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form findings print.
    public var description: String { "\(line):\(column)" }

    /// Document order: by line, then by column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The stretch of the original file a node came from; both ends are inclusive.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The first byte of the node.
    public var start: SourcePosition
    /// The last byte of the node (inclusive).
    public var end: SourcePosition

    /// Creates a range from its inclusive ends.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The lines the range touches, for `MarkdownDocument.source(lines:)`.
    public var lines: ClosedRange<Int> { start.line...max(start.line, end.line) }

    /// `start-end`, e.g. `3:1-4:6`.
    public var description: String { "\(start)-\(end)" }
}
