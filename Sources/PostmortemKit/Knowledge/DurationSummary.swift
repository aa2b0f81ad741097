/// A set of durations (times to detect, times to resolve) as their median, 90th percentile
/// and distribution, never as a mean: incident durations are skewed, and one week-long
/// incident drags a mean far from every typical one.
///
/// Percentiles are nearest-rank: the p-th percentile is the smallest duration with at least
/// p % of the durations at or below it, so it is always a duration some incident really
/// had. Encodes as `{"count", "median", "p90", "minimum", "maximum", "buckets": [{"label",
/// "below", "count"}]}`, durations in seconds (`null` when there are none).
public struct DurationSummary: Hashable, Sendable, Codable {
    /// How many durations fall in a range.
    public struct Bucket: Hashable, Sendable, Codable {
        /// The range as a reader says it ("1 – 4 h").
        public var label: String
        /// The range's upper bound in seconds, exclusive; nil for the last, open range.
        public var below: Int?
        public var count: Int

        public init(label: String, below: Int?, count: Int) {
            self.label = label
            self.below = below
            self.count = count
        }

        enum CodingKeys: String, CodingKey { case label, below, count }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(below, forKey: .below)
            try c.encode(count, forKey: .count)
        }
    }

    public var count: Int
    public var median: Int?
    public var p90: Int?
    public var minimum: Int?
    public var maximum: Int?
    public var buckets: [Bucket]

    /// The upper bounds of the buckets, in seconds: 15 minutes, 1 hour, 4 hours, 1 day,
    /// 7 days; a last bucket holds the rest.
    public static let bounds = [900, 3_600, 14_400, 86_400, 604_800]
    static let labels = ["under 15 min", "15 min – 1 h", "1 – 4 h", "4 – 24 h", "1 – 7 days", "7 days or more"]

    public init(count: Int, median: Int?, p90: Int?, minimum: Int?, maximum: Int?, buckets: [Bucket]) {
        self.count = count
        self.median = median
        self.p90 = p90
        self.minimum = minimum
        self.maximum = maximum
        self.buckets = buckets
    }

    /// The summary of `seconds` (any order).
    public init(seconds: [Int]) {
        let sorted = seconds.sorted()
        var counts = [Int](repeating: 0, count: Self.bounds.count + 1)
        for value in sorted {
            counts[Self.bounds.firstIndex { value < $0 } ?? Self.bounds.count] += 1
        }
        self.init(
            count: sorted.count, median: Self.percentile(0.5, ofSorted: sorted),
            p90: Self.percentile(0.9, ofSorted: sorted), minimum: sorted.first, maximum: sorted.last,
            buckets: counts.indices.map { index in
                Bucket(
                    label: Self.labels[index], below: index < Self.bounds.count ? Self.bounds[index] : nil,
                    count: counts[index])
            })
    }

    enum CodingKeys: String, CodingKey { case count, median, p90, minimum, maximum, buckets }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(median, forKey: .median)
        try c.encode(p90, forKey: .p90)
        try c.encode(minimum, forKey: .minimum)
        try c.encode(maximum, forKey: .maximum)
        try c.encode(buckets, forKey: .buckets)
    }

    /// The nearest-rank `fraction` percentile (0–1) of ascending `sorted`; nil when empty.
    public static func percentile<T>(_ fraction: Double, ofSorted sorted: [T]) -> T? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    /// A duration as a reader says it: "45 s", "12 min", "2 h 05 min", "3 d 4 h".
    public static func format(seconds: Int) -> String {
        let value = max(0, seconds)
        if value < 60 { return "\(value) s" }
        let minutes = value / 60
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 {
            let rest = minutes % 60
            return rest == 0 ? "\(hours) h" : "\(hours) h " + (rest < 10 ? "0" : "") + "\(rest) min"
        }
        let days = hours / 24
        let rest = hours % 24
        return rest == 0 ? "\(days) d" : "\(days) d \(rest) h"
    }
}
