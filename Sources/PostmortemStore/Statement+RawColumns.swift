import GRDB
import GRDBSQLite

/// The columns of the row a statement stands on, read in place: for the queries that read
/// hundreds of thousands of rows, where making a `String` or a `DatabaseValue` of every
/// value costs more than SQLite's own work.
extension Statement {
    /// Calls `body` with the text of `column` as bytes (nil for NULL), which stay valid
    /// only inside `body`, before the statement steps again.
    func withBytes<T>(ofColumn column: Int32, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T {
        let statement = sqliteStatement
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let text = sqlite3_column_text(statement, column)
        else { return try body(nil) }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column))))
    }

    /// Calls `body` with the text of `column` as bytes (none for NULL), which stay valid
    /// only inside `body`, before the statement steps again.
    func withText<T>(ofColumn column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try withBytes(ofColumn: column) { try body($0 ?? UnsafeBufferPointer(start: nil, count: 0)) }
    }

    /// The integer in `column`; nil for NULL.
    func integer(ofColumn column: Int32) -> Int? {
        let statement = sqliteStatement
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        return Int(sqlite3_column_int64(statement, column))
    }

    /// Steps through the statement's rows, calling `body` on each (the row stands for the
    /// statement's current row: read its columns there or from the statement itself).
    func forEachRow(arguments: StatementArguments = StatementArguments(), _ body: (Row) throws -> Void) throws {
        let rows = try Row.fetchCursor(self, arguments: arguments)
        while let row = try rows.next() { try body(row) }
    }
}
