/// One place where the decoder changed the text it read, so the importer can report it.
///
/// `line` and `column` are 1-based and point at the damaged text as it reads after decoding
/// but before repair (what an editor shows when it opens the file in the detected
/// encoding). Columns count Unicode scalars, not bytes.
public struct TextRepair: Sendable, Equatable, Hashable {
    /// What kind of damage was repaired.
    public enum Kind: String, Sendable, Equatable, Hashable {
        /// UTF-8 that had been decoded with a Windows code page and saved again
        /// ("âœ…" for "✅"); every byte was still there.
        case mojibake
        /// Mojibake in which bytes the code page had no character for were lost (dropped
        /// or turned into "?"); the missing bytes were reconstructed.
        case mojibakeWithLostBytes
        /// Bytes that are not valid in the detected encoding, replaced with U+FFFD.
        case invalidBytes
        /// A NUL character, replaced with U+FFFD.
        case nulCharacter
        /// Bytes that are not valid UTF-8 in an otherwise UTF-8 text, read as Windows-1252.
        case windows1252Bytes
        /// The start of a mojibake sequence whose other bytes were lost, touching other
        /// mojibake ("Ã" + "Ã±igo" for "Íñigo": Í is C3 8D and Windows-1252 has no 8D),
        /// where several characters fit and nothing in the document decides between them.
        /// The text is left as it was; `context` and `candidates` say where and what.
        case unrepairable
    }

    /// The 1-based line of the damaged text.
    public var line: Int
    /// The 1-based column (in Unicode scalars) where the damaged text starts.
    public var column: Int
    /// What kind of damage this was.
    public var kind: Kind
    /// The damaged text as it was read; invalid bytes are written as `\xHH`.
    public var original: String
    /// The text that replaced it (may be empty, e.g. for a stray byte-order mark); for
    /// `.unrepairable`, the text left in place (the same as `original`).
    public var repaired: String
    /// For `.unrepairable`: the word the damaged text stands in, as it reads after the
    /// other repairs ("Ãñigo"). Empty for the other kinds.
    public var context: String
    /// For `.unrepairable`: every character the damaged text may have been, in code point
    /// order (["Á", "Í", "Ï", "Ð", "Ý"]). Empty for the other kinds.
    public var candidates: [String]

    /// Creates a repair record; `context` and `candidates` default to empty.
    public init(
        line: Int, column: Int, kind: Kind, original: String, repaired: String, context: String = "",
        candidates: [String] = []
    ) {
        self.line = line
        self.column = column
        self.kind = kind
        self.original = original
        self.repaired = repaired
        self.context = context
        self.candidates = candidates
    }

    /// Up to this many candidates are named in `message`.
    static let listedCandidates = 8

    /// A one-line description for a finding, without the position:
    /// "repaired mojibake 'âœ…' → '✅'".
    public var message: String {
        switch kind {
        case .mojibake:
            "repaired mojibake '\(original)' → '\(repaired)'"
        case .mojibakeWithLostBytes:
            "repaired mojibake '\(original)' → '\(repaired)' (reconstructed lost bytes)"
        case .invalidBytes:
            "replaced invalid bytes \(original) with U+FFFD"
        case .nulCharacter:
            "replaced a NUL character with U+FFFD"
        case .windows1252Bytes:
            "read bytes \(original) that are not UTF-8 as Windows-1252 '\(repaired)'"
        case .unrepairable:
            "could not repair '\(original)' in '\(context)': a byte was lost on the way"
                + (candidates.isEmpty || candidates.count > Self.listedCandidates
                    ? "" : " (it was one of \(candidates.joined(separator: " ")))")
                + "; check the word by hand"
        }
    }
}
