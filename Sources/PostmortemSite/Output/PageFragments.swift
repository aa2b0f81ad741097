import Foundation
import PostmortemKit

/// Where each keyed item (``KeyedItems``) of one published page lies in its bytes, so the
/// next publish can copy the items that did not change instead of making them again.
///
/// Kept beside the store (`.pm-publish-cache/pages/`, one file per page, named by a hash of
/// its path) with the hash and size of the page it describes: it is used only when the
/// previous site's page has those bytes, so a missing, damaged or stale file only means
/// rendering the whole page.
struct PageFragments: Sendable, Equatable {
    struct Fragment: Sendable, Equatable {
        /// The item's place in the templates and its key.
        var id: Fingerprint
        /// Its bytes in the page (UTF-8 offsets).
        var start: Int
        var length: Int
        /// How many fragments follow that lie inside it (its own keyed lists').
        var descendants: Int
    }

    static let format = "pm-page-fragments 1"

    var path: SitePath
    /// `StableHash.hex` and size of the page's bytes.
    var contentHash: String
    var size: Int
    var fragments: [Fragment]

    func encoded() -> [UInt8] {
        var writer = CacheWriter(capacity: 64 + fragments.count * 24)
        writer.string(Self.format)
        writer.string(path.rawValue)
        writer.string(contentHash)
        writer.int(size)
        writer.array(fragments) { writer, fragment in
            writer.unsigned(fragment.id.high)
            writer.unsigned(fragment.id.low)
            writer.int(fragment.start)
            writer.int(fragment.length)
            writer.int(fragment.descendants)
        }
        return writer.sealed
    }

    /// The fragments of `bytes`; nil when they are damaged or describe another page.
    init?(bytes: [UInt8], path: SitePath) {
        guard var reader = CacheReader(sealed: bytes) else { return nil }
        do {
            guard try reader.string() == Self.format, try reader.string() == path.rawValue else { return nil }
            contentHash = try reader.string()
            size = try reader.int()
            fragments = try reader.array { reader throws(CacheReader.Malformed) in
                Fragment(
                    id: Fingerprint(high: try reader.unsigned(), low: try reader.unsigned()), start: try reader.int(),
                    length: try reader.int(), descendants: try reader.int())
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
        self.path = path
        // Every fragment within the page, and its descendants within it.
        for (index, fragment) in fragments.enumerated() {
            guard fragment.start >= 0, fragment.length >= 0, fragment.start + fragment.length <= size,
                fragment.descendants >= 0, index + fragment.descendants < fragments.count
            else { return nil }
            if fragment.descendants > 0 {
                let last = fragments[index + fragment.descendants]
                guard last.start >= fragment.start, last.start + last.length <= fragment.start + fragment.length else {
                    return nil
                }
            }
        }
    }

    init(path: SitePath, contentHash: String, size: Int, fragments: [Fragment]) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.fragments = fragments
    }
}

/// The previous publish's page with its fragments, for the renderer to copy from.
struct PreviousRender {
    let bytes: [UInt8]
    let fragments: [PageFragments.Fragment]
    private let index: [Fingerprint: Int]

    init(bytes: [UInt8], fragments: [PageFragments.Fragment]) {
        self.bytes = bytes
        self.fragments = fragments
        var index: [Fingerprint: Int] = [:]
        index.reserveCapacity(fragments.count)
        for (position, fragment) in fragments.enumerated() where index[fragment.id] == nil {
            index[fragment.id] = position
        }
        self.index = index
    }

    /// Appends the bytes of the fragment `id` to `out` (which holds `at` bytes) and returns
    /// it and the fragments inside it, moved to their new place; nil when there is none.
    func copy(_ id: Fingerprint, into out: inout String, at: Int) -> [PageFragments.Fragment]? {
        guard let position = index[id] else { return nil }
        let fragment = fragments[position]
        out += String(decoding: bytes[fragment.start..<fragment.start + fragment.length], as: UTF8.self)
        let shift = at - fragment.start
        return fragments[position...position + fragment.descendants].map { inner in
            var moved = inner
            moved.start += shift
            return moved
        }
    }
}

/// The page fragments a publish reads and writes: those of the previous site's pages,
/// read when a page with keyed lists must be made again, and those of the pages made,
/// saved once the site is in place. Thread-safe.
final class FragmentStore: @unchecked Sendable {
    /// Pages with fewer fragments are cheap to render whole: theirs are not kept.
    let threshold: Int
    let folder: URL
    private let lock = NSLock()
    private var made: [PageFragments] = []

    init(folder: URL, threshold: Int) {
        self.folder = folder
        self.threshold = threshold
    }

    private func file(for path: SitePath) -> URL {
        folder.appendingPathComponent(Self.fileName(for: path), isDirectory: false)
    }

    private static func fileName(for path: SitePath) -> String {
        StableHash.hex(bytes: path.rawValue.utf8) + ".bin"
    }

    /// The previous site's page at `path` with its fragments, when both are there and agree.
    func previous(_ path: SitePath, in build: SiteBuild) -> PreviousRender? {
        guard let data = FileManager.default.contents(atPath: file(for: path).path),
            let fragments = PageFragments(bytes: [UInt8](data), path: path),
            let bytes = build.previousBytes(path, hash: fragments.contentHash, size: fragments.size)
        else { return nil }
        return PreviousRender(bytes: bytes, fragments: fragments.fragments)
    }

    /// Keeps the fragments of a page just made, when there are enough of them.
    func add(_ fragments: PageFragments) {
        guard fragments.fragments.count >= threshold else { return }
        lock.withLock { made.append(fragments) }
    }

    /// Writes the fragments of the pages made, each file replaced whole, and removes those of
    /// pages the site no longer has (`pages`: every page of the site in place). Best effort:
    /// a file that cannot be written is removed, and its page is rendered whole next time.
    func save(keeping pages: [SitePath]) {
        let pagesMade = lock.withLock { self.made }
        if !pagesMade.isEmpty {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for page in pagesMade {
            let target = file(for: page.path)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent)-\(getpid()).tmp")
            do {
                try Data(page.encoded()).write(to: temporary)
                if rename(temporary.path, target.path) == 0 { continue }
            } catch {}
            try? FileManager.default.removeItem(at: temporary)
            try? FileManager.default.removeItem(at: target)
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let wanted = Set(pages.map(Self.fileName(for:)))
        let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        for name in names where name.hasSuffix(".bin") && !wanted.contains(name) {
            unlink(prefix + name)
        }
    }
}
