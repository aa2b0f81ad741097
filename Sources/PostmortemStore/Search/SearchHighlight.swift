/// How a snippet marks the words that matched and the places where it cuts the text.
public struct SearchHighlight: Hashable, Sendable {
    /// Written before each matched word.
    public var open: String
    /// Written after each matched word.
    public var close: String
    /// Written where the snippet cuts the text.
    public var ellipsis: String
    /// How many words a snippet holds, 1 to 64. Default 16.
    public var words: Int

    public init(open: String, close: String, ellipsis: String = "…", words: Int = 16) {
        self.open = open
        self.close = close
        self.ellipsis = ellipsis
        self.words = min(64, max(1, words))
    }

    /// `[matched]` words, for terminals.
    public static let brackets = SearchHighlight(open: "[", close: "]")
    /// `<mark>matched</mark>` words, for HTML. The snippet text itself is not escaped: the
    /// caller escapes it, or chooses markers it can find again after escaping.
    public static let html = SearchHighlight(open: "<mark>", close: "</mark>")
    /// No markers.
    public static let plain = SearchHighlight(open: "", close: "")
}
