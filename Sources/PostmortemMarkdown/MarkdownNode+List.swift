extension MarkdownNode {
    /// The facts of a list.
    public struct List: Sendable, Hashable {
        /// Whether the list is numbered.
        public var isOrdered: Bool
        /// The number of the first item of an ordered list; nil for bullet lists.
        public var start: Int?
        /// Whether the list is tight (no blank lines between items).
        public var isTight: Bool
        /// The marker character that makes the list.
        public var delimiter: ListDelimiter

        /// Creates list facts.
        public init(isOrdered: Bool, start: Int?, isTight: Bool, delimiter: ListDelimiter) {
            self.isOrdered = isOrdered
            self.start = start
            self.isTight = isTight
            self.delimiter = delimiter
        }
    }

    /// The character that marks a list item: the bullet of a bullet list, or the
    /// character after the number of an ordered one.
    public enum ListDelimiter: String, Sendable, Hashable {
        /// `- item`
        case hyphen = "-"
        /// `* item`
        case asterisk = "*"
        /// `+ item`
        case plus = "+"
        /// `1. item`
        case period = "."
        /// `1) item`
        case parenthesis = ")"
    }

    /// The state of a task-list item's checkbox (`- [ ]` / `- [x]`).
    public enum Checkbox: String, Sendable, Hashable {
        /// `[x]` or `[X]`.
        case checked
        /// `[ ]`.
        case unchecked
    }
}
