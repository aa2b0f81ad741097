import Foundation
import PostmortemKit

/// One publish's output: a staging folder beside the output folder, filled file by file and
/// then swapped in whole, so the output folder always holds one complete site.
///
/// Files whose inputs or bytes match the previous publish are hard-linked from the previous
/// site rather than written again (their modification times stay as they were). Thread-safe:
/// pages rendered in parallel may be written at once.
///
/// **The spare site.** The site a swap replaces is not deleted but kept beside the output
/// (`.<name>.pm-spare`, with its manifest), and the next publish builds in it: a file it
/// already holds with the right bytes stays, any other is unlinked and written or linked
/// anew (never changed in place: it may share its inode with the site in use), and files
/// the new site lacks are removed. So a publish that changes a few files touches a few
/// files, not every file of the site twice (a link to build, an unlink to clear). The spare
/// is claimed by renaming it to this build's staging folder and removing its manifest
/// first, so a publish killed while updating it leaves an ordinary staging folder, which
/// the next publish removes.
final class SiteBuild: @unchecked Sendable {
    /// The output folder (symbolic links resolved).
    let output: URL
    /// Where the new site is built until it is swapped in.
    let staging: URL
    /// Where the previous site is moved where the system cannot exchange two folders.
    let parking: URL
    /// `staging` and `output` as paths with a trailing `/`, for the system calls made per file.
    private let stagingPrefix: String
    private let outputPrefix: String
    private let previous: SiteManifest
    /// What the staging folder held when this build claimed it (the spare site), by path.
    private let recycled: [SitePath: SiteManifest.Entry]
    private let lock = NSLock()
    private var manifest = SiteManifest()
    private var folders: Set<String> = []
    private var keptPaths: Set<SitePath> = []

    /// Files written anew so far.
    var written: Int { lock.withLock { manifest.entries.count - keptPaths.count } }
    /// Files linked unchanged from the previous site so far.
    var kept: Int { lock.withLock { keptPaths.count } }

    /// Prefix of the staging and parking folders' names beside an output folder named `name`.
    static func scratchPrefix(for name: String) -> String { "." + name + ".pm-" }

    /// Where the site before the current one is kept beside `output`, for the next publish
    /// to build in.
    static func spare(beside output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(
            scratchPrefix(for: output.lastPathComponent) + "spare", isDirectory: true)
    }

    /// Creates the staging folder beside `output` and reads the previous site's manifest.
    ///
    /// - Throws: ``PublishError`` when `output` is not a folder pm may replace (see
    ///   ``OutputCheck``) or the staging folder cannot be made.
    init(output: URL, scratchID: String) throws(PublishError) {
        self.output = output
        let parent = output.deletingLastPathComponent()
        let prefix = Self.scratchPrefix(for: output.lastPathComponent)
        staging = parent.appendingPathComponent(prefix + "staging-" + scratchID, isDirectory: true)
        parking = parent.appendingPathComponent(prefix + "previous-" + scratchID, isDirectory: true)
        stagingPrefix = Self.folderPrefix(staging)
        outputPrefix = Self.folderPrefix(output)
        let manifestURL = output.appendingPathComponent(SitePath.manifest.rawValue)
        if let data = FileManager.default.contents(atPath: manifestURL.path),
            let manifest = SiteManifest(text: String(decoding: data, as: UTF8.self))
        {
            previous = manifest
        } else {
            previous = SiteManifest()
        }
        recycled = Self.claimSpare(beside: output, as: staging)?.entries ?? [:]
        if !recycled.isEmpty { return }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .output(
                path: staging.path, reason: "cannot create the staging folder (\(error.localizedDescription))",
                fix: "check that the folder holding the output is writable")
        }
    }

    /// Moves the spare site beside `output` to `staging` and removes its manifest; returns
    /// what the manifest said the folder holds, or nil (and no spare is left) when there is
    /// no usable spare.
    private static func claimSpare(beside output: URL, as staging: URL) -> SiteManifest? {
        let spare = spare(beside: output)
        let manifestPath = spare.appendingPathComponent(SitePath.manifest.rawValue).path
        guard FileManager.default.fileExists(atPath: spare.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: manifestPath),
            let manifest = SiteManifest(text: String(decoding: data, as: UTF8.self)), !manifest.entries.isEmpty,
            rename(spare.path, staging.path) == 0
        else {
            try? FileManager.default.removeItem(at: spare)
            return nil
        }
        guard unlink(staging.appendingPathComponent(SitePath.manifest.rawValue).path) == 0 else {
            try? FileManager.default.removeItem(at: staging)
            return nil
        }
        return manifest
    }

    /// Removes scratch folders that earlier publishes, killed midway, left beside `output`.
    /// Call only while holding the publish lock.
    ///
    /// A publish killed between the two renames of a swap where the system cannot exchange
    /// folders leaves no output and the previous site parked: that site is put back first,
    /// so it is never lost, even when this publish fails too.
    static func removeLeftovers(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = scratchPrefix(for: output.lastPathComponent)
        guard var names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        var info = stat()
        if lstat(output.path, &info) != 0, errno == ENOENT,
            let parked = names.filter({ $0.hasPrefix(prefix + "previous-") }).sorted().last,
            rename(parent.appendingPathComponent(parked).path, output.path) == 0
        {
            names.removeAll { $0 == parked }
        }
        for name in names where name.hasPrefix(prefix + "staging-") || name.hasPrefix(prefix + "previous-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private static func folderPrefix(_ folder: URL) -> String {
        let path = folder.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Where `path` is written in the staging folder (a path string: building a `URL` per
    /// file costs more than the file's own system calls).
    private func stagingFile(_ path: SitePath) -> String {
        stagingPrefix + path.rawValue
    }

    /// Where `path` lies in the previous site.
    private func previousFile(_ path: SitePath) -> String {
        outputPrefix + path.rawValue
    }

    /// The key of the inputs the previous site's file at `path` was made from, if any.
    func previousInputKey(_ path: SitePath) -> String? {
        previous.entries[path]?.inputKey
    }

    /// Keeps the previous publish's file at `path` when it was made from the same inputs
    /// (`inputKey`) and is still there, the same size; returns false when the caller must
    /// make the file.
    func keepIfUnchanged(_ path: SitePath, inputKey: String) throws(PublishError) -> Bool {
        guard let old = previous.entries[path], old.inputKey == inputKey else { return false }
        let entry = SiteManifest.Entry(inputKey: inputKey, contentHash: old.contentHash, size: old.size)
        if holdsAlready(path, hash: old.contentHash, size: old.size) {
            record(path, entry, kept: true)
            return true
        }
        guard sizeOnDisk(previousFile(path)) == old.size else { return false }
        try prepareFolder(for: path)
        clear(path)
        guard link(previousFile(path), stagingFile(path)) == 0 else { return false }
        record(path, entry, kept: true)
        return true
    }

    /// Whether the recycled staging folder already holds `path` with these bytes (by their
    /// hash in its manifest and the size on disk), untouched by this build.
    private func holdsAlready(_ path: SitePath, hash: String, size: Int) -> Bool {
        guard let spare = recycled[path], spare.contentHash == hash, spare.size == size, !contains(path) else {
            return false
        }
        return sizeOnDisk(stagingFile(path)) == size
    }

    /// Unlinks what the staging folder holds at `path` (a file of the recycled spare, or one
    /// written earlier in this build), so it can be written anew.
    private func clear(_ path: SitePath) {
        if recycled[path] != nil || contains(path) { unlink(stagingFile(path)) }
    }

    /// The bytes of the previous site's file at `path` when the previous manifest and the
    /// file itself say it holds the bytes of hash `hash` and size `size`; nil otherwise.
    func previousBytes(_ path: SitePath, hash: String, size: Int) -> [UInt8]? {
        guard let old = previous.entries[path], old.contentHash == hash, old.size == size,
            let data = FileManager.default.contents(atPath: previousFile(path)), data.count == size
        else { return nil }
        let bytes = [UInt8](data)
        return StableHash.hex(bytes: bytes) == hash ? bytes : nil
    }

    /// Writes `text` (UTF-8) at `path`; returns the hash of its bytes.
    @discardableResult
    func write(_ text: String, to path: SitePath, inputKey: String? = nil) throws(PublishError) -> String {
        try write(Array(text.utf8), to: path, inputKey: inputKey)
    }

    /// Writes `bytes` at `path`, or links the previous site's file when it holds the same
    /// bytes. `inputKey`, when given, is recorded for ``keepIfUnchanged(_:inputKey:)``.
    /// Returns the hash of the bytes (`StableHash.hex`).
    @discardableResult
    func write(_ bytes: [UInt8], to path: SitePath, inputKey: String? = nil) throws(PublishError) -> String {
        let hash = StableHash.hex(bytes: bytes)
        let entry = SiteManifest.Entry(inputKey: inputKey, contentHash: hash, size: bytes.count)
        if holdsAlready(path, hash: hash, size: bytes.count) {
            record(path, entry, kept: true)
            return hash
        }
        try prepareFolder(for: path)
        let destination = stagingFile(path)
        clear(path)
        if let old = previous.entries[path], old.contentHash == hash, old.size == bytes.count,
            sizeOnDisk(previousFile(path)) == bytes.count, link(previousFile(path), destination) == 0
        {
            record(path, entry, kept: true)
            return hash
        }
        try Self.create(destination, bytes)
        record(path, entry, kept: false)
        return hash
    }

    /// Held while a file is created. A system creates a folder's files one at a time (it
    /// locks the folder), and a thread waiting for that lock in the kernel spins on its
    /// core: one that waits here sleeps, and leaves the core to the threads rendering.
    private static let creating = NSLock()

    /// Writes a new file (never over an existing one or through a link), without an fsync
    /// per file: the site becomes visible only through the rename of its folder.
    private static func create(_ path: String, _ bytes: [UInt8]) throws(PublishError) {
        let (descriptor, failure) = creating.withLock {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            return (descriptor, errno)
        }
        guard descriptor >= 0 else {
            throw .output(
                path: path, reason: "cannot create (\(String(cString: strerror(failure))))",
                fix: "check the free space and permissions of the output's folder")
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw .output(
                    path: path, reason: "cannot write (\(String(cString: strerror(errno))))",
                    fix: "check the free space and permissions of the output's folder")
            }
            written += count
        }
    }

    /// Whether a file was written or kept at `path` in this build.
    func contains(_ path: SitePath) -> Bool {
        lock.withLock { manifest.entries[path] != nil }
    }

    /// Every path written or kept so far, sorted.
    var paths: [SitePath] {
        lock.withLock { manifest.entries.keys.sorted() }
    }

    /// Every path written or kept so far, in no particular order.
    var unorderedPaths: [SitePath] {
        lock.withLock { Array(manifest.entries.keys) }
    }

    private func record(_ path: SitePath, _ entry: SiteManifest.Entry, kept: Bool) {
        lock.withLock {
            manifest.entries[path] = entry
            if kept { keptPaths.insert(path) } else { keptPaths.remove(path) }
        }
    }

    private func prepareFolder(for path: SitePath) throws(PublishError) {
        guard let slash = path.rawValue.lastIndex(of: "/") else { return }
        let folder = String(path.rawValue[..<slash])
        let known = lock.withLock { folders.contains(folder) }
        if known { return }
        let url = staging.appendingPathComponent(folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .output(
                path: url.path, reason: "cannot create the folder (\(error.localizedDescription))",
                fix: "check the free space and permissions of the output's folder")
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    private func sizeOnDisk(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Writes the manifest and swaps the staging folder in place of the output; the previous
    /// site is then removed. On failure the output is left as it was.
    func commit() throws(PublishError) {
        let (text, stale) = lock.withLock {
            (manifest.text, recycled.keys.filter { manifest.entries[$0] == nil })
        }
        try removeStale(stale)
        try Self.create(stagingFile(SitePath.manifest), Array(text.utf8))
        let old: URL?
        do {
            old = try DirectorySwap.replace(output, with: staging, parking: parking)
        } catch {
            throw .output(path: output.path, reason: error.reason, fix: "check the permissions of the output's folder")
        }
        // The site just replaced, whole with its manifest, is the next publish's spare.
        if let old, rename(old.path, Self.spare(beside: output).path) != 0 {
            try? FileManager.default.removeItem(at: old)
        }
    }

    /// Removes the recycled files the new site does not have, and the folders that leaves
    /// empty.
    private func removeStale(_ paths: [SitePath]) throws(PublishError) {
        var folders = Set<String>()
        for path in paths {
            let target = stagingFile(path)
            guard unlink(target) == 0 || errno == ENOENT else {
                throw .output(
                    path: target, reason: "cannot remove (\(String(cString: strerror(errno))))",
                    fix: "check the permissions of the output's folder")
            }
            var components = path.components.dropLast()
            while !components.isEmpty {
                folders.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        // Deepest first; a folder still holding something stays.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(staging.appendingPathComponent(folder, isDirectory: true).path)
        }
    }

    /// Removes the staging folder (after a failure); the output is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
