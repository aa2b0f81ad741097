/// Stage 1 of the importer: turns a document's bytes into text.
///
/// `decode(_:)` detects the encoding (a byte-order mark; the zero-byte pattern of UTF-16
/// without one; valid UTF-8; otherwise Windows-1252), strips the byte-order mark,
/// normalises line endings to LF, replaces NUL characters and invalid bytes with U+FFFD,
/// and repairs mojibake (see `MojibakeRepairer`). Every change beyond plain decoding is
/// returned as a `TextRepair` for the importer to report, and so is mojibake it found but
/// left as it was because a lost byte could not be told (`.unrepairable`). Binary and empty files are
/// failures: a known file signature, more than 5% control characters (NUL included), or
/// more than a third of the text replaced as invalid means "binary". The work is linear in the size of the input and runs on bytes, not on
/// `String` characters.
public enum TextDecoder {
    /// Decodes a document's bytes.
    ///
    /// - Throws: `DecodingFailure.empty` for no bytes (or only a byte-order mark),
    ///   `.binary` for bytes that do not look like text, `.unsupportedEncoding` for UTF-32.
    public static func decode(_ bytes: [UInt8]) throws(DecodingFailure) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        if let kind = BinarySignature.match(bytes) { throw .binary(.signature(kind)) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw .unsupportedEncoding("UTF-32")
        }
        let (encoding, accumulator) = bytes.withUnsafeBufferPointer { transcode($0) }
        guard accumulator.scalarCount > 0 else { throw .empty }
        let percentControl = accumulator.controlCount * 100 / accumulator.scalarCount
        // Text has next to no control characters; random or compressed bytes about 11%.
        if accumulator.controlCount * 20 > accumulator.scalarCount {
            throw .binary(.controlCharacters(percent: max(percentControl, 1)))
        }
        if accumulator.invalidCount * 3 > accumulator.scalarCount {
            throw .binary(.invalidBytes(percent: accumulator.invalidCount * 100 / accumulator.scalarCount))
        }
        let repaired = MojibakeRepairer.repair(accumulator.utf8)
        let repairs = (accumulator.repairs + repaired.repairs).sorted {
            ($0.line, $0.column) < ($1.line, $1.column)
        }
        return DecodedText(
            text: String(decoding: repaired.utf8, as: UTF8.self), encoding: encoding, repairs: repairs)
    }
}
