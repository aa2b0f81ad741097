import GRDB
import PostmortemKit

/// An incident taken apart into the rows of its part tables, and put back together.
struct IncidentParts {
    var authors: [AuthorRecord] = []
    var services: [ServiceRecord] = []
    var tags: [TagRecord] = []
    var timeline: [TimelineEventRecord] = []
    var contributingFactors: [ContributingFactorRecord] = []
    var whys: [WhyRecord] = []
    var impactItems: [ImpactItemRecord] = []
    var actionItems: [ActionItemRecord] = []
    var lessons: [LessonRecord] = []
    var volumeMappings: [VolumeMappingRecord] = []
    var procedure: [ProcedureStepRecord] = []
    var troubleshooting: [TroubleshootingRecord] = []
    var failureModes: [FailureModeRecord] = []
    var sections: [SectionRecord] = []
    var metadata: [MetadataRecord] = []

    /// Every table that holds a part of an incident, the search documents included.
    static var partTables: [any IncidentPartRecord.Type] {
        [
            AuthorRecord.self, ServiceRecord.self, TagRecord.self, TimelineEventRecord.self,
            ContributingFactorRecord.self, WhyRecord.self, ImpactItemRecord.self, ActionItemRecord.self,
            LessonRecord.self, VolumeMappingRecord.self, ProcedureStepRecord.self, TroubleshootingRecord.self,
            FailureModeRecord.self, SectionRecord.self, MetadataRecord.self, SearchDocRecord.self,
        ]
    }

    init() {}

    init(incident: Incident) throws {
        let id = incident.id.rawValue
        authors = incident.authors.enumerated().map { AuthorRecord(incidentID: id, position: $0, name: $1) }
        services = incident.services.enumerated().map { ServiceRecord(incidentID: id, position: $0, service: $1) }
        tags = incident.tags.enumerated().map { TagRecord(incidentID: id, position: $0, tag: $1) }
        timeline = try incident.timeline.enumerated().map {
            try TimelineEventRecord(incidentID: id, position: $0, event: $1)
        }
        contributingFactors = incident.contributingFactors.enumerated().map {
            ContributingFactorRecord(incidentID: id, position: $0, text: $1)
        }
        whys = incident.whys.enumerated().map { WhyRecord(incidentID: id, position: $0, why: $1) }
        impactItems = incident.impact.items.enumerated().map {
            ImpactItemRecord(incidentID: id, position: $0, text: $1)
        }
        actionItems = incident.actionItems.enumerated().map {
            ActionItemRecord(incidentID: id, position: $0, item: $1)
        }
        lessons = incident.lessons.enumerated().map { LessonRecord(incidentID: id, position: $0, lesson: $1) }
        volumeMappings = try incident.volumeMappings.enumerated().map {
            try VolumeMappingRecord(incidentID: id, position: $0, mapping: $1)
        }
        procedure = incident.procedure.enumerated().map {
            ProcedureStepRecord(incidentID: id, position: $0, text: $1)
        }
        troubleshooting = incident.troubleshooting.enumerated().map {
            TroubleshootingRecord(incidentID: id, position: $0, entry: $1)
        }
        failureModes = incident.failureModes.enumerated().map {
            FailureModeRecord(incidentID: id, position: $0, match: $1)
        }
        sections = incident.sections.enumerated().map { SectionRecord(incidentID: id, position: $0, section: $1) }
        metadata = incident.metadata.enumerated().map { MetadataRecord(incidentID: id, position: $0, field: $1) }
    }

    /// Inserts every row. The incident's row must exist and its old parts be gone.
    func insert(_ db: Database) throws {
        let groups: [[any IncidentPartRecord]] = [
            authors, services, tags, timeline, contributingFactors, whys, impactItems, actionItems, lessons,
            volumeMappings, procedure, troubleshooting, failureModes, sections, metadata,
        ]
        for group in groups {
            for row in group { try row.insert(db) }
        }
    }

    /// Deletes every part of the incident `incidentID`, its search documents and its
    /// metrics included.
    static func deleteAll(_ db: Database, incidentID: String) throws {
        for table in partTables { try table.deleteAll(db, incidentID: incidentID) }
        try IncidentMetricsRecord.delete(db, incidentID: incidentID)
    }

    /// `incident` with its lists filled from these rows.
    func assemble(into incident: Incident) throws -> Incident {
        var incident = incident
        incident.authors = authors.map(\.name)
        incident.services = services.map(\.service)
        incident.tags = tags.map(\.tag)
        incident.timeline = try timeline.map { try $0.timelineEvent() }
        incident.contributingFactors = contributingFactors.map(\.text)
        incident.whys = whys.map(\.why)
        incident.impact.items = impactItems.map(\.text)
        incident.actionItems = try actionItems.map { try $0.actionItem() }
        incident.lessons = try lessons.map { try $0.lesson() }
        incident.volumeMappings = try volumeMappings.map { try $0.volumeMapping() }
        incident.procedure = procedure.map(\.text)
        incident.troubleshooting = troubleshooting.map(\.entry)
        incident.failureModes = failureModes.map(\.match)
        incident.sections = sections.map(\.section)
        incident.metadata = metadata.map(\.field)
        return incident
    }

    /// The parts of one incident (when `incidentID` is given) or of all, by incident id.
    static func load(_ db: Database, incidentID: String?) throws -> [String: IncidentParts] {
        try load(db, incidentIDs: incidentID.map { [$0] })
    }

    /// The parts of the incidents `incidentIDs` (of all when nil), by incident id.
    static func load(_ db: Database, incidentIDs: [String]?) throws -> [String: IncidentParts] {
        var parts: [String: IncidentParts] = [:]
        func fill<Record: IncidentPartRecord>(
            _ type: Record.Type, _ keyPath: WritableKeyPath<IncidentParts, [Record]>
        ) throws {
            for (id, rows) in try type.fetchGrouped(db, incidentIDs: incidentIDs) {
                parts[id, default: IncidentParts()][keyPath: keyPath] = rows
            }
        }
        try fill(AuthorRecord.self, \.authors)
        try fill(ServiceRecord.self, \.services)
        try fill(TagRecord.self, \.tags)
        try fill(TimelineEventRecord.self, \.timeline)
        try fill(ContributingFactorRecord.self, \.contributingFactors)
        try fill(WhyRecord.self, \.whys)
        try fill(ImpactItemRecord.self, \.impactItems)
        try fill(ActionItemRecord.self, \.actionItems)
        try fill(LessonRecord.self, \.lessons)
        try fill(VolumeMappingRecord.self, \.volumeMappings)
        try fill(ProcedureStepRecord.self, \.procedure)
        try fill(TroubleshootingRecord.self, \.troubleshooting)
        try fill(FailureModeRecord.self, \.failureModes)
        try fill(SectionRecord.self, \.sections)
        try fill(MetadataRecord.self, \.metadata)
        return parts
    }
}
