import PostmortemKit

/// The cross-incident views of the whole store, each built from the lean queries of
/// `IncidentStore+Knowledge`: what `pm lessons`, `pm actions`, `pm stats`, `pm related`
/// and `pm services` show, and what a publisher renders.
extension IncidentStore {
    /// The services and resources with the incidents that touched them: named, through a
    /// volume, or mentioned in the text (every name of `catalog.searchableNames` is looked
    /// up in the full-text index).
    public func serviceIndex(catalog: ServiceCatalog, facts: [IncidentFacts]? = nil) throws -> ServiceIndex {
        ServiceIndex(
            incidents: try facts ?? incidentFacts(), volumes: try volumeMappings(),
            mentions: try incidentsMentioning(catalog.searchableNames), catalog: catalog)
    }

    /// The lesson index (see `LessonIndex`), of the incidents showing `mode` and touching
    /// `service` (through `catalog`) when they are given.
    public func lessonIndex(
        taxonomy: Taxonomy, mode: FailureModeID? = nil, service: ServiceName? = nil,
        catalog: ServiceCatalog = ServiceCatalog()
    ) throws -> LessonIndex {
        var only: Set<IncidentID>?
        if let service {
            only = Set(try serviceIndex(catalog: catalog).service(named: service.rawValue)?.incidents ?? [])
        }
        if let inputs = try lessonInputs() {
            return LessonIndex(inputs: inputs, taxonomy: taxonomy, mode: mode, only: only)
        }
        // Ids that are not ASCII: from values, as Swift compares the ids.
        let (facts, statements) = try pool.concurrently(
            { try self.incidentFacts(details: false) }, { try self.lessonStatements() })
        return LessonIndex(statements: statements, incidents: facts, taxonomy: taxonomy, mode: mode, only: only)
    }

    /// The action board (see `ActionBoard`) of every action item.
    public func actionBoard(
        filter: ActionBoard.Filter = ActionBoard.Filter(), grouping: ActionBoard.Grouping = .incident, today: Day
    ) throws -> ActionBoard {
        ActionBoard(
            items: try actionItems(), incidents: try incidentFacts(), filter: filter, grouping: grouping, today: today)
    }

    /// The knowledge base's stats (see `IncidentStats`).
    public func stats(taxonomy: Taxonomy, catalog: ServiceCatalog = ServiceCatalog()) throws -> IncidentStats {
        if let tally = try statsTally(catalog: catalog) {
            return IncidentStats(tally: tally, taxonomy: taxonomy, catalog: catalog)
        }
        // Ids that are not ASCII, or times to compute: from values.
        let (facts, (metrics, actions)) = try pool.concurrently(
            { try self.incidentFacts() }, { (try self.incidentMetrics(), try self.actionStatusCounts()) })
        return IncidentStats(
            incidents: facts, metrics: metrics, actions: actions, taxonomy: taxonomy, catalog: catalog)
    }

    /// The incidents related to `id` (see `RelatedIncidents`), best first; nil when there is
    /// no incident `id`.
    public func related(to id: IncidentID, catalog: ServiceCatalog = ServiceCatalog(), limit: Int = 10) throws
        -> (incident: IncidentFacts, related: [RelatedIncident])?
    {
        guard let incident = try fetch(id) else { return nil }
        let facts = try incidentFacts()
        let services = try serviceIndex(catalog: catalog, facts: facts)
        let related = RelatedIncidents.rank(
            id, incidents: facts, services: services, text: try textSimilarity(to: incident), limit: limit)
        return (IncidentFacts(incident), related)
    }
}
