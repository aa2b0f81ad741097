/// A file's path inside a published site, relative to its root: one or more plain names
/// joined by `/` (`incidents/pm-7f3k9q2ahx.html`).
///
/// The only way the publisher names a file it writes. Each name is 1–120 characters of
/// ASCII letters, digits, `-`, `_` and `.`, never `.` or `..` and never starting with a dot
/// (except the site's own manifest), so no path can reach outside the output folder, whatever
/// an incident's id, a service's or a tag's name holds.
public struct SitePath: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// The path, or nil when it is not a plain relative path of plain names.
    public init?(_ rawValue: String) {
        guard Self.isValid(rawValue, allowingHidden: false) else { return nil }
        self.rawValue = rawValue
    }

    /// A path the publisher builds from constants and slugs, valid by construction
    /// (checked in debug builds).
    init(trusted rawValue: String) {
        assert(Self.isValid(rawValue, allowingHidden: true), "not a site path: \(rawValue)")
        self.rawValue = rawValue
    }

    /// The site's manifest of what each file was made from (see ``SiteManifest``).
    static let manifest = SitePath(trusted: ".pm-site-manifest")

    public var description: String { rawValue }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The names of the path, in order.
    public var components: [Substring] { rawValue.split(separator: "/") }

    /// How many folders deep the file lies (0 for `index.html`).
    public var depth: Int { components.count - 1 }

    /// The prefix that leads from this file back to the site's root: "" or "../" repeated.
    public var rootPrefix: String {
        // `depth` without splitting: a valid path's components are its slashes plus one.
        var slashes = 0
        for byte in rawValue.utf8 where byte == UInt8(ascii: "/") { slashes += 1 }
        return String(repeating: "../", count: slashes)
    }

    /// `self` followed by `name` as a deeper path, when `name` is a plain name.
    public func appending(_ name: String) -> SitePath? {
        SitePath(rawValue + "/" + name)
    }

    /// Whether `bytes` (UTF-8) are a path ``init(_:)`` accepts, checked without making strings.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var components = 0
        var start = 0
        for index in 0...bytes.count {
            guard index == bytes.count || bytes[index] == UInt8(ascii: "/") else {
                let byte = bytes[index]
                guard
                    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                        || byte == 0x2D || byte == 0x5F || byte == 0x2E
                else { return false }
                continue
            }
            let length = index - start
            guard (1...120).contains(length), bytes[start] != UInt8(ascii: ".") else { return false }
            components += 1
            start = index + 1
        }
        return components <= 8
    }

    static func isValid(_ path: String, allowingHidden: Bool) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty, components.count <= 8 else { return false }
        return components.allSatisfy { name in
            guard (1...120).contains(name.utf8.count), name != ".", name != "..",
                allowingHidden || !name.hasPrefix(".")
            else { return false }
            return name.utf8.allSatisfy { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2D || byte == 0x5F || byte == 0x2E
            }
        }
    }
}
