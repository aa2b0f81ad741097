/// One entry of an incident's timeline.
public struct TimelineEvent: Hashable, Codable, Sendable {
    /// How precisely `at` is known.
    public enum Precision: String, Codable, Sendable, CaseIterable {
        /// A date and a time of day.
        case exact
        /// Only the day.
        case day
        /// Marked approximate by the author (`~14:00`, "around noon").
        case approximate
        /// A span (`Feb 15 - Feb 20`, `14:00–14:30`): `at` is its start, `end` its end.
        case range
        /// No usable time (`??`, `--:--`, blank).
        case unknown
    }

    /// The time exactly as the document wrote it ("~Feb 15", "Sat 01:28", "14:02 UTC").
    public var time: String
    /// The moment resolved from `time` and the document's date, when one can be.
    public var at: Timestamp?
    /// The end of a ranged time.
    public var end: Timestamp?
    public var precision: Precision
    /// What happened, as inline Markdown.
    public var event: String
    public var outcome: Outcome?
    /// Columns of a timeline table beyond time and event, by header, in table order.
    public var extra: [Field]

    public init(
        time: String, at: Timestamp? = nil, end: Timestamp? = nil, precision: Precision = .unknown,
        event: String, outcome: Outcome? = nil, extra: [Field] = []
    ) {
        self.time = time
        self.at = at
        self.end = end
        self.precision = precision
        self.event = event
        self.outcome = outcome
        self.extra = extra
    }

    enum CodingKeys: String, CodingKey { case time, at, end, precision, event, outcome, extra }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        time = try c.decode(String.self, forKey: .time)
        at = try c.decodeIfPresent(Timestamp.self, forKey: .at)
        end = try c.decodeIfPresent(Timestamp.self, forKey: .end)
        precision = try c.decodeIfPresent(Precision.self, forKey: .precision) ?? .unknown
        event = try c.decode(String.self, forKey: .event)
        outcome = try c.decodeIfPresent(Outcome.self, forKey: .outcome)
        extra = try c.decodeIfPresent([Field].self, forKey: .extra) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(time, forKey: .time)
        try c.encode(at, forKey: .at)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encode(event, forKey: .event)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(extra, forKey: .extra)
    }
}

/// A named value kept from a table column or a metadata line that has no field of its own.
public struct Field: Hashable, Codable, Sendable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
