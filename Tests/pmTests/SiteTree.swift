import Foundation
import PostmortemKit

/// Every entry of a folder tree as a line saying what it is: `folder`, `link -> target`, or
/// `file <size> <hash of the bytes>`, by path relative to the folder. Two trees are equal
/// exactly when they hold the same folders and links and byte-identical files.
struct SiteTree: Equatable {
    var entries: [String: String]

    /// The tree at `url`, or nil when there is nothing there.
    static func read(_ url: URL) throws -> SiteTree? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        var entries: [String: String] = [:]
        try walk(url, prefix: "", into: &entries)
        return SiteTree(entries: entries)
    }

    private static func walk(_ folder: URL, prefix: String, into entries: inout [String: String]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let path = prefix + name
            var info = stat()
            guard lstat(url.path, &info) == 0 else {
                entries[path] = "vanished"
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[path] = "folder"
                try walk(url, prefix: path + "/", into: &entries)
            case S_IFLNK:
                entries[path] = "link -> " + (try FileManager.default.destinationOfSymbolicLink(atPath: url.path))
            case S_IFREG:
                let bytes = try Data(contentsOf: url)
                entries[path] = "file \(bytes.count) \(StableHash.hex(bytes: bytes))"
            default:
                entries[path] = "special file"
            }
        }
    }

    /// The files only (no folders), by path.
    var files: [String: String] { entries.filter { $0.value.hasPrefix("file ") } }

    /// What differs from `other`, briefly: how many paths, and the first few.
    func difference(from other: SiteTree) -> String {
        let paths = Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
        let shown = paths.prefix(4).map { "\($0) (\(entries[$0] ?? "missing") vs \(other.entries[$0] ?? "missing"))" }
        return "\(paths.count) paths differ: " + shown.joined(separator: ", ")
    }

    /// What is wrong with the tree as a published site: a file the manifest
    /// (`.pm-site-manifest`) does not list or lists with other bytes, a listed file missing.
    /// Empty: the tree is exactly the site its manifest describes.
    func manifestProblems(root: URL) throws -> [String] {
        let manifestPath = ".pm-site-manifest"
        let text = String(decoding: try Data(contentsOf: root.appendingPathComponent(manifestPath)), as: UTF8.self)
        var lines = text.split(separator: "\n")[...]
        guard lines.first == "pm-site-manifest 1" else { return ["the manifest has no header"] }
        lines = lines.dropFirst()
        var listed: [String: String] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { return ["a manifest line of \(fields.count) fields: \(line)"] }
            listed[String(fields[0])] = "file \(fields[3]) \(fields[2])"
        }
        var problems: [String] = []
        var onDisk = files
        onDisk.removeValue(forKey: manifestPath)
        for path in Set(listed.keys).union(onDisk.keys).sorted() where listed[path] != onDisk[path] {
            problems.append("\(path): listed as \(listed[path] ?? "nothing"), on disk \(onDisk[path] ?? "nothing")")
        }
        return problems
    }
}
