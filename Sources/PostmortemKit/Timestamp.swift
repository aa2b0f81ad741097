/// A point in time as precise as the document gave it: a day, optionally a time of day,
/// optionally a UTC offset. Written as ISO 8601 (`2026-02-20`, `2026-02-20T14:02`,
/// `2026-02-20T14:02:00Z`, `2026-02-20T14:02+01:00`).
public struct Timestamp: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var day: Day
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Minutes east of UTC when the document said; nil when it did not.
    public var utcOffsetMinutes: Int?

    public init(day: Day, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.day = day
        self.hour = hour.flatMap { (0...23).contains($0) ? $0 : nil }
        self.minute = self.hour == nil ? nil : minute.flatMap { (0...59).contains($0) ? $0 : nil }
        self.second = self.minute == nil ? nil : second.flatMap { (0...60).contains($0) ? $0 : nil }
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses the ISO 8601 forms written by `description`.
    public init?(iso text: String) {
        guard text.count >= 10, let day = Day(iso: String(text.prefix(10))) else { return nil }
        var rest = Substring(text.dropFirst(10))
        if rest.isEmpty {
            self.init(day: day)
            return
        }
        guard rest.first == "T" else { return nil }
        rest = rest.dropFirst()
        var offset: Int?
        if rest.hasSuffix("Z") {
            offset = 0
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].split(separator: ":")
            guard zone.count == 2, let h = Int(zone[0]), let m = Int(zone[1]) else { return nil }
            offset = (h * 60 + m) * (rest[sign] == "-" ? -1 : 1)
            rest = rest[..<sign]
        }
        let clock = rest.split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), !clock.contains(where: { $0 == nil }) else { return nil }
        let values = clock.compactMap { $0 }
        self.init(
            day: day, hour: values[0], minute: values[1], second: values.count == 3 ? values[2] : nil,
            utcOffsetMinutes: offset)
    }

    public var description: String {
        var text = day.description
        guard let hour else { return text }
        text += "T" + Day.pad(hour, 2) + ":" + Day.pad(minute ?? 0, 2)
        if let second { text += ":" + Day.pad(second, 2) }
        if let offset = utcOffsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                let magnitude = abs(offset)
                text += (offset < 0 ? "-" : "+") + Day.pad(magnitude / 60, 2) + ":" + Day.pad(magnitude % 60, 2)
            }
        }
        return text
    }

    /// Seconds since 1970-01-01T00:00 in the timestamp's own zone (UTC when it names one);
    /// a missing time of day counts as midnight.
    public var secondsSinceEpoch: Int {
        let local = day.daysSinceEpoch * 86_400 + (hour ?? 0) * 3_600 + (minute ?? 0) * 60 + (second ?? 0)
        return local - (utcOffsetMinutes ?? 0) * 60
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an ISO 8601 date or date-time")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
