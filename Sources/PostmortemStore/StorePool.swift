import Foundation
import GRDB

/// The store's connections: GRDB's pool, whose reads can be pinned to one transaction.
///
/// Inside ``pinningReads(_:)`` every `read` made on the same thread runs in that one read
/// transaction instead of a new one, so a caller that makes many queries (a publish) sees a
/// single state of the store, whatever other processes commit meanwhile. Everything else
/// goes straight to the pool.
final class StorePool: Sendable {
    let base: DatabasePool

    init(_ base: DatabasePool) {
        self.base = base
    }

    /// The transaction reads on this thread are pinned to, if any.
    private struct Pin: @unchecked Sendable {
        // The Database is used only on the thread that pinned it, inside the pinning call.
        unowned let pool: StorePool
        let db: Database
    }

    @TaskLocal private static var pin: Pin?

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let pin = Self.pin, pin.pool === self { return try body(pin.db) }
        return try base.read(body)
    }

    /// Runs `updates` in one write transaction, which ends by bringing the search term
    /// counts up to date with what it stored (`SearchTermStatistics.fold`).
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try base.write { db in
            let result = try updates(db)
            try SearchTermStatistics.fold(db)
            return result
        }
    }

    /// A write outside any transaction, for statements that manage their own (FTS5's
    /// integrity-check command).
    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try base.writeWithoutTransaction(updates)
    }

    func close() throws {
        try base.close()
    }

    func backup(to writer: some DatabaseWriter) throws {
        try base.backup(to: writer)
    }

    /// Runs `first` on this thread and `second` on another at the same time, each reading
    /// through its own connection, and returns both results; one after the other when reads
    /// are pinned (``pinningReads(_:)``), so a pinned caller still sees one state. Throws
    /// the first error, after both finished.
    func concurrently<A, B: Sendable>(_ first: () throws -> A, _ second: @escaping @Sendable () throws -> B) throws
        -> (A, B)
    {
        if let pin = Self.pin, pin.pool === self { return (try first(), try second()) }
        let other = Outcome<B>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { other.set(Result { try second() }) }
        let mine = Result { try first() }
        group.wait()
        return (try mine.get(), try other.get())
    }

    /// The result of the other thread of ``concurrently(_:_:)``, set once before it is read.
    private final class Outcome<B: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<B, any Error>?

        func set(_ result: Result<B, any Error>) {
            lock.lock()
            defer { lock.unlock() }
            self.result = result
        }

        func get() throws -> B {
            lock.lock()
            defer { lock.unlock() }
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }

    /// Runs `body` with every `read` on this thread inside one read transaction.
    func pinningReads<T>(_ body: () throws -> T) throws -> T {
        if let pin = Self.pin, pin.pool === self { return try body() }
        return try base.read { db in
            try Self.$pin.withValue(Pin(pool: self, db: db)) { try body() }
        }
    }
}
