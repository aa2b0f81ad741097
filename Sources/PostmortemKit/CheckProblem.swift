/// One thing `pm check` found wrong with a knowledge base, and how to put it right.
public struct CheckProblem: Hashable, Codable, Sendable {
    /// What kind of problem, as a stable id for scripts.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// SQLite's `PRAGMA integrity_check` found the store file damaged.
        case storeDamaged = "store-damaged"
        /// Rows of a part table (timeline, action items …) belong to no incident.
        case orphanedRows = "orphaned-rows"
        /// A full-text index does not match the rows it indexes.
        case searchIndexInconsistent = "search-index-inconsistent"
        /// An incident has no entries in the full-text index: search cannot find it.
        case notIndexed = "not-indexed"
        /// The file an incident was imported from is no longer there.
        case sourceMissing = "source-missing"
        /// Two Markdown files of the knowledge base give the same `id:` in their front matter.
        case duplicateID = "duplicate-id"
        /// A Markdown file's front matter gives an id pm cannot use.
        case invalidID = "invalid-id"
    }

    public var kind: Kind
    /// What the problem is about: a file, an incident id, a table.
    public var subject: String
    /// What is wrong.
    public var message: String
    /// How to fix it, as concrete steps or a command.
    public var fix: String
    /// Whether `pm check --repair` fixes it without losing anything.
    public var repairable: Bool

    public init(kind: Kind, subject: String, message: String, fix: String, repairable: Bool = false) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.fix = fix
        self.repairable = repairable
    }
}
