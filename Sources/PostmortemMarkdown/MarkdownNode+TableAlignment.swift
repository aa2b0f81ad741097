extension MarkdownNode {
    /// The alignment of a table column, from its delimiter row (`:--`, `:-:`, `--:`).
    public enum TableAlignment: String, Sendable, Hashable {
        /// No colon.
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }

}
