import Foundation
import GRDB
import PostmortemKit

extension IncidentStore {
    /// Checks the store: SQLite's integrity check, rows that belong to no incident, both
    /// full-text indexes against the rows they index, the term counts of search ranking
    /// (`search_terms`) against the index, incidents missing from the index,
    /// and whether each incident's source file is still there. Changes nothing.
    ///
    /// - Parameter sourceBase: the folder a relative source path (written by an older pm)
    ///   is resolved against; the knowledge base's root.
    /// - Returns: the problems found, each with how to fix it; empty when all is well.
    public func check(sourceBase: URL) throws -> [CheckProblem] {
        try access {
            let damage = try pool.read { db in try Self.integrityProblems(db, path: path) }
            // A damaged file makes every later answer doubtful: report the damage alone.
            guard damage.isEmpty else { return damage }
            let orphans = try pool.read(Self.orphanProblems)
            // FTS5 runs its integrity check as an INSERT command, which a read-only
            // connection refuses; it writes nothing.
            let index = try pool.writeWithoutTransaction(Self.indexProblems)
            return try orphans + index
                + pool.read { db in try Self.unindexedProblems(db) + Self.sourceProblems(db, base: sourceBase) }
        }
    }

    /// Fixes what `check` reports as repairable, in one transaction: deletes rows that
    /// belong to no incident, re-indexes incidents missing from the full-text index,
    /// rebuilds both indexes from their rows, and counts the indexed terms again. Returns what it did, one line per action.
    @discardableResult
    public func repair() throws -> [String] {
        try access {
            try pool.write { db in
                var done: [String] = []
                for table in IncidentParts.partTables.map({ $0.databaseTableName }) {
                    try db.execute(
                        sql: "DELETE FROM \(table) WHERE incident_id NOT IN (SELECT id FROM incidents)")
                    let count = db.changesCount
                    if count > 0 { done.append("deleted \(count) orphaned row\(count == 1 ? "" : "s") of \(table)") }
                }
                // The incident index is rebuilt below: no entry of it is touched before.
                let indexed = try Self.indexUnindexed(db, keepingIncidentIndex: false)
                if indexed > 0 { done.append("indexed \(indexed) incident\(indexed == 1 ? "" : "s") for search") }
                for index in Self.searchIndexes {
                    try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES('rebuild')")
                }
                try SearchTermStatistics.rebuild(db)
                done.append(
                    "rebuilt the full-text indexes " + Self.searchIndexes.dropLast().joined(separator: ", ") + " and "
                        + (Self.searchIndexes.last ?? ""))
                return done
            }
        }
    }

    /// Writes the search entries of every incident that has none; returns how many.
    ///
    /// - Parameter keepingIncidentIndex: whether to update each one's entry of the incident
    ///   index (`SearchIncidentIndex`); false when the caller rebuilds that index after, so
    ///   that a damaged one is not touched first.
    static func indexUnindexed(_ db: Database, keepingIncidentIndex: Bool = true) throws -> Int {
        let ids = try String.fetchAll(db, sql: unindexedSQL)
        for id in ids {
            guard let incident = try incidents(db, id: id).first else { continue }
            if keepingIncidentIndex { try SearchIncidentIndex.remove(id, db) }
            try SearchDocRecord.deleteAll(db, incidentID: id)
            for document in SearchDocuments.records(for: incident) { try document.insert(db) }
            if keepingIncidentIndex { try SearchIncidentIndex.add(id, db) }
        }
        return ids.count
    }

    /// The full-text indexes over `search_docs`, the last one by incident.
    static let searchIndexes = ["search_index", "search_words", "search_incidents"]

    static let unindexedSQL = """
        SELECT id FROM incidents AS i WHERE title != '' AND NOT EXISTS
            (SELECT 1 FROM search_docs AS d WHERE d.incident_id = i.id AND d.kind = 'title')
        ORDER BY id
        """

    private static let rebuildFix =
        "Restore the store from a backup (`pm backup FILE` makes one), or rebuild it: `pm init NEW`, "
        + "`pm import` your post-mortems into NEW, then replace this store file with NEW's"

    /// The problem to report for a store file that cannot be opened at all (`StoreError.corrupt`,
    /// `.notADatabase`), with `detail` saying why.
    public static func damagedStoreProblem(path: String, detail: String) -> CheckProblem {
        CheckProblem(kind: .storeDamaged, subject: path, message: detail, fix: rebuildFix)
    }

    private static func integrityProblems(_ db: Database, path: String) throws -> [CheckProblem] {
        let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard rows != ["ok"] else { return [] }
        return rows.map { row in damagedStoreProblem(path: path, detail: "SQLite's integrity check: \(row)") }
    }

    private static func orphanProblems(_ db: Database) throws -> [CheckProblem] {
        let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        var counts: [String: Int] = [:]
        for row in rows {
            let table: String = row[0]
            counts[table, default: 0] += 1
        }
        return counts.keys.sorted().map { table in
            let count = counts[table] ?? 0
            return CheckProblem(
                kind: .orphanedRows, subject: table,
                message: "\(count) row\(count == 1 ? "" : "s") of \(table) belong to no incident",
                fix: "Run `pm check --repair` to delete them (they are parts of incidents no longer stored)",
                repairable: true)
        }
    }

    private static func indexProblems(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        for index in searchIndexes {
            do {
                // rank 1: compare the index with the rows of search_docs too.
                try db.execute(sql: "INSERT INTO \(index)(\(index), rank) VALUES('integrity-check', 1)")
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_CORRUPT || error.extendedResultCode == .SQLITE_CORRUPT_VTAB
            {
                problems.append(
                    CheckProblem(
                        kind: .searchIndexInconsistent, subject: index,
                        message: "the full-text index \(index) does not match the search entries it indexes; "
                            + "search may miss incidents or return stale ones",
                        fix: "Run `pm check --repair` to rebuild it from the stored incidents", repairable: true))
            }
        }
        // Counted against the indexes, so only worth comparing when they are sound.
        if problems.isEmpty {
            for (table, wrong) in try SearchTermStatistics.mismatches(db) {
                problems.append(
                    CheckProblem(
                        kind: .searchIndexInconsistent, subject: table,
                        message: "the counts of \(wrong) indexed term\(wrong == 1 ? "" : "s") in \(table) differ "
                            + "from the full-text index; search weighs those terms wrongly or misses typo corrections",
                        fix: "Run `pm check --repair` to count them again", repairable: true))
            }
        }
        return problems
    }

    private static func unindexedProblems(_ db: Database) throws -> [CheckProblem] {
        try String.fetchAll(db, sql: unindexedSQL).map { id in
            CheckProblem(
                kind: .notIndexed, subject: id, message: "incident \(id) has no entries in the search index",
                fix: "Run `pm check --repair` to index it", repairable: true)
        }
    }

    private static func sourceProblems(_ db: Database, base: URL) throws -> [CheckProblem] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, source_path FROM incidents WHERE source_path IS NOT NULL ORDER BY source_path, id")
        var problems: [CheckProblem] = []
        var checked: [String: Bool] = [:]
        for row in rows {
            let id: String = row[0]
            let sourcePath: String = row[1]
            // Standard input and paths recorded empty have no file to look for.
            guard sourcePath != "-", !sourcePath.isEmpty else { continue }
            let resolved =
                sourcePath.hasPrefix("/")
                ? sourcePath : base.appendingPathComponent(sourcePath).standardizedFileURL.path
            let exists = checked[resolved] ?? FileManager.default.fileExists(atPath: resolved)
            checked[resolved] = exists
            guard !exists else { continue }
            problems.append(
                CheckProblem(
                    kind: .sourceMissing, subject: id,
                    message: "incident \(id) was imported from \(resolved), which is gone",
                    fix: "If the file moved, import it from its new place (`pm import NEW-PATH`): the incident keeps "
                        + "its id. If it was deleted on purpose, keep the incident as it is or `pm delete \(id)`"))
        }
        return problems
    }
}
