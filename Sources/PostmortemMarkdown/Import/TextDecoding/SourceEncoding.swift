/// The character encoding a document's bytes were read in.
///
/// The decoder picks it from a byte-order mark, from the zero-byte pattern of UTF-16 text
/// without one, or from whether the bytes are valid UTF-8; Windows-1252 is the fallback for
/// bytes that are not.
public enum SourceEncoding: String, Sendable, Equatable, Hashable, CaseIterable {
    /// UTF-8 without a byte-order mark (also plain ASCII).
    case utf8
    /// UTF-8 that starts with the byte-order mark `EF BB BF` (stripped from the text).
    case utf8BOM
    /// UTF-16 little-endian with the byte-order mark `FF FE` (stripped from the text).
    case utf16LE
    /// UTF-16 big-endian with the byte-order mark `FE FF` (stripped from the text).
    case utf16BE
    /// UTF-16 little-endian without a byte-order mark, recognised by its zero bytes.
    case utf16LEWithoutBOM
    /// UTF-16 big-endian without a byte-order mark, recognised by its zero bytes.
    case utf16BEWithoutBOM
    /// Windows-1252 (a superset of Latin-1's printable characters), used for bytes that
    /// are not valid UTF-8.
    case windows1252

    /// A human-readable name, as a finding or a report shows it ("UTF-16 LE").
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 with BOM"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        case .utf16LEWithoutBOM: "UTF-16 LE (no BOM)"
        case .utf16BEWithoutBOM: "UTF-16 BE (no BOM)"
        case .windows1252: "Windows-1252"
        }
    }
}
