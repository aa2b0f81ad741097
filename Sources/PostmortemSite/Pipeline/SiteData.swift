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
    /// Each incident's text in the search index.
    var searchTexts: [IncidentID: String]
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
    /// Each incident's related incidents, made when asked for.
    var related: RelatedIncidents.Ranked
    var taxonomy: Taxonomy
    var catalog: ServiceCatalog
    var links: SiteLinks
    /// Each incident's id, revision and page mixed into one fingerprint: what a row, an
    /// action or a lesson source showing the incident stands for in a list's keys (its
    /// revision holds everything of it a list shows). Absent for incidents without a
    /// revision, whose lists are then made at once.
    var incidentKeys: [IncidentID: Fingerprint]
    /// The service page of every service name the incidents declare (names the catalog
    /// gives no key are absent), each name folded once.
    var servicePaths: [String: SitePath]
    /// Everything an incident's page shows besides its incident (its revision) and its
    /// related incidents: every page's path (the links), the services' and resources'
    /// names and pages, the tags' and modes' pages. With the global key, when it and an
    /// incident's revision and related incidents are those of the previous publish, the
    /// page is the previous one.
    var siteDigest: Fingerprint
    /// Every failure mode's id, name, category and page: what pages that name modes show
    /// of them.
    var modesDigest: Fingerprint

    /// How many related incidents an incident's page lists.
    static let relatedLimit = 5

    /// What ``load(store:taxonomy:catalog:today:cache:)`` read: the site data, every
    /// incident's inputs to keep for the next publish, and the cache shards that changed.
    struct Loaded {
        var data: SiteData
        var inputs: [IncidentID: IncidentInputs]
        var changedShards: Set<Int>
        /// How many incidents were read from the store rather than the cache.
        var read: Int
        /// Every incident's related incidents as chosen, for the next publish, and whether
        /// they differ from the cached ones.
        var choices: [IncidentID: RelatedIncidents.Choice]
        var choicesChanged: Bool
        /// The related incidents the cache held, and the incidents whose revision is not
        /// the cached one (read from the store) or that are gone: nil when the cache was not
        /// used.
        var previousChoices: [IncidentID: RelatedIncidents.Choice]? = nil
        var changed: Set<IncidentID>? = nil
    }

    /// Reads the store. Call inside `IncidentStore.readingConsistently`.
    ///
    /// With a `cache`, only the incidents whose revision is not the cached one are read
    /// (whole) from the store, the others' inputs come from the cache; without one, or when
    /// more than a quarter of the incidents changed, every incident is read through the
    /// store's lean queries.
    static func load(
        store: IncidentStore, taxonomy: Taxonomy, catalog: ServiceCatalog, today: Day, cache: SiteDataCache? = nil
    ) throws -> Loaded {
        let revisionList = try store.revisions()
        var inputs: [IncidentID: IncidentInputs] = [:]
        var changed: [IncidentID] = []
        if let cache {
            for (id, revision) in revisionList {
                if let revision, let cached = cache.entries[id], cached.revision == revision {
                    inputs[id] = cached
                } else {
                    changed.append(id)
                }
            }
        }
        let previous = cache?.choices(limit: relatedLimit)
        guard let cache, changed.count <= max(64, revisionList.count / 4) else {
            return try loadWhole(
                store: store, taxonomy: taxonomy, catalog: catalog, today: today, revisionList: revisionList,
                previous: previous)
        }
        var changedShards = cache.unusable
        let present = Set(revisionList.map(\.id))
        for id in cache.entries.keys where !present.contains(id) { changedShards.insert(SiteDataCache.shard(of: id)) }
        var revisionByID: [IncidentID: String] = [:]
        for (id, revision) in revisionList { revisionByID[id] = revision }
        var start = 0
        while start < changed.count {
            let batch = Array(changed[start..<min(changed.count, start + 256)])
            start += batch.count
            let mentions = try store.incidentsMentioning(catalog.searchableNames, among: batch)
            var mentioned: [IncidentID: [String]] = [:]
            for (name, ids) in mentions {
                for id in ids { mentioned[id, default: []].append(name) }
            }
            for incident in try store.fetch(batch) {
                inputs[incident.id] = IncidentInputs(
                    incident, revision: revisionByID[incident.id] ?? "", mentions: mentioned[incident.id] ?? [])
                changedShards.insert(SiteDataCache.shard(of: incident.id))
            }
        }
        let (data, choices) = assemble(
            inputs, revisions: revisionByID, taxonomy: taxonomy, catalog: catalog, today: today, previous: previous)
        var changedIDs = Set(changed)
        for id in cache.entries.keys where !present.contains(id) { changedIDs.insert(id) }
        return Loaded(
            data: data, inputs: inputs, changedShards: changedShards, read: changed.count, choices: choices,
            choicesChanged: choices != previous, previousChoices: previous, changed: changedIDs)
    }

    /// Every incident read through the store's lean queries; every incident's inputs kept.
    private static func loadWhole(
        store: IncidentStore, taxonomy: Taxonomy, catalog: ServiceCatalog, today: Day,
        revisionList: [(id: IncidentID, revision: String?)], previous: [IncidentID: RelatedIncidents.Choice]?
    ) throws -> Loaded {
        let facts = try store.incidentFacts()
        let overviews = try store.incidentOverviews()
        var revisions: [IncidentID: String] = [:]
        for (id, revision) in revisionList {
            if let revision { revisions[id] = revision }
        }
        let statements = try store.lessonStatements()
        let actionItems = try store.actionItems()
        let volumes = try store.volumeMappings()
        let mentions = try store.incidentsMentioning(catalog.searchableNames)
        let metrics = try store.incidentMetrics()
        var statementsOf: [IncidentID: [LessonStatement]] = [:]
        for statement in statements { statementsOf[statement.incident, default: []].append(statement) }
        var searchTexts: [IncidentID: String] = [:]
        for fact in facts where searchTexts[fact.id] == nil {
            searchTexts[fact.id] = SearchIndex.text(
                summary: overviews[fact.id]?.summary, statements: statementsOf[fact.id] ?? [])
        }
        let (data, choices) = make(
            facts: facts, overviews: overviews, searchTexts: searchTexts, revisions: revisions, metrics: metrics,
            statements: statements, actionItems: actionItems, actionCounts: try store.actionStatusCounts(),
            volumes: volumes, mentions: mentions, taxonomy: taxonomy, catalog: catalog, today: today,
            previous: previous)

        var actionsOf: [IncidentID: [ActionBoard.Item]] = [:]
        for item in actionItems { actionsOf[item.incident, default: []].append(item) }
        var mentioned: [IncidentID: [String]] = [:]
        for (name, ids) in mentions {
            for id in ids { mentioned[id, default: []].append(name) }
        }
        var inputs: [IncidentID: IncidentInputs] = [:]
        for fact in facts {
            guard let revision = revisions[fact.id], let overview = overviews[fact.id] else { continue }
            inputs[fact.id] = IncidentInputs(
                revision: revision, facts: fact, overview: overview, metrics: metrics[fact.id],
                statements: statementsOf[fact.id] ?? [], actions: actionsOf[fact.id] ?? [],
                volumes: volumes[fact.id] ?? [], mentions: mentioned[fact.id] ?? [],
                searchText: searchTexts[fact.id] ?? "")
        }
        return Loaded(
            data: data, inputs: inputs, changedShards: Set(0..<SiteDataCache.shardCount), read: facts.count,
            choices: choices, choicesChanged: choices != previous)
    }

    /// The site data of every incident's `inputs`, in the orders the store's lean queries
    /// give: facts in list order, statements and action items by incident id (as bytes) and
    /// position, lessons before troubleshooting entries.
    private static func assemble(
        _ inputs: [IncidentID: IncidentInputs], revisions: [IncidentID: String], taxonomy: Taxonomy,
        catalog: ServiceCatalog, today: Day, previous: [IncidentID: RelatedIncidents.Choice]?
    ) -> (SiteData, [IncidentID: RelatedIncidents.Choice]) {
        // The ids are sorted, not the inputs (moving 10,000 inputs through a sort costs
        // more than comparing their ids).
        let byBytes = inputs.keys.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
            .compactMap { inputs[$0] }
        let facts = inputs.values.map(\.facts).sorted { a, b in
            let x = a.date?.daysSinceEpoch ?? Int.min
            let y = b.date?.daysSinceEpoch ?? Int.min
            return x != y ? x > y : a.id < b.id
        }
        var overviews: [IncidentID: IncidentOverview] = [:]
        var searchTexts: [IncidentID: String] = [:]
        var metrics: [IncidentID: IncidentMetrics] = [:]
        var volumes: [IncidentID: [VolumeMapping]] = [:]
        var mentions: [String: Set<IncidentID>] = [:]
        var actionCounts: [ActionStatus: Int] = [:]
        for input in byBytes {
            let id = input.facts.id
            overviews[id] = input.overview
            searchTexts[id] = input.searchText
            metrics[id] = input.metrics
            if !input.volumes.isEmpty { volumes[id] = input.volumes }
            for name in input.mentions { mentions[name, default: []].insert(id) }
            for item in input.actions { actionCounts[item.action.status, default: 0] += 1 }
        }
        let statements =
            byBytes.flatMap { $0.statements.filter { $0.origin != .troubleshooting } }
            + byBytes.flatMap { $0.statements.filter { $0.origin == .troubleshooting } }
        return make(
            facts: facts, overviews: overviews, searchTexts: searchTexts, revisions: revisions, metrics: metrics,
            statements: statements,
            actionItems: byBytes.flatMap(\.actions), actionCounts: actionCounts, volumes: volumes, mentions: mentions,
            taxonomy: taxonomy, catalog: catalog, today: today, previous: previous)
    }

    /// The knowledge views and links made from what was read.
    private static func make(
        facts: [IncidentFacts], overviews: [IncidentID: IncidentOverview], searchTexts: [IncidentID: String],
        revisions: [IncidentID: String],
        metrics: [IncidentID: IncidentMetrics], statements: [LessonStatement], actionItems: [ActionBoard.Item],
        actionCounts: [ActionStatus: Int], volumes: [IncidentID: [VolumeMapping]], mentions: [String: Set<IncidentID>],
        taxonomy: Taxonomy, catalog: ServiceCatalog, today: Day, previous: [IncidentID: RelatedIncidents.Choice]?
    ) -> (SiteData, [IncidentID: RelatedIncidents.Choice]) {
        // The views that do not need each other are made at once, on all cores: the
        // services (then the links and the related incidents, which need them), the action
        // board, and the stats with the lessons.
        let (first, board, (stats, lessons)) = Parallel.run(
            {
                let services = ServiceIndex(incidents: facts, volumes: volumes, mentions: mentions, catalog: catalog)
                let serviceKeys: [String] = services.services.filter { $0.kind == .service }.map(\.key)
                let resourceKeys: [String] = services.services.filter { $0.kind != .service }.map {
                    $0.kind.rawValue + ":" + $0.key
                }
                let tags: Set<String> = Set(overviews.values.flatMap(\.tags))
                let modes: Set<FailureModeID> = Set(facts.flatMap(\.failureModes)).union(taxonomy.modes.map(\.id))
                let links = SiteLinks(
                    incidents: facts.map { ($0.id, $0.kind) }, serviceKeys: serviceKeys, resourceKeys: resourceKeys,
                    tags: tags, modes: modes)
                // Without text similarity, which takes a full-text search per incident (`pm
                // related` shows it): related incidents share failure modes, services or
                // resources. Only the incidents the changes touch are ranked again.
                let (related, choices) = RelatedIncidents.rankAllLazily(
                    incidents: facts, services: services, limit: relatedLimit, previous: previous)
                return (services, links, related, choices)
            },
            { ActionBoard(items: actionItems, incidents: facts, grouping: .owner, today: today) },
            {
                (
                    IncidentStats(
                        incidents: facts, metrics: metrics, actions: actionCounts, taxonomy: taxonomy, catalog: catalog),
                    LessonIndex(statements: statements, incidents: facts, taxonomy: taxonomy)
                )
            })
        let (services, links, related, choices) = first
        var factsByID: [IncidentID: IncidentFacts] = [:]
        var incidentKeys: [IncidentID: Fingerprint] = [:]
        incidentKeys.reserveCapacity(facts.count)
        for fact in facts where factsByID[fact.id] == nil {
            factsByID[fact.id] = fact
            guard let revision = revisions[fact.id] else { continue }
            var key = Fingerprint()
            key.mix(fact.id.rawValue)
            key.mix(revision)
            key.mix(links.page(fact.id).rawValue)
            incidentKeys[fact.id] = key
        }
        var servicePaths: [String: SitePath] = [:]
        var folded = Set<String>()
        for fact in facts {
            for service in fact.services where folded.insert(service.rawValue).inserted {
                let key = catalog.key(for: service.rawValue)
                if !key.isEmpty { servicePaths[service.rawValue] = links.service(key: key) }
            }
        }
        var digest = Fingerprint("site-digest 1")
        digest.mix(facts.count)
        for fact in facts {
            digest.mix(fact.id.rawValue)
            digest.mix(links.page(fact.id).rawValue)
            digest.mix(links.markdown(fact.id).rawValue)
        }
        digest.mix(services.services.count)
        for entry in services.services {
            digest.mix(entry.kind.rawValue)
            digest.mix(entry.key)
            digest.mix(entry.name)
            let path =
                entry.kind == .service
                ? links.service(key: entry.key) : links.resource(key: entry.kind.rawValue + ":" + entry.key)
            digest.mix(path.rawValue)
        }
        digest.mix(servicePaths.count)
        for (name, path) in servicePaths.sorted(by: { $0.key < $1.key }) {
            digest.mix(name)
            digest.mix(path.rawValue)
        }
        let tags = Set(overviews.values.flatMap(\.tags)).sorted()
        digest.mix(tags.count)
        for tag in tags {
            digest.mix(tag)
            digest.mix(links.tag(tag).rawValue)
        }
        let modes = Set(facts.flatMap(\.failureModes)).union(taxonomy.modes.map(\.id)).sorted()
        var modesDigest = Fingerprint("modes-digest 1")
        modesDigest.mix(modes.count)
        for mode in modes {
            modesDigest.mix(mode.rawValue)
            modesDigest.mix(taxonomy.mode(mode)?.name ?? mode.rawValue)
            modesDigest.mix(taxonomy.mode(mode)?.category.rawValue ?? "")
            modesDigest.mix(links.mode(mode).rawValue)
        }
        digest.mix(modesDigest)
        let data = SiteData(
            facts: facts, factsByID: factsByID, overviews: overviews, searchTexts: searchTexts, revisions: revisions,
            metrics: metrics,
            statements: statements, lessons: lessons, actionItems: actionItems, board: board, stats: stats,
            services: services, related: related, taxonomy: taxonomy, catalog: catalog, links: links,
            incidentKeys: incidentKeys, servicePaths: servicePaths, siteDigest: digest, modesDigest: modesDigest)
        return (data, choices)
    }

    /// The name, category and page of a failure mode; modes the taxonomy lacks are named by id.
    func mode(_ id: FailureModeID) -> IncidentCrossData.Mode {
        let mode = taxonomy.mode(id)
        return IncidentCrossData.Mode(
            name: mode?.name ?? id.rawValue, category: mode?.category.rawValue ?? "", path: links.mode(id))
    }

    /// The service page for a name an incident declares, when the catalog gives it a key.
    func servicePath(_ name: ServiceName) -> SitePath? {
        if let path = servicePaths[name.rawValue] { return path }
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
            related: related.related(of: incident.id).map {
                IncidentCrossData.Related(incident: $0, path: links.page($0.id))
            },
            modes: modes, servicePaths: servicePaths, tagPaths: tagPaths,
            severityPath: SiteLinks.severity(incident.severity?.level), yearPath: SiteLinks.year(incident.date?.year),
            markdownPath: links.markdown(incident.id))
    }
}
