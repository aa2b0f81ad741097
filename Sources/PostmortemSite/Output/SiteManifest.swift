import PostmortemKit

/// What each file of a published site was made from and what it holds, kept in the site as
/// `.pm-site-manifest`, so the next publish can tell which files are unchanged.
///
/// Its presence also marks a folder as a site pm published: pm replaces such a folder whole
/// and refuses to replace any other non-empty one.
///
/// One line per file, sorted by path: `path`, the key of its inputs (or `-`), a hash of its
/// bytes and its size, separated by tabs, after a first line naming the format.
struct SiteManifest: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        /// What the file was made from (an incident's revision, the theme's hash …), when the
        /// publisher can tell without making the file; nil when it compares bytes instead.
        var inputKey: String?
        /// `StableHash.hex` of the bytes.
        var contentHash: String
        var size: Int
    }

    static let header = "pm-site-manifest 1"

    var entries: [SitePath: Entry] = [:]

    var text: String {
        var out = Self.header + "\n"
        out.reserveCapacity(entries.count * 96)
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += path.rawValue
            out += "\t"
            out += entry.inputKey ?? "-"
            out += "\t"
            out += entry.contentHash
            out += "\t"
            out += String(entry.size)
            out += "\n"
        }
        return out
    }

    /// Reads a manifest; nil when `text` is not one (a site made by another version of the
    /// format is then rebuilt whole).
    init?(text: String) {
        var text = text
        guard let manifest = text.withUTF8({ Self(utf8: $0) }) else { return nil }
        self = manifest
    }

    /// Reads a manifest from its UTF-8 bytes, a line at a time without splitting the text
    /// (a site of 10,000 incidents has 24,000 lines, read at every publish).
    private init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let newline = UInt8(ascii: "\n")
        let tab = UInt8(ascii: "\t")
        var lineStart = 0
        var first = true
        entries.reserveCapacity(bytes.count / 80)
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if first {
                guard String(decoding: line, as: UTF8.self) == Self.header else { return nil }
                first = false
                continue
            }
            var fields: [Range<Int>] = []
            var fieldStart = 0
            for index in 0..<line.count where line[index] == tab {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<line.count)
            guard fields.count == 4, SitePath.isValid(UnsafeBufferPointer(rebasing: line[fields[0]])) else {
                return nil
            }
            func text(_ field: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: line[field]), as: UTF8.self)
            }
            var size = 0
            for byte in line[fields[3]] {
                guard byte >= 0x30, byte <= 0x39, size < Int.max / 20 else { return nil }
                size = size * 10 + Int(byte - 0x30)
            }
            guard !fields[3].isEmpty else { return nil }
            let key = text(fields[1])
            entries[SitePath(trusted: text(fields[0]))] = Entry(
                inputKey: key == "-" ? nil : key, contentHash: text(fields[2]), size: size)
        }
        if first { return nil }
    }

    init() {}
}
