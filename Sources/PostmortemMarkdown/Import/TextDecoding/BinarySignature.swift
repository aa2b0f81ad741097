/// File signatures ("magic numbers") of common binary formats, so that an image or an
/// archive given to the importer fails with a clear message.
enum BinarySignature {
    private static let known: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("SQLite format 3".utf8) + [0x00], "SQLite database"),
    ]

    /// The kind of binary file the bytes start like, or nil.
    static func match(_ bytes: [UInt8]) -> String? {
        known.first { bytes.starts(with: $0.prefix) }?.kind
    }
}
