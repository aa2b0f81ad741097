/// A date or time read from a post-mortem, resolved as far as the text and its context allow.
public struct ParsedTime: Hashable, Sendable {
    /// The moment (a range's start); nil when no day could be found for it.
    public var at: Timestamp?
    /// A range's end; nil for a single moment.
    public var end: Timestamp?
    /// How precisely `at` is known; `.unknown` whenever `at` is nil.
    public var precision: TimelineEvent.Precision
    /// For relative times (`T+15m`): seconds after the incident's start.
    public var relativeSeconds: Int?

    public init(
        at: Timestamp? = nil, end: Timestamp? = nil, precision: TimelineEvent.Precision = .unknown,
        relativeSeconds: Int? = nil
    ) {
        self.at = at
        self.end = end
        self.precision = precision
        self.relativeSeconds = relativeSeconds
    }

    /// Nothing usable.
    public static let unknown = ParsedTime()
}
