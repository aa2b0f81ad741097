/// What the incident did to users and data: the items as written plus the metrics pm
/// could read from them.
public struct Impact: Hashable, Codable, Sendable {
    public var items: [String]
    public var usersAffected: Int?
    /// The duration as written ("~11 hours", "45 min").
    public var duration: String?
    /// `duration` in seconds, when it could be read.
    public var durationSeconds: Int?
    /// Availability or error rate as written ("99.2%").
    public var availability: String?
    /// Data lost as written ("none", "2 days of photos").
    public var dataLoss: String?

    public init(
        items: [String] = [], usersAffected: Int? = nil, duration: String? = nil, durationSeconds: Int? = nil,
        availability: String? = nil, dataLoss: String? = nil
    ) {
        self.items = items
        self.usersAffected = usersAffected
        self.duration = duration
        self.durationSeconds = durationSeconds
        self.availability = availability
        self.dataLoss = dataLoss
    }

    public var isEmpty: Bool { self == Impact() }

    enum CodingKeys: String, CodingKey {
        case items, usersAffected, duration, durationSeconds, availability, dataLoss
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        items = try c.decodeIfPresent([String].self, forKey: .items) ?? []
        usersAffected = try c.decodeIfPresent(Int.self, forKey: .usersAffected)
        duration = try c.decodeIfPresent(String.self, forKey: .duration)
        durationSeconds = try c.decodeIfPresent(Int.self, forKey: .durationSeconds)
        availability = try c.decodeIfPresent(String.self, forKey: .availability)
        dataLoss = try c.decodeIfPresent(String.self, forKey: .dataLoss)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(usersAffected, forKey: .usersAffected)
        try c.encode(duration, forKey: .duration)
        try c.encode(durationSeconds, forKey: .durationSeconds)
        try c.encode(availability, forKey: .availability)
        try c.encode(dataLoss, forKey: .dataLoss)
    }
}
