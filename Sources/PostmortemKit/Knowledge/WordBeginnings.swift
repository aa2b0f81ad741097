/// A set of word beginnings ("detect", "alert", "resolv") and a fast test of whether some
/// word of a text starts with one of them, words read as `TextScanner` reads them (letters
/// and digits, folded to lower case without accents, an apostrophe inside a word dropped).
///
/// The text is scanned as UTF-8 bytes in runs between ASCII separators. A run of ASCII
/// letters and digits is compared in place, through a table by first letter; only a run
/// holding a non-ASCII byte or an apostrophe is handed to `TextScanner`, so most text is
/// read without making a string of each word: the stats read every timeline event.
struct WordBeginnings: Sendable {
    /// The beginnings as lower-case ASCII bytes, by their first byte.
    private let byFirstByte: [[[UInt8]]]
    private let words: [String]

    /// `words` must be lower-case ASCII letters and digits.
    init(_ words: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for word in words {
            let bytes = Array(word.utf8)
            if let first = bytes.first, first < 128 { table[Int(first)].append(bytes) }
        }
        byFirstByte = table
        self.words = words
    }

    /// Whether a word of `text` starts with one of the beginnings.
    func found(in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ found(inUTF8: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { found(inUTF8: $0) }
    }

    /// Whether a word of the UTF-8 `bytes` starts with one of the beginnings.
    func found(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard Self.inRun(bytes[start]) else {
                start += 1
                continue
            }
            var end = start
            var plain = true
            while end < bytes.endIndex && Self.inRun(bytes[end]) {
                if !Self.isWordASCII(bytes[end]) { plain = false }
                end += 1
            }
            if plain ? matches(bytes, from: start, to: end) : scannerMatches(bytes, from: start, to: end) {
                return true
            }
            start = end
        }
        return false
    }

    /// Whether the plain ASCII word `bytes[start..<end]` starts with a beginning.
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let first = Self.lower(bytes[start])
        for beginning in byFirstByte[Int(first)] where beginning.count <= end - start {
            var offset = 1
            while offset < beginning.count && Self.lower(bytes[start + offset]) == beginning[offset] { offset += 1 }
            if offset == beginning.count { return true }
        }
        return false
    }

    /// Whether a word `TextScanner` reads in `bytes[start..<end]` starts with a beginning.
    private func scannerMatches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return TextScanner.words(in: run).contains { word in words.contains { word.hasPrefix($0) } }
    }

    /// Bytes that may belong to a word: ASCII letters and digits, the apostrophe (inside a
    /// word `TextScanner` drops it), and every byte of a non-ASCII character (the scanner
    /// decides).
    private static func inRun(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x27 || isWordASCII(byte)
    }

    private static func isWordASCII(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
