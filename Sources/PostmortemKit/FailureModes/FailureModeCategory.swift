/// The area a failure mode belongs to ("storage", "dns", "credentials").
///
/// An open set: a team's taxonomy may name categories of its own. The ones the default
/// taxonomy uses are listed as constants.
public struct FailureModeCategory: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: FailureModeCategory, rhs: FailureModeCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let storage: FailureModeCategory = "storage"
    public static let hardware: FailureModeCategory = "hardware"
    public static let data: FailureModeCategory = "data"
    public static let database: FailureModeCategory = "database"
    public static let backup: FailureModeCategory = "backup"
    public static let deploy: FailureModeCategory = "deploy"
    public static let config: FailureModeCategory = "config"
    public static let automation: FailureModeCategory = "automation"
    public static let network: FailureModeCategory = "network"
    public static let dns: FailureModeCategory = "dns"
    public static let tls: FailureModeCategory = "tls"
    public static let credentials: FailureModeCategory = "credentials"
    public static let security: FailureModeCategory = "security"
    public static let capacity: FailureModeCategory = "capacity"
    public static let dependency: FailureModeCategory = "dependency"
    public static let time: FailureModeCategory = "time"
    public static let detection: FailureModeCategory = "detection"
    public static let process: FailureModeCategory = "process"
    public static let architecture: FailureModeCategory = "architecture"
}
