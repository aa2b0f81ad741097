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
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += "\(path.rawValue)\t\(entry.inputKey ?? "-")\t\(entry.contentHash)\t\(entry.size)\n"
        }
        return out
    }

    /// Reads a manifest; nil when `text` is not one (a site made by another version of the
    /// format is then rebuilt whole).
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(Self.header) else { return nil }
        lines = lines.dropFirst()
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let path = SitePath(String(fields[0])), let size = Int(fields[3]) else {
                return nil
            }
            entries[path] = Entry(
                inputKey: fields[1] == "-" ? nil : String(fields[1]), contentHash: String(fields[2]), size: size)
        }
    }

    init() {}
}
