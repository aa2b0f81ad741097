import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// `StorePool.concurrently`: two reads at once, one after the other inside pinned reads.
@Suite struct StorePoolTests {
    let folder = TemporaryFolder()

    struct Refused: Error, Equatable {}

    static func count(_ store: IncidentStore) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? -1 }
    }

    @Test func bothResultsComeBackAndEitherErrorIsThrown() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(Incident(id: "pm-pool0001", title: "One"))

        let (first, second) = try store.pool.concurrently({ try Self.count(store) }, { try Self.count(store) + 1 })
        #expect(first == 1 && second == 2)
        #expect(throws: Refused()) {
            _ = try store.pool.concurrently({ try Self.count(store) }, { () throws -> Int in throw Refused() })
        }
        #expect(throws: Refused()) { _ = try store.pool.concurrently({ () throws -> Int in throw Refused() }, { 1 }) }
    }

    @Test func insidePinnedReadsBothSeeThePinnedState() throws {
        let path = folder.path("kb.sqlite")
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        try store.save(Incident(id: "pm-pool0001", title: "One"))
        let other = try IncidentStore(path: path)

        let (first, second) = try store.pool.pinningReads {
            let before = try Self.count(store)
            try other.save(Incident(id: "pm-pool0002", title: "Two"))
            return try store.pool.concurrently({ before }, { try Self.count(store) })
        }

        #expect(first == 1 && second == 1)
        #expect(try Self.count(store) == 2)
    }
}
