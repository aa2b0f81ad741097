import Foundation

/// Finds the documents to import under the paths a user gave: files as they are, folders
/// recursively (`.md`, `.markdown`, `.txt`, and files without an extension that look like
/// Markdown), `-` for standard input. Hidden files and folders are skipped; symbolic links
/// to folders are not followed (no loops), links to files are.
public enum DocumentFinder {
    /// One thing to import, or a path that could not be used.
    public enum Item: Sendable, Equatable {
        case file(path: String)
        case standardInput
        case problem(path: String, message: String)
    }

    public static let extensions: Set<String> = ["md", "markdown", "txt", "mdown", "mkd"]

    public static func items(for paths: [String], fileManager: FileManager = .default) -> [Item] {
        var items: [Item] = []
        var seen: Set<String> = []
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // fileExists follows links; the link itself may still be there.
                let isLink =
                    (try? fileManager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
                    == .typeSymbolicLink
                let message =
                    isLink
                    ? "a symbolic link that leads nowhere (a loop, or its target is gone)" : "no such file or folder"
                items.append(.problem(path: path, message: message))
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().path).inserted {
                    items.append(.file(path: path))
                }
                continue
            }
            for file in walk(folder: path, fileManager: fileManager)
            where seen.insert(URL(fileURLWithPath: file).resolvingSymlinksInPath().path).inserted {
                items.append(.file(path: file))
            }
        }
        return items
    }

    /// The importable files below `folder`, sorted, without following linked folders.
    static func walk(folder: String, fileManager: FileManager) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? fileManager.contentsOfDirectory(atPath: current) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                guard let attributes = try? fileManager.attributesOfItem(atPath: path),
                    let type = attributes[.type] as? FileAttributeType
                else { continue }
                switch type {
                case .typeDirectory:
                    pending.append(path)
                case .typeRegular:
                    if isImportable(path) { found.append(path) }
                case .typeSymbolicLink:
                    var isDirectory: ObjCBool = false
                    if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                        isImportable(path)
                    {
                        found.append(path)
                    }
                default:
                    continue
                }
            }
        }
        return found.sorted()
    }

    /// Whether the file's name says it is a document, or, without an extension, its first
    /// bytes look like text.
    static func isImportable(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if extensions.contains(ext) { return true }
        guard ext.isEmpty, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        guard !head.isEmpty, !head.contains(0) else { return false }
        let text = String(decoding: head, as: UTF8.self)
        let markers = ["# ", "## ", "---", "- ", "* ", "|", "**", "==="]
        return text.split(separator: "\n").prefix(40).contains { line in
            markers.contains { line.hasPrefix($0) }
        }
    }
}
