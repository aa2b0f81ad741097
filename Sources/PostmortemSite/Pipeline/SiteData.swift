import Foundation
import PostmortemKit
import PostmortemStore

/// Everything the pages are made from, read from one consistent state of the store: the
/// lean facts of every incident and the knowledge views (lessons, actions, stats, services,
/// related incidents). Whole incidents are read only when their pages are made.
struct SiteData: Sendable {
    /// Every incident, near miss and runbook, in list order (newest first).
    var facts: [IncidentFacts]
    var factsByID: [IncidentID: IncidentFacts]
    var overviews: [IncidentID: IncidentOverview]
    /// Each incident's revision; absent for incidents saved before revisions were kept.
    var revisions: [IncidentID: String]
    var metrics: [IncidentID: IncidentMetrics]
    var statements: [LessonStatement]
    var lessons: LessonIndex
    var actionItems: [ActionBoard.Item]
    /// Every action, by owner, most urgent first.
    var board: ActionBoard
    var stats: IncidentStats
    var services: ServiceIndex
    var related: [IncidentID: [RelatedIncident]]
    var taxonomy: Taxonomy
    var catalog: ServiceCatalog
    var links: SiteLinks

    /// How many related incidents an incident's page lists.
    static let relatedLimit = 5

    /// Reads the store. Call inside `IncidentStore.readingConsistently`.
    static func load(store: IncidentStore, taxonomy: Taxonomy, catalog: ServiceCatalog, today: Day) throws -> SiteData {
        let facts = try store.incidentFacts()
        let overviews = try store.incidentOverviews()
        var revisions: [IncidentID: String] = [:]
        for (id, revision) in try store.revisions() {
            if let revision { revisions[id] = revision }
        }
        let statements = try store.lessonStatements()
        let actionItems = try store.actionItems()
        let services = ServiceIndex(
            incidents: facts, volumes: try store.volumeMappings(),
            mentions: try store.incidentsMentioning(catalog.searchableNames), catalog: catalog)
        let metrics = try store.incidentMetrics()
        let stats = IncidentStats(
            incidents: facts, metrics: metrics, actions: try store.actionStatusCounts(), taxonomy: taxonomy,
            catalog: catalog)
        let serviceKeys: [String] = services.services.filter { $0.kind == .service }.map(\.key)
        let resourceKeys: [String] = services.services.filter { $0.kind != .service }.map {
            $0.kind.rawValue + ":" + $0.key
        }
        let tags: Set<String> = Set(overviews.values.flatMap(\.tags))
        let modes: Set<FailureModeID> = Set(facts.flatMap(\.failureModes)).union(taxonomy.modes.map(\.id))
        let links = SiteLinks(
            incidents: facts.map { ($0.id, $0.kind) }, serviceKeys: serviceKeys, resourceKeys: resourceKeys,
            tags: tags, modes: modes)
        let lessons = LessonIndex(statements: statements, incidents: facts, taxonomy: taxonomy)
        let board = ActionBoard(items: actionItems, incidents: facts, grouping: .owner, today: today)
        // Without text similarity, which takes a full-text search per incident (`pm related`
        // shows it): related incidents share failure modes, services or resources.
        let related = RelatedIncidents.rankAll(incidents: facts, services: services, limit: relatedLimit)
        var factsByID: [IncidentID: IncidentFacts] = [:]
        for fact in facts where factsByID[fact.id] == nil { factsByID[fact.id] = fact }
        return SiteData(
            facts: facts, factsByID: factsByID, overviews: overviews, revisions: revisions, metrics: metrics,
            statements: statements, lessons: lessons, actionItems: actionItems, board: board, stats: stats,
            services: services, related: related, taxonomy: taxonomy, catalog: catalog, links: links)
    }

    /// The name, category and page of a failure mode; modes the taxonomy lacks are named by id.
    func mode(_ id: FailureModeID) -> IncidentCrossData.Mode {
        let mode = taxonomy.mode(id)
        return IncidentCrossData.Mode(
            name: mode?.name ?? id.rawValue, category: mode?.category.rawValue ?? "", path: links.mode(id))
    }

    /// The service page for a name an incident declares, when the catalog gives it a key.
    func servicePath(_ name: ServiceName) -> SitePath? {
        let key = catalog.key(for: name.rawValue)
        return key.isEmpty ? nil : links.service(key: key)
    }

    /// What an incident's page shows besides the incident.
    func cross(for incident: IncidentFacts, tags: [String]) -> IncidentCrossData {
        var modes: [FailureModeID: IncidentCrossData.Mode] = [:]
        for id in incident.failureModes { modes[id] = mode(id) }
        var servicePaths: [String: SitePath] = [:]
        for service in incident.services {
            if let path = servicePath(service) { servicePaths[service.rawValue] = path }
        }
        var tagPaths: [String: SitePath] = [:]
        for tag in tags { tagPaths[tag] = links.tag(tag) }
        return IncidentCrossData(
            metrics: metrics[incident.id],
            related: (related[incident.id] ?? []).map {
                IncidentCrossData.Related(incident: $0, path: links.page($0.id))
            },
            modes: modes, servicePaths: servicePaths, tagPaths: tagPaths,
            severityPath: SiteLinks.severity(incident.severity?.level), yearPath: SiteLinks.year(incident.date?.year),
            markdownPath: links.markdown(incident.id))
    }
}
