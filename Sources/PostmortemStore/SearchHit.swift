import PostmortemKit

/// One full-text match: which incident, which part of it, and the matching text.
public struct SearchHit: Hashable, Sendable {
    public var incidentID: IncidentID
    /// The incident's title.
    public var title: String
    /// The part of the incident that matched.
    public var kind: SearchDocKind
    /// The index of the matching piece in its list (0 for the title, summary, root cause).
    public var position: Int
    /// A few words around the match, matched terms between `**` and `**`, cuts marked `…`.
    public var snippet: String
    /// Relevance: SQLite's BM25 rank negated, so higher is better.
    public var score: Double

    public init(
        incidentID: IncidentID, title: String, kind: SearchDocKind, position: Int, snippet: String, score: Double
    ) {
        self.incidentID = incidentID
        self.title = title
        self.kind = kind
        self.position = position
        self.snippet = snippet
        self.score = score
    }
}
