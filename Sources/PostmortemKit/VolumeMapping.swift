/// A storage mapping row: which app's data lives on which volume (PV) through which claim
/// (PVC), e.g. `audiobookshelf | pvc-1145acca | 2Gi | audiobookshelf-stage/audiobookshelf-data-pvc`.
public struct VolumeMapping: Hashable, Codable, Sendable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        case data, database
    }

    public var app: String
    public var volume: String?
    /// The size as written ("2Gi", "500 GB").
    public var size: String?
    /// `size` in bytes, when it could be read.
    public var sizeBytes: Int64?
    /// `namespace/name` of the claim, as written.
    public var claim: String?
    public var role: Role
    /// The span of data the volume holds ("Jan 1 – Feb 7").
    public var dataRange: String?
    /// Other columns of the table, by header, in table order.
    public var extra: [Field]

    public init(
        app: String, volume: String? = nil, size: String? = nil, sizeBytes: Int64? = nil, claim: String? = nil,
        role: Role = .data, dataRange: String? = nil, extra: [Field] = []
    ) {
        self.app = app
        self.volume = volume
        self.size = size
        self.sizeBytes = sizeBytes ?? size.flatMap(VolumeMapping.bytes(of:))
        self.claim = claim
        self.role = role
        self.dataRange = dataRange
        self.extra = extra
    }

    /// Reads `2Gi`, `500 GB`, `1.5T`, `512MiB` as bytes (binary units for `Ki`/`Mi`/…,
    /// decimal for `K`/`KB`/`M`/…); nil when it is not a size.
    public static func bytes(of text: String) -> Int64? {
        let trimmed = text.trimmingSpaces().replacingOccurrences(of: ",", with: ".")
        guard let split = trimmed.firstIndex(where: { !($0.isNumber || $0 == ".") }) ?? Optional(trimmed.endIndex),
            let number = Double(trimmed[..<split]), number >= 0
        else { return nil }
        let unit = trimmed[split...].trimmingSpaces().lowercased()
        let binary: [String: Double] = [
            "ki": 1, "kib": 1, "mi": 2, "mib": 2, "gi": 3, "gib": 3, "ti": 4, "tib": 4, "pi": 5, "pib": 5,
        ]
        let decimal: [String: Double] = [
            "": 0, "b": 0, "k": 1, "kb": 1, "m": 2, "mb": 2, "g": 3, "gb": 3, "t": 4, "tb": 4, "p": 5, "pb": 5,
        ]
        let factor: Double
        if let power = binary[unit] {
            factor = pow2(10 * power)
        } else if let power = decimal[unit] {
            factor = pow10(3 * power)
        } else {
            return nil
        }
        let value = number * factor
        guard value < 9.0e18 else { return nil }
        return Int64(value.rounded())
    }

    enum CodingKeys: String, CodingKey { case app, volume, size, sizeBytes, claim, role, dataRange, extra }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        app = try c.decode(String.self, forKey: .app)
        volume = try c.decodeIfPresent(String.self, forKey: .volume)
        size = try c.decodeIfPresent(String.self, forKey: .size)
        sizeBytes = try c.decodeIfPresent(Int64.self, forKey: .sizeBytes)
        claim = try c.decodeIfPresent(String.self, forKey: .claim)
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .data
        dataRange = try c.decodeIfPresent(String.self, forKey: .dataRange)
        extra = try c.decodeIfPresent([Field].self, forKey: .extra) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(app, forKey: .app)
        try c.encode(volume, forKey: .volume)
        try c.encode(size, forKey: .size)
        try c.encode(sizeBytes, forKey: .sizeBytes)
        try c.encode(claim, forKey: .claim)
        try c.encode(role, forKey: .role)
        try c.encode(dataRange, forKey: .dataRange)
        try c.encode(extra, forKey: .extra)
    }

    private static func pow2(_ exponent: Double) -> Double { (0..<Int(exponent)).reduce(1.0) { value, _ in value * 2 } }
    private static func pow10(_ exponent: Double) -> Double {
        (0..<Int(exponent)).reduce(1.0) { value, _ in value * 10 }
    }
}
