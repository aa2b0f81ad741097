import Foundation
import GRDB

extension IncidentStore {
    /// Writes a consistent copy of the store to `destination` through SQLite's online backup
    /// API, safe while other connections or processes write: the copy is the store as it was
    /// at one instant.
    ///
    /// The copy is written to a temporary file beside `destination`, checked, and moved into
    /// place, so `destination` is either the whole copy or untouched.
    ///
    /// - Parameter overwrite: whether to replace an existing file. Default false.
    /// - Throws: `StoreError.backupTargetExists` when `destination` exists and `overwrite`
    ///   is false; `StoreError.backupFailed` when the copy cannot be written.
    public func backup(to destination: String, overwrite: Bool = false) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: destination)
        if !overwrite && fileManager.fileExists(atPath: target.path) {
            throw StoreError.backupTargetExists(path: destination)
        }
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.backupFailed(path: destination, detail: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? fileManager.removeItem(atPath: temporary.path + suffix)
            }
        }
        do {
            let copy = try DatabaseQueue(path: temporary.path, configuration: Self.configuration(Options()))
            try pool.backup(to: copy)
            let check = try copy.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
            try copy.close()
            guard check == "ok" else {
                throw StoreError.backupFailed(path: destination, detail: "the copy failed its check: \(check ?? "")")
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.backupFailed(path: destination, detail: error.message ?? "\(error.resultCode)")
        }
        try Self.moveIntoPlace(temporary.path, destination, overwrite: overwrite)
    }

    /// Renames `source` to `destination` in one step. Without `overwrite`, never replaces a
    /// file that appeared meanwhile: links the new name (which fails when it exists) and
    /// then drops the old one.
    private static func moveIntoPlace(_ source: String, _ destination: String, overwrite: Bool) throws {
        if !overwrite {
            if link(source, destination) == 0 {
                unlink(source)
                return
            }
            let code = errno
            if code == EEXIST { throw StoreError.backupTargetExists(path: destination) }
            // A file system without hard links: fall back to a checked rename.
            if FileManager.default.fileExists(atPath: destination) {
                throw StoreError.backupTargetExists(path: destination)
            }
        }
        guard rename(source, destination) == 0 else {
            throw StoreError.backupFailed(path: destination, detail: String(cString: strerror(errno)))
        }
    }
}
