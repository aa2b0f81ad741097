import Foundation
import PostmortemKit

/// Creates the file of a new report without ever replacing one: `YYYY-MM-DD-<slug>.md` (``Slug``) in
/// the knowledge base's post-mortems folder, or, when that name is taken, the first free
/// one of `…-2.md`, `…-3.md` …. Each name is claimed with `O_CREAT | O_EXCL`, so two `pm new`
/// at the same moment never write the same file.
public enum DraftFile {
    /// How many names are tried before giving up.
    static let maximumAttempts = 1000

    /// Writes `text` to a new file in `folder` (created if missing) named after `day` and `title`.
    ///
    /// - Returns: the file's URL.
    /// - Throws: ``DraftFileError`` naming the path and the reason.
    public static func create(_ text: String, in folder: URL, day: Day, title: String) throws(DraftFileError) -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: folder.path, reason: error.localizedDescription)
        }
        let stem = "\(day)-\(Slug.make(from: title))"
        for attempt in 1...maximumAttempts {
            let name = attempt == 1 ? "\(stem).md" : "\(stem)-\(attempt).md"
            let url = folder.appendingPathComponent(name)
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw .cannotCreate(path: url.path, reason: String(cString: strerror(errno)))
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: Data(text.utf8))
                try handle.close()
            } catch {
                try? FileManager.default.removeItem(at: url)
                throw .cannotCreate(path: url.path, reason: error.localizedDescription)
            }
            return url
        }
        throw .noFreeName(folder: folder.path, stem: stem)
    }
}

/// Why a new report's file could not be written.
public enum DraftFileError: LocalizedError, Equatable, Sendable {
    case cannotCreate(path: String, reason: String)
    case noFreeName(folder: String, stem: String)

    public var errorDescription: String? {
        switch self {
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason). Check the folder's permissions and free space."
        case .noFreeName(let folder, let stem):
            return "\(folder) already holds \(DraftFile.maximumAttempts) files named \(stem)…; choose another title."
        }
    }
}
