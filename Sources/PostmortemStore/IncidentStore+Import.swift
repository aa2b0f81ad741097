import GRDB
import PostmortemKit

/// What storing one imported incident did.
public enum ImportOutcome: String, Sendable, Codable, CaseIterable {
    /// A new incident.
    case imported
    /// An incident already stored, now replaced by the new version.
    case updated
    /// An incident already stored exactly so: nothing was written.
    case unchanged
}

/// The incidents of one imported document as stored, and what was noticed on the way.
public struct StoredImport: Sendable, Equatable {
    /// The incidents as saved (with the ids they were saved under), in document order.
    public var incidents: [Incident]
    public var outcomes: [ImportOutcome]
    /// Doubts worth telling the user ("looks like pm-… under another id").
    public var warnings: [String]
}

extension IncidentStore {
    /// Stores the incidents of one imported document in one transaction, so a re-import
    /// updates rather than duplicates:
    ///
    /// - an incident whose id the document itself gave (front matter) keeps it;
    /// - otherwise a document seen before, by its content `fingerprint` (which survives a
    ///   rename or a move) or else by its `sourcePath` (an edited file) or one of the
    ///   `formerSourcePaths` it may have been stored under, keeps the id it was stored under;
    /// - otherwise the incident keeps the id the importer derived.
    ///
    /// A new incident with the title and date of another stored incident is stored, and
    /// named in a warning rather than silently twinned. Unchanged incidents are not written.
    /// With `dryRun` (default false) nothing is written at all: the result says what an
    /// import would do.
    public func storeImport(
        _ incidents: [Incident], fingerprint: String?, sourcePath: String, formerSourcePaths: [String] = [],
        documentGaveIDs: Bool, dryRun: Bool = false
    ) throws -> StoredImport {
        try access {
            try pool.write { db in
                var resolved = incidents
                if !documentGaveIDs, incidents.count == 1 {
                    let known =
                        try fingerprint.flatMap { try Self.id(db, IncidentRecord.Columns.fingerprint == $0) }
                        ?? Self.id(db, ([sourcePath] + formerSourcePaths).contains(IncidentRecord.Columns.sourcePath))
                    if let known { resolved[0].id = known }
                }
                var outcomes: [ImportOutcome] = []
                var warnings: [String] = []
                var changed: [Incident] = []
                for incident in resolved {
                    if let existing = try Self.incidents(db, id: incident.id.rawValue).first {
                        let sameFingerprint =
                            try String.fetchOne(
                                db,
                                IncidentRecord.select(IncidentRecord.Columns.fingerprint).filter(
                                    key: incident.id.rawValue))
                            == fingerprint
                        if existing == incident && sameFingerprint {
                            outcomes.append(.unchanged)
                        } else {
                            outcomes.append(.updated)
                            changed.append(incident)
                        }
                        continue
                    }
                    outcomes.append(.imported)
                    changed.append(incident)
                    if let twin = try Self.lookalike(of: incident, db) {
                        warnings.append(
                            "'\(incident.title)' looks like \(twin) already in the store (same title and date) but has "
                                + "another identity; stored as \(incident.id). If it is the same incident, give the "
                                + "document `id: \(twin)` in its front matter and import it again, then `pm delete \(incident.id)`."
                        )
                    }
                }
                if !dryRun { try Self.write(try Self.prepare(changed, fingerprint: fingerprint), db) }
                return StoredImport(incidents: resolved, outcomes: outcomes, warnings: warnings)
            }
        }
    }

    private static func id(_ db: Database, _ predicate: SQLExpression) throws -> IncidentID? {
        try String.fetchOne(
            db,
            IncidentRecord.select(IncidentRecord.Columns.id).filter(predicate).order(IncidentRecord.Columns.id).limit(1)
        ).map(IncidentID.init(rawValue:))
    }

    static let lookalikeSQL = """
        SELECT id FROM incidents WHERE lower(title) = lower(?) AND date IS ? AND id != ? ORDER BY id LIMIT 1
        """

    private static func lookalike(of incident: Incident, _ db: Database) throws -> IncidentID? {
        // By date first (indexed), so the check never scans the table; lower() folds ASCII only.
        try String.fetchOne(
            db, sql: Self.lookalikeSQL,
            arguments: [incident.title, incident.date?.description, incident.id.rawValue]
        ).map(IncidentID.init(rawValue:))
    }
}
