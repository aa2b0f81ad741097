extension MarkdownNode {
    /// The facts of a heading.
    public struct Heading: Sendable, Hashable {
        /// 1 to 6 (a setext heading is 1 for `===` and 2 for `---`).
        public var level: Int
        /// Whether the heading is underlined (setext) rather than `#`-prefixed (ATX).
        public var isSetext: Bool

        /// Creates heading facts.
        public init(level: Int, isSetext: Bool) {
            self.level = level
            self.isSetext = isSetext
        }
    }
}
