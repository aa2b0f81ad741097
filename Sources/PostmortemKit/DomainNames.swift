/// A service, system or resource an incident touched ("Immich", "authentik", "nas-01").
public struct ServiceName: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    /// The name folded for matching: case-insensitive, surrounding space trimmed.
    public var key: String { rawValue.trimmingSpaces().lowercased() }
    public static func < (lhs: ServiceName, rhs: ServiceName) -> Bool { lhs.key < rhs.key }
}

/// The id of a failure mode in the taxonomy ("empty-volume-provisioned", "disk-full").
public struct FailureModeID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: FailureModeID, rhs: FailureModeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
