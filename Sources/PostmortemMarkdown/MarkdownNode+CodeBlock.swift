extension MarkdownNode {
    /// The facts of a code block.
    public struct CodeBlock: Sendable, Hashable {
        /// The info string after the opening fence (e.g. `swift`), "" when none.
        public var info: String
        /// The code, exactly as written, ending with a newline when it is not empty.
        public var literal: String
        /// Whether the block was fenced (otherwise indented).
        public var isFenced: Bool

        /// Creates code block facts.
        public init(info: String, literal: String, isFenced: Bool) {
            self.info = info
            self.literal = literal
            self.isFenced = isFenced
        }
    }
}
