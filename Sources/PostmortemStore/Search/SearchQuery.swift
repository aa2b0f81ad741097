import PostmortemKit

/// What to search for, where, and how to show it: the input of `IncidentStore.search(_:)`.
///
/// `text` is what the user typed. Unless `raw` is set it is never read as FTS5 syntax:
/// words, "quoted phrases" and `prefix*` are understood, everything else is plain text
/// (see `IncidentStore.search(_:)`). The filters narrow the incidents searched; each one
/// left nil (the default) does not narrow anything.
public struct SearchQuery: Hashable, Sendable {
    /// What the user typed.
    public var text: String
    /// Pass `text` to SQLite's FTS5 as query syntax, unchanged (`pm search --raw`). No
    /// fallback runs; a syntax error throws `StoreError.invalidSearchQuery`. Default false.
    public var raw: Bool
    /// Only incidents classified with this failure mode.
    public var failureMode: FailureModeID?
    /// Only incidents that touched this service, compared by `ServiceName.key` (case and
    /// surrounding space ignored).
    public var service: ServiceName?
    /// Only incidents whose severity level passes this filter; incidents without a severity
    /// never do.
    public var severity: SeverityFilter?
    /// Only incidents dated on or after this day; undated documents (most runbooks) are
    /// left out when it is set.
    public var since: Day?
    /// Only incidents dated on or before this day; undated documents are left out when it
    /// is set.
    public var until: Day?
    /// Only documents of this kind (incident, runbook, near miss).
    public var kind: IncidentKind?
    /// Only hits in these parts of a document; empty (the default) searches every part.
    public var parts: Set<SearchDocKind>
    /// At most this many results (one per incident). Default 20; zero or less finds nothing.
    public var limit: Int
    /// How snippets mark the matched words. Default `.brackets`.
    public var highlight: SearchHighlight
    /// Whether a query that finds nothing is retried with misspelt words corrected and
    /// then with any word instead of all. Default true.
    public var allowsFallback: Bool

    public init(
        _ text: String, raw: Bool = false, failureMode: FailureModeID? = nil, service: ServiceName? = nil,
        severity: SeverityFilter? = nil, since: Day? = nil, until: Day? = nil, kind: IncidentKind? = nil,
        parts: Set<SearchDocKind> = [], limit: Int = 20, highlight: SearchHighlight = .brackets,
        allowsFallback: Bool = true
    ) {
        self.text = text
        self.raw = raw
        self.failureMode = failureMode
        self.service = service
        self.severity = severity
        self.since = since
        self.until = until
        self.kind = kind
        self.parts = parts
        self.limit = limit
        self.highlight = highlight
        self.allowsFallback = allowsFallback
    }

    /// Whether a filter tests the incident's own row (kind, severity, dates).
    var filtersIncident: Bool { kind != nil || severity != nil || since != nil || until != nil }

    /// Which severities a search keeps. Levels run from 1 (most severe) to 5.
    public enum SeverityFilter: Hashable, Sendable {
        /// Exactly this level (`--severity 2`: SEV2 only).
        case exactly(Int)
        /// This level or a more severe one (`atLeast(2)`: SEV1 and SEV2).
        case atLeast(Int)
    }
}
