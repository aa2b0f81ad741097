import PostmortemKit

/// What `pm sync` did (or, in a dry run, would do) to the store.
///
/// Encoded as `{"dryRun", "files": [{path, outcome, incidents: [{id, title}], previousPath,
/// findings, error}], "gone": [{id, title, path}], "taxonomyChanged", "summary": {added, updated, renamed,
/// unchanged, gone, failed}}`.
public struct SyncReport: Encodable, Equatable, Sendable {
    /// What happened to one file.
    public enum Outcome: String, Encodable, Sendable {
        /// Its incidents are new to the store.
        case added
        /// Its content changed and was imported again.
        case updated
        /// Its incidents were stored from another path, which is gone: the file was renamed
        /// or moved (and perhaps edited). The incidents keep their ids.
        case renamed
        /// Its bytes are those imported last time: skipped without being read as Markdown.
        case unchanged
        /// It could not be read or imported; the store holds what it held.
        case failed
    }

    /// An incident by id and title.
    public struct Item: Encodable, Equatable, Sendable {
        public var id: IncidentID
        public var title: String

        public init(id: IncidentID, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// One file of the post-mortems folder.
    public struct File: Encodable, Equatable, Sendable {
        /// Relative to the knowledge base (`postmortems/2026-03-01-disk-full.md`).
        public var path: String
        public var outcome: Outcome
        public var incidents: [Item]
        /// For a renamed file, the path its incidents were stored from.
        public var previousPath: String?
        /// The importer's findings and the store's warnings (none for unchanged files).
        public var findings: [Finding]
        /// Why a failed file failed.
        public var error: String?

        public init(
            path: String, outcome: Outcome, incidents: [Item] = [], previousPath: String? = nil,
            findings: [Finding] = [], error: String? = nil
        ) {
            self.path = path
            self.outcome = outcome
            self.incidents = incidents
            self.previousPath = previousPath
            self.findings = findings
            self.error = error
        }

        enum CodingKeys: String, CodingKey { case path, outcome, incidents, previousPath, findings, error }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(incidents, forKey: .incidents)
            try c.encode(previousPath, forKey: .previousPath)
            try c.encode(findings, forKey: .findings)
            try c.encode(error, forKey: .error)
        }
    }

    /// A stored incident whose file is no longer in the post-mortems folder. It is kept:
    /// `pm delete ID` removes it.
    public struct Gone: Encodable, Equatable, Sendable {
        public var id: IncidentID
        public var title: String
        /// The path it was read from.
        public var path: String

        public init(id: IncidentID, title: String, path: String) {
            self.id = id
            self.title = title
            self.path = path
        }
    }

    /// How many files had each outcome, and how many incidents are gone.
    public struct Summary: Encodable, Equatable, Sendable {
        public var added = 0
        public var updated = 0
        public var renamed = 0
        public var unchanged = 0
        public var gone = 0
        public var failed = 0

        public init() {}
    }

    /// Whether nothing was written.
    public var dryRun: Bool
    /// Every file of the folder, sorted by path.
    public var files: [File]
    /// Incidents whose file is gone, sorted by path, then id.
    public var gone: [Gone]
    /// Whether the taxonomy differed from the one the last sync classified with, so every
    /// file was read again (and those whose failure modes changed are `updated`).
    public var taxonomyChanged: Bool

    public init(dryRun: Bool, files: [File], gone: [Gone], taxonomyChanged: Bool = false) {
        self.dryRun = dryRun
        self.files = files
        self.gone = gone
        self.taxonomyChanged = taxonomyChanged
    }

    public var summary: Summary {
        var summary = Summary()
        for file in files {
            switch file.outcome {
            case .added: summary.added += 1
            case .updated: summary.updated += 1
            case .renamed: summary.renamed += 1
            case .unchanged: summary.unchanged += 1
            case .failed: summary.failed += 1
            }
        }
        summary.gone = gone.count
        return summary
    }

    enum CodingKeys: String, CodingKey { case dryRun, files, gone, taxonomyChanged, summary }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(files, forKey: .files)
        try c.encode(gone, forKey: .gone)
        try c.encode(taxonomyChanged, forKey: .taxonomyChanged)
        try c.encode(summary, forKey: .summary)
    }
}
