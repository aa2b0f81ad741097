import Foundation

/// The templates and front-end files pm works with: the bundled ones, overridden file by file by a
/// knowledge base's own `templates/` and `site/` folders.
///
/// Paths are relative to the theme root and start with `templates/` or `site/`, e.g.
/// `templates/new/standard.md.mustache`. A knowledge base's file of the same path wins.
public struct Theme: Sendable {
    /// The folder holding the overriding `templates/` and `site/` folders (a knowledge base's root), if any.
    public let overrideRoot: URL?
    private let bundled: [String: String]

    /// The bundled theme, optionally overridden by the folders under `overrideRoot`.
    public init(overrideRoot: URL? = nil) {
        self.init(overrideRoot: overrideRoot, bundled: BundledFiles.all)
    }

    /// A theme over the given bundled files (for tests of the lookup itself).
    init(overrideRoot: URL?, bundled: [String: String]) {
        self.overrideRoot = overrideRoot
        self.bundled = bundled
    }

    /// The file at `path`: the knowledge base's copy when it has one, else the bundled one.
    ///
    /// - Throws: ``ThemeError/invalidPath(_:)`` for anything but a plain relative path,
    ///   ``ThemeError/missing(path:available:)`` when neither has it, and
    ///   ``ThemeError/unreadable(path:reason:)`` when the override cannot be read.
    public func file(_ path: String) throws(ThemeError) -> ThemeFile {
        try Self.validate(path)
        if let override = try overrideFile(path) {
            return override
        }
        guard let contents = bundled[path] else {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let available = folder.isEmpty ? [] : try files(under: folder).map(\.path)
            throw .missing(path: path, available: available)
        }
        return ThemeFile(path: path, contents: contents, origin: .bundled)
    }

    /// Every file under `folder` (e.g. `templates/new` or `site`), bundled and overriding,
    /// the override winning for a path both have; sorted by path. Hidden files are skipped.
    public func files(under folder: String) throws(ThemeError) -> [ThemeFile] {
        try Self.validate(folder)
        let prefix = folder + "/"
        var byPath: [String: ThemeFile] = [:]
        for (path, contents) in bundled where path.hasPrefix(prefix) {
            byPath[path] = ThemeFile(path: path, contents: contents, origin: .bundled)
        }
        for path in overridePaths(under: folder) {
            if let file = try overrideFile(path) {
                byPath[path] = file
            }
        }
        return byPath.keys.sorted().compactMap { byPath[$0] }
    }

    private func overrideFile(_ path: String) throws(ThemeError) -> ThemeFile? {
        guard let overrideRoot else { return nil }
        let url = overrideRoot.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return ThemeFile(path: path, contents: text, origin: .knowledgeBase)
    }

    private func overridePaths(under folder: String) -> [String] {
        guard let overrideRoot else { return [] }
        let base = overrideRoot.appendingPathComponent(folder, isDirectory: true)
        guard
            let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        let basePath = base.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(basePath + "/") else { continue }
            let relative = folder + "/" + full.dropFirst(basePath.count + 1)
            if url.lastPathComponent != "README.md", (try? Self.validate(relative)) != nil {
                paths.append(relative)
            }
        }
        return paths
    }

    /// A theme path is one or more plain names separated by `/`: no `..`, no leading `/` or `.`.
    static func validate(_ path: String) throws(ThemeError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let plain =
            !components.isEmpty
            && components.allSatisfy { component in
                !component.isEmpty && !component.hasPrefix(".")
                    && component.unicodeScalars.allSatisfy { scalar in
                        scalar.isASCII
                            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                || scalar == "-" || scalar == "_" || scalar == ".")
                    }
            }
        guard plain else { throw .invalidPath(path) }
    }
}
