extension MarkdownNode {
    /// The target of a link or an image.
    public struct Link: Sendable, Hashable {
        /// The destination URL as written (after entity and escape decoding).
        public var destination: String
        /// The title, "" when none.
        public var title: String

        /// Creates link facts.
        public init(destination: String, title: String) {
            self.destination = destination
            self.title = title
        }
    }
}
