/// What a search found, and how: whether it had to correct words or relax the query.
///
/// Encodes as JSON `{"results": [...], "corrections": [...], "anyWord": false}` plus
/// `correctedQuery` when words were corrected.
public struct SearchResults: Hashable, Sendable, Codable {
    /// The matching incidents, best first, one result each.
    public var results: [SearchResult]
    /// The words the typo fallback replaced, in query order; empty when the query matched
    /// as typed.
    public var corrections: [SearchCorrection]
    /// The query with the corrections applied, as it would be typed ("certificate
    /// expiry"); nil when nothing was corrected.
    public var correctedQuery: String?
    /// True when no document held every word, so these results hold any of them.
    public var anyWord: Bool

    public init(
        results: [SearchResult] = [], corrections: [SearchCorrection] = [], correctedQuery: String? = nil,
        anyWord: Bool = false
    ) {
        self.results = results
        self.corrections = corrections
        self.correctedQuery = correctedQuery
        self.anyWord = anyWord
    }

    /// Whether a fallback ran: words were corrected or only some had to match. A CLI says
    /// so ("no exact matches; showing results for 'archive'").
    public var usedFallback: Bool { !corrections.isEmpty || anyWord }

    public var isEmpty: Bool { results.isEmpty }
}
