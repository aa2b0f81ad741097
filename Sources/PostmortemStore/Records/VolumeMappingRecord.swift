import GRDB
import PostmortemKit

/// A row of `volume_mappings`: which app's data lives on which volume through which claim.
/// `extra` is JSON.
struct VolumeMappingRecord: IncidentPartRecord {
    static let databaseTableName = "volume_mappings"

    var incidentID: String
    var position: Int
    var app: String
    var volume: String?
    var size: String?
    var sizeBytes: Int64?
    var claim: String?
    var role: String
    var dataRange: String?
    var extra: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, app, volume, size
        case sizeBytes = "size_bytes"
        case claim, role
        case dataRange = "data_range"
        case extra
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let app = Column(CodingKeys.app)
        static let volume = Column(CodingKeys.volume)
        static let size = Column(CodingKeys.size)
        static let sizeBytes = Column(CodingKeys.sizeBytes)
        static let claim = Column(CodingKeys.claim)
        static let role = Column(CodingKeys.role)
        static let dataRange = Column(CodingKeys.dataRange)
        static let extra = Column(CodingKeys.extra)
    }

    init(incidentID: String, position: Int, mapping: VolumeMapping) throws {
        self.incidentID = incidentID
        self.position = position
        self.app = mapping.app
        self.volume = mapping.volume
        self.size = mapping.size
        self.sizeBytes = mapping.sizeBytes
        self.claim = mapping.claim
        self.role = mapping.role.rawValue
        self.dataRange = mapping.dataRange
        self.extra = try ColumnCodec.json(mapping.extra)
    }

    func volumeMapping() throws -> VolumeMapping {
        let table = Self.databaseTableName
        var mapping = VolumeMapping(
            app: app, volume: volume, size: size, claim: claim,
            role: try ColumnCodec.value(
                role, as: VolumeMapping.Role.self, table: table, column: CodingKeys.role.rawValue),
            dataRange: dataRange,
            extra: try ColumnCodec.fields(extra, table: table, column: CodingKeys.extra.rawValue))
        // The initialiser derives bytes from `size` when none are given; keep what was stored.
        mapping.sizeBytes = sizeBytes
        return mapping
    }
}

extension VolumeMappingRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        app = try row.decode(forColumn: CodingKeys.app.rawValue)
        volume = try row.decode(forColumn: CodingKeys.volume.rawValue)
        size = try row.decode(forColumn: CodingKeys.size.rawValue)
        sizeBytes = try row.decode(forColumn: CodingKeys.sizeBytes.rawValue)
        claim = try row.decode(forColumn: CodingKeys.claim.rawValue)
        role = try row.decode(forColumn: CodingKeys.role.rawValue)
        dataRange = try row.decode(forColumn: CodingKeys.dataRange.rawValue)
        extra = try row.decode(forColumn: CodingKeys.extra.rawValue)
    }
}
