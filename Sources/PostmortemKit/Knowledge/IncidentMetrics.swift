/// When an incident started, was detected and was resolved, and the time to detect and to
/// resolve it, as far as its front matter, metadata and timeline allow.
///
/// - **Started**: the earliest moment of the timeline, ranges left out unless there is
///   nothing else (a range such as "Jan 1 – Feb 7: running normally" is background).
/// - **Detected**: the front matter's `detected`; else a metadata line named like
///   "Detected" or "Date reported"; else the first timeline event (from the start on)
///   saying it was detected, alerted, paged, noticed, reported, discovered or investigated.
/// - **Resolved**: the front matter's `resolved`; else a metadata line named like
///   "Resolved"; else the last timeline event saying it was resolved, restored, recovered,
///   fixed or closed (a range's end).
/// - **Time to detect** is detected − started; **time to resolve** is resolved − started
///   (both measured from the start, so the second includes the first); when the timeline
///   gives no resolution, the impact's duration ("~11 hours") stands in for it.
///
/// Durations are in seconds. When either end lacks a time of day they are counted in whole
/// days, and unknown when both fall on the same day; a negative duration is unknown.
public struct IncidentMetrics: Hashable, Sendable, Codable {
    /// The version of the rules above: a store that saved metrics computed under other
    /// rules computes them again. Raise it whenever the rules change.
    public static let rulesVersion = 1

    public var started: Timestamp?
    public var detected: Timestamp?
    public var resolved: Timestamp?
    /// Seconds from the start to detection.
    public var timeToDetect: Int?
    /// Seconds from the start to resolution.
    public var timeToResolve: Int?

    public init(
        started: Timestamp? = nil, detected: Timestamp? = nil, resolved: Timestamp? = nil, timeToDetect: Int? = nil,
        timeToResolve: Int? = nil
    ) {
        self.started = started
        self.detected = detected
        self.resolved = resolved
        self.timeToDetect = timeToDetect
        self.timeToResolve = timeToResolve
    }

    enum CodingKeys: String, CodingKey { case started, detected, resolved, timeToDetect, timeToResolve }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(started, forKey: .started)
        try c.encode(detected, forKey: .detected)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(timeToDetect, forKey: .timeToDetect)
        try c.encode(timeToResolve, forKey: .timeToResolve)
    }

    /// The metrics of a whole incident.
    public init(_ incident: Incident) {
        self.init(
            date: incident.date, detected: incident.detected, resolved: incident.resolved,
            timeline: incident.timeline, metadata: incident.metadata,
            impactDurationSeconds: incident.impact.durationSeconds)
    }

    /// The metrics from the parts they are read from. Only `at`, `end`, `precision` and
    /// `event` of the timeline events are read; `metadata` may hold only the lines
    /// `isMetricField(_:)` accepts.
    public init(
        date: Day?, detected: Timestamp?, resolved: Timestamp?, timeline: [TimelineEvent], metadata: [Field],
        impactDurationSeconds: Int?
    ) {
        self.init(
            date: date, detected: detected, resolved: resolved, moments: timeline.compactMap(Moment.init),
            metadata: metadata, impactDurationSeconds: impactDurationSeconds)
    }

    /// The metrics from timeline moments already read (what a store can make without
    /// holding the events' text).
    public init(
        date: Day?, detected: Timestamp?, resolved: Timestamp?, moments: [Moment], metadata: [Field],
        impactDurationSeconds: Int?
    ) {
        let points = moments.filter { !$0.isRange }
        let started = (points.isEmpty ? moments : points).map(\.at).min()
        self.started = started

        var detected = detected ?? Self.metadataTime(metadata, names: Self.detectedNames, date: date)
        var resolved = resolved ?? Self.metadataTime(metadata, names: Self.resolvedNames, date: date)
        if let started {
            let after = moments.filter { $0.at >= started }
            if detected == nil {
                detected = after.first { $0.saysDetected }?.at
            }
            if resolved == nil, let moment = after.last(where: \.saysResolved) {
                resolved = moment.end ?? moment.at
            }
        }
        self.detected = detected
        self.resolved = resolved
        timeToDetect = Self.seconds(from: started, to: detected)
        timeToResolve = Self.seconds(from: started, to: resolved) ?? impactDurationSeconds
    }

    /// A timeline event as the metrics read it: when, and whether it says the incident was
    /// detected or resolved.
    public struct Moment: Hashable, Sendable {
        public var at: Timestamp
        public var end: Timestamp?
        /// A span ("Feb 15 – Feb 20"), not a moment: background, not the start.
        public var isRange: Bool
        public var saysDetected: Bool
        public var saysResolved: Bool

        public init(at: Timestamp, end: Timestamp? = nil, isRange: Bool = false, saysDetected: Bool, saysResolved: Bool)
        {
            self.at = at
            self.end = end
            self.isRange = isRange
            self.saysDetected = saysDetected
            self.saysResolved = saysResolved
        }

        /// The moment of `event`; nil when it has no time.
        public init?(_ event: TimelineEvent) {
            guard let at = event.at else { return nil }
            self.init(
                at: at, end: event.end, isRange: event.precision == .range,
                saysDetected: IncidentMetrics.detection.found(in: event.event),
                saysResolved: IncidentMetrics.resolution.found(in: event.event))
        }

        /// The moment of an event whose text is given as UTF-8 bytes (a store reads them
        /// straight from its rows, without making a string of every event).
        public init(at: Timestamp, end: Timestamp?, isRange: Bool, utf8 text: UnsafeBufferPointer<UInt8>) {
            self.init(
                at: at, end: end, isRange: isRange, saysDetected: IncidentMetrics.detection.found(inUTF8: text),
                saysResolved: IncidentMetrics.resolution.found(inUTF8: text))
        }
    }

    /// Whether a metadata line named `name` can hold a detection or resolution time.
    public static func isMetricField(_ name: String) -> Bool {
        let key = fieldKey(name)
        return detectedNames.contains(key) || resolvedNames.contains(key)
    }

    /// Seconds from `start` to `end`: exact when both have a time of day, else whole days
    /// (nil on the same day); nil when either is missing or `end` is before `start`.
    public static func seconds(from start: Timestamp?, to end: Timestamp?) -> Int? {
        guard let start, let end else { return nil }
        let value: Int
        if start.hour != nil && end.hour != nil {
            value = end.secondsSinceEpoch - start.secondsSinceEpoch
        } else {
            let days = end.day.daysSinceEpoch - start.day.daysSinceEpoch
            guard days != 0 else { return nil }
            value = days * 86_400
        }
        return value >= 0 ? value : nil
    }

    static let detectedNames: Set<String> = [
        "detected", "date detected", "detected at", "time detected", "detection", "detection time", "reported",
        "date reported", "reported at", "time reported", "first reported", "alerted", "alert time",
    ]
    static let resolvedNames: Set<String> = [
        "resolved", "date resolved", "resolved at", "time resolved", "resolution", "resolution time", "ended",
        "end time", "recovered", "fixed",
    ]

    /// Word beginnings that say an event is the detection.
    static let detectionWords = [
        "detect", "alert", "alarm", "paged", "pages", "pager", "notic", "report", "discover", "spotted",
        "investigat", "firing", "fired", "signal", "gemeldet", "bemerkt", "entdeckt",
    ]
    /// Word beginnings that say an event is the resolution.
    static let resolutionWords = [
        "resolv", "resolu", "restor", "recover", "fixed", "closed", "behoben", "wiederhergestellt", "retabli",
    ]

    static let detection = WordBeginnings(detectionWords)
    static let resolution = WordBeginnings(resolutionWords)

    static func fieldKey(_ name: String) -> String {
        TextScanner.words(in: name).joined(separator: " ")
    }

    static func metadataTime(_ fields: [Field], names: Set<String>, date: Day?) -> Timestamp? {
        for field in fields where names.contains(fieldKey(field.name)) {
            if let at = DateParser.parse(field.value, reference: date).at { return at }
        }
        return nil
    }
}
