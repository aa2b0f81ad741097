import GRDB

/// A row of `search_docs`: one searchable piece of an incident, the content of the FTS5
/// index `search_index` (triggers keep the index in sync with this table).
struct SearchDocRecord: IncidentPartRecord {
    static let databaseTableName = "search_docs"

    /// The rowid the index refers to; nil before insertion.
    var id: Int64?
    var incidentID: String
    /// A `SearchDocKind` raw value.
    var kind: String
    /// The index of the piece in its list (0 for single pieces such as the summary).
    var position: Int
    var title: String
    var body: String

    enum CodingKeys: String, CodingKey {
        case id
        case incidentID = "incident_id"
        case kind, position, title, body
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let incidentID = Column(CodingKeys.incidentID)
        static let kind = Column(CodingKeys.kind)
        static let position = Column(CodingKeys.position)
        static let title = Column(CodingKeys.title)
        static let body = Column(CodingKeys.body)
    }
}
