import Foundation
import GRDB

/// Why the store could not do what was asked. Every message names the file and says what
/// to do next.
public enum StoreError: Error, Equatable, Sendable, LocalizedError {
    /// There is no store file at `path` and the caller did not ask to create one.
    case notFound(path: String)
    /// The file cannot be opened at all (a folder, no permission, a missing parent folder).
    case cannotOpen(path: String, detail: String)
    /// The file is not an SQLite database.
    case notADatabase(path: String)
    /// The file is an SQLite database, but not one pm made.
    case notAStore(path: String)
    /// The store was migrated by a newer pm: it holds migrations this pm does not know.
    case schemaTooNew(path: String, unknownMigrations: [String])
    /// SQLite found the file damaged.
    case corrupt(path: String, detail: String)
    /// A column holds a value this pm cannot read (written by a newer pm or edited by hand).
    case unreadableValue(path: String, table: String, column: String, value: String)
    /// Another process kept the store locked for longer than the busy timeout.
    case busy(path: String)
    /// `backup(to:)` was given a file that exists and was not asked to overwrite it.
    case backupTargetExists(path: String)
    /// The backup could not be written or moved into place.
    case backupFailed(path: String, detail: String)
    /// The full-text query is not valid FTS5 syntax.
    case invalidSearchQuery(query: String, detail: String)
    /// Any other SQLite error.
    case database(path: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let path):
            return "\(path): no pm store here. Run `pm init` to create a knowledge base, or pass --kb."
        case .cannotOpen(let path, let detail):
            return "\(path): cannot open the store (\(detail)). Check that the path is a file you may read and write."
        case .notADatabase(let path):
            return "\(path): not a pm store (not an SQLite database). Left it untouched; point pm at the store file."
        case .notAStore(let path):
            return "\(path): an SQLite database, but not a pm store. Left it untouched; point pm at the store file."
        case .schemaTooNew(let path, let unknown):
            return "\(path): this store was written by a newer pm (unknown migrations: "
                + unknown.joined(separator: ", ") + "). Left it untouched; upgrade pm to open it."
        case .corrupt(let path, let detail):
            return "\(path): the store is damaged (\(detail)). Restore it from a backup, "
                + "or rebuild it from the Markdown files."
        case .unreadableValue(let path, let table, let column, let value):
            return "\(path): \(table).\(column) holds '\(value)', which this pm cannot read. "
                + "Upgrade pm, or rebuild the store from the Markdown files."
        case .busy(let path):
            return "\(path): knowledge base busy: another process kept the store locked past the busy timeout. "
                + "Wait for the other pm to finish and try again."
        case .backupTargetExists(let path):
            return "\(path): already exists; the backup did not overwrite it. Choose another file or allow overwriting."
        case .backupFailed(let path, let detail):
            return "\(path): the backup failed (\(detail)); nothing was written there. Check the folder and free space."
        case .invalidSearchQuery(let query, let detail):
            return "'\(query)' is not valid FTS5 query syntax (\(detail)). Fix it (balance quotes and parentheses, "
                + "write operators in capitals between terms, quote words holding punctuation: \"pg_basebackup\"), "
                + "or search without --raw, which reads every word as plain text."
        case .database(let path, let detail):
            return "\(path): database error (\(detail))."
        }
    }

    /// `error` as a `StoreError` about the file at `path` when it is an SQLite error;
    /// other errors unchanged.
    static func wrapping(_ error: any Error, path: String) -> any Error {
        switch error {
        case let error as StoreError:
            return error
        case let error as UnreadableColumnValue:
            return StoreError.unreadableValue(path: path, table: error.table, column: error.column, value: error.value)
        case let error as DatabaseError:
            let detail = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return StoreError.busy(path: path)
            case .SQLITE_NOTADB:
                return StoreError.notADatabase(path: path)
            case .SQLITE_CORRUPT:
                return StoreError.corrupt(path: path, detail: detail)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return StoreError.cannotOpen(path: path, detail: detail)
            default:
                return StoreError.database(path: path, detail: detail)
            }
        default:
            return error
        }
    }
}
