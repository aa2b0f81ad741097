import Foundation
import PostmortemKit

/// Reads volume and resource mapping tables, wherever they stand, by their header: columns
/// such as App / Service / DB, PV / Volume / Disk, PVC / Claim, Size / Capacity and Data
/// Range, in any order and several languages. A DB or Database column makes the rows
/// database volumes. Other columns (Partition, Mount, Namespace …) are kept as extras, by
/// header. Volume and claim are plain text (code backticks dropped); the app is kept as
/// written; a table with no app column (Disk | Partition | Mount | Size) names each row
/// after its volume.
struct VolumeMappingExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.volumes]

    /// Tables are read by the table pass, wherever they stand; nothing else in a volumes
    /// section is a mapping.
    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }

    enum Column: Equatable { case app, database, volume, claim, size, dataRange, extra }

    static func column(of header: String) -> Column {
        let key = header.trimmingCharacters(in: CharacterSet(charactersIn: " *_:`")).lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
        for (column, names) in names where names.contains(key) { return column }
        return .extra
    }

    private static let names: [(Column, Set<String>)] = [
        (.app, ["app", "application", "apps", "service", "workload", "name", "anwendung", "dienst", "aplicacion"]),
        (.database, ["db", "database", "datenbank", "base de donnees", "base", "cluster", "base de datos"]),
        (
            .volume,
            [
                "pv", "volume", "persistent volume", "persistentvolume", "pv name", "disk", "device", "datentrager",
                "laufwerk", "platte", "disque", "disco", "volumen",
            ]
        ),
        (.claim, ["pvc", "claim", "persistentvolumeclaim", "pvc name", "volume claim"]),
        (.size, ["size", "capacity", "grosse", "kapazitat", "taille", "capacite", "tamano", "capacidad"]),
        (.dataRange, ["data range", "date range", "data span", "datenbereich", "zeitraum", "plage de donnees"]),
    ]
}

extension VolumeMappingExtractor: TableExtractor {
    /// A header with a volume or claim column and an app, database or size column.
    func accepts(header: [String]) -> Bool {
        let columns = header.map(Self.column(of:))
        return (columns.contains(.volume) || columns.contains(.claim))
            && (columns.contains(.app) || columns.contains(.database) || columns.contains(.size))
    }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool {
        let columns = table.header.map { Self.column(of: $0.text) }
        let isDatabase = columns.contains(.database)
        for row in table.rows where !row.allSatisfy({ $0.text.isEmpty }) {
            var app: String?
            var mapping = VolumeMapping(app: "", role: isDatabase ? .database : .data)
            for (column, cell) in row.enumerated() where column < columns.count {
                let plain = cell.text.trimmingSpaces()
                guard !plain.isEmpty else { continue }
                switch columns[column] {
                case .app where app == nil, .database where app == nil: app = cell.markdown
                case .app, .database, .extra:
                    mapping.extra.append(Field(name: table.header[column].text, value: cell.markdown))
                case .volume: mapping.volume = plain
                case .claim: mapping.claim = plain
                case .size:
                    mapping.size = plain
                    mapping.sizeBytes = VolumeMapping.bytes(of: plain)
                case .dataRange: mapping.dataRange = cell.markdown
                }
            }
            mapping.app = app ?? mapping.volume ?? mapping.claim ?? ""
            incident.volumeMappings.append(mapping)
        }
        return true
    }
}
