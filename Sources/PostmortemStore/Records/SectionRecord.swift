import GRDB
import PostmortemKit

/// A row of `sections`: a section the importer kept verbatim.
struct SectionRecord: IncidentPartRecord {
    static let databaseTableName = "sections"

    var incidentID: String
    var position: Int
    var heading: String
    var markdown: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, heading, markdown
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let heading = Column(CodingKeys.heading)
        static let markdown = Column(CodingKeys.markdown)
    }

    init(incidentID: String, position: Int, section: Section) {
        self.incidentID = incidentID
        self.position = position
        self.heading = section.heading
        self.markdown = section.markdown
    }

    var section: Section { Section(heading: heading, markdown: markdown) }
}

extension SectionRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        heading = try row.decode(forColumn: CodingKeys.heading.rawValue)
        markdown = try row.decode(forColumn: CodingKeys.markdown.rawValue)
    }
}
