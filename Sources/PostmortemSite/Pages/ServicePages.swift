import PostmortemKit

/// One page per service and per resource (volume, claim), and their index.
enum ServicePages {
    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let site = context.site
        var services: [PageModel] = []
        var resources: [PageModel] = []
        for entry in data.services.services {
            let isService = entry.kind == .service
            let path =
                isService
                ? data.links.service(key: entry.key) : data.links.resource(key: entry.kind.rawValue + ":" + entry.key)
            let kindLabel = isService ? "Service" : entry.kind == .volume ? "Volume" : "Claim"
            if let key = key(entry, data: data) {
                context.render(.service, key: key, to: path) {
                    page(entry, path: path, kindLabel: kindLabel, data: data, site: site)
                }
            } else {
                let (model, deferred) = page(entry, path: path, kindLabel: kindLabel, data: data, site: site)
                context.render(.service, model, to: path, deferred: deferred)
            }
            let term = IncidentRows.term(entry.name, path, count: entry.touches.count, from: SiteLinks.services)
            if isService {
                services.append(term)
            } else {
                resources.append(term.merging(["note": kindLabel.lowercased()]) { _, new in new })
            }
        }
        var categories: [PageModel] = []
        if !services.isEmpty { categories.append(["name": "Services", "terms": services]) }
        if !resources.isEmpty { categories.append(["name": "Volumes and claims", "terms": resources]) }
        try IndexPages.terms(
            context, path: SiteLinks.services, title: "Services and resources",
            intro: "What the incidents touched: named, through a volume, or mentioned in the text.", terms: [],
            section: SiteLinks.services, extra: ["categories": categories])
    }

    /// What a service's or resource's page is made from: its name, kind and touches, each
    /// touching incident's id, revision and page (its row and its modes) and how it
    /// touched it, and every mode's name and page (``SiteData/modesDigest``); nil when an
    /// incident has no revision.
    static func key(_ entry: ServiceIndex.Entry, data: SiteData) -> Fingerprint? {
        var key = Fingerprint("service-page 1")
        key.mix(entry.name)
        key.mix(entry.kind.rawValue)
        key.mix(entry.key)
        key.mix(data.modesDigest)
        key.mix(entry.touches.count)
        for touch in entry.touches {
            guard let incident = data.incidentKeys[touch.incident] else { return nil }
            key.mix(incident)
            key.mix(touch.via.count)
            for via in touch.via { key.mix(via.rawValue) }
        }
        return key
    }

    /// The page model of a service or resource, with its rows deferred when it can be.
    static func page(
        _ entry: ServiceIndex.Entry, path: SitePath, kindLabel: String, data: SiteData, site: SiteInfo
    ) -> (PageModel, [DeferredList]) {
        var model: PageModel = [
            "chrome": site.chrome(for: path, title: entry.name, section: SiteLinks.services),
            "title": entry.name, "kindLabel": kindLabel,
            "intro": Formatting.count(entry.touches.count, "incident") + " touched it.",
        ]
        let via = Dictionary(
            entry.touches.map { ($0.incident, $0.via.map(\.rawValue).joined(separator: ", ")) },
            uniquingKeysWith: { first, _ in first })
        let makeRow = { (id: IncidentID) -> PageModel? in
            guard let fact = data.factsByID[id] else { return nil }
            var row = IncidentRows.row(fact, data: data, from: path)
            row["via"] = via[id] ?? ""
            return row
        }
        let ids = entry.touches.map(\.incident)
        let rows = IncidentRows.deferred(
            "incidents", ids, data: data, from: path, extra: { via[$0] ?? "" }, row: makeRow)
        var modeCounts: [FailureModeID: Int] = [:]
        for touch in entry.touches {
            for mode in Set(data.factsByID[touch.incident]?.failureModes ?? []) {
                modeCounts[mode, default: 0] += 1
            }
        }
        model.set(
            "modes",
            modeCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { id, count in
                IncidentRows.term(data.mode(id).name, data.links.mode(id), count: count, from: path)
            })
        if let rows { return (model, [rows]) }
        model.set("incidents", ids.compactMap(makeRow))
        return (model, [])
    }
}
