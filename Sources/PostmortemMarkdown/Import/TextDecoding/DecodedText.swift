/// A document's text after decoding: line endings normalised to LF, no byte-order mark,
/// no NUL characters, mojibake repaired, and a record of every repair.
public struct DecodedText: Sendable, Equatable {
    /// The decoded, repaired text.
    public var text: String
    /// The encoding the bytes were read in.
    public var encoding: SourceEncoding
    /// Every change made to the text beyond decoding, in document order.
    public var repairs: [TextRepair]

    /// Creates a decoded text.
    public init(text: String, encoding: SourceEncoding, repairs: [TextRepair] = []) {
        self.text = text
        self.encoding = encoding
        self.repairs = repairs
    }
}
