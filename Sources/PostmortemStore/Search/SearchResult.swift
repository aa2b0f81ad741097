import PostmortemKit

/// One incident that matched a search, with its best-matching part.
///
/// Encodes as JSON with the keys `id`, `title`, `section`, `snippet`, `score`, and also
/// `kind`, `position`, `matches` and, for dated incidents, `date`.
public struct SearchResult: Hashable, Sendable, Codable {
    /// The incident (or runbook, or near miss).
    public var id: IncidentID
    /// Its title.
    public var title: String
    /// The part of it that matched best, as a reader names it: "Troubleshooting",
    /// "Lessons", "Root cause" …, or the heading of a section kept verbatim.
    public var section: String
    /// A few words of that part around the match, matched words between the query's
    /// highlight markers, white space collapsed to single spaces.
    public var snippet: String
    /// Relevance, higher is better: BM25 weighted by field and by part (see
    /// `IncidentStore.search(_:)`). Comparable only within one search.
    public var score: Double
    /// The kind of the part that matched best.
    public var kind: SearchDocKind
    /// That part's index in its list (0 for the title, summary and root cause).
    public var position: Int
    /// How many parts of the incident matched, the best one included.
    public var matches: Int
    /// The incident's date, when it has one.
    public var date: Day?

    public init(
        id: IncidentID, title: String, section: String, snippet: String, score: Double, kind: SearchDocKind,
        position: Int, matches: Int, date: Day?
    ) {
        self.id = id
        self.title = title
        self.section = section
        self.snippet = snippet
        self.score = score
        self.kind = kind
        self.position = position
        self.matches = matches
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case id, title, section, snippet, score, kind, position, matches, date
    }
}
