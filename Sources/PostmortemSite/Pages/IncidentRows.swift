import PostmortemKit

/// The rows of an incident table, as list pages show them.
enum IncidentRows {
    static func rows(_ ids: [IncidentID], data: SiteData, from path: SitePath) -> [PageModel] {
        ids.compactMap { id in data.factsByID[id].map { row($0, data: data, from: path) } }
    }

    /// `rows(ids, data:, from: path)` made only when the page is made; set in the model as
    /// `name` (the rows of a long list are most of its page's model).
    static func deferred(_ name: String, _ ids: [IncidentID], data: SiteData, from path: SitePath) -> DeferredList? {
        deferred(name, ids, data: data, from: path) { id in data.factsByID[id].map { row($0, data: data, from: path) } }
    }

    /// The rows `row(id)` of `ids` made only when the page is made (those `shows(id)`, by
    /// default those of known incidents), each keyed by its incident's revision and page
    /// (with the page's own path and the global key, everything a row shows: its
    /// incident's facts, status and failure modes, the taxonomy's names) and `extra(id)`,
    /// which must name whatever else `row` shows; nil when an incident has no revision
    /// (the rows are then made at once).
    static func deferred(
        _ name: String, _ ids: [IncidentID], data: SiteData, from path: SitePath,
        shows: ((IncidentID) -> Bool)? = nil, extra: (IncidentID) -> String = { _ in "" },
        row: @escaping (IncidentID) -> PageModel?
    ) -> DeferredList? {
        var items: [KeyedItem] = []
        items.reserveCapacity(ids.count)
        for id in ids {
            guard var key = data.incidentKeys[id] else { return nil }
            guard shows?(id) ?? (data.factsByID[id] != nil) else { continue }
            key.mix(extra(id))
            items.append(KeyedItem(key: key) { row(id) ?? [:] })
        }
        return DeferredList(name: name, items: items)
    }

    static func row(_ fact: IncidentFacts, data: SiteData, from path: SitePath) -> PageModel {
        let root = path.rootPrefix
        var row: PageModel = [
            "title": fact.title, "href": root + data.links.page(fact.id).rawValue, "kind": fact.kind.rawValue,
        ]
        row.setOrFalse("kindLabel", fact.kind == .incident ? nil : IncidentPageModel.kindLabel(fact.kind))
        row.setOrFalse("date", fact.date?.description)
        if let severity = fact.severity {
            row["severity"] = ["label": severity.label, "level": severity.level] as PageModel
        } else {
            row["severity"] = false
        }
        row.setOrFalse("status", data.overviews[fact.id]?.status?.label)
        row.setOrFalse("services", fact.services.map(\.rawValue).joined(separator: ", "))
        row.setOrFalse("modes", fact.failureModes.map { data.mode($0).name }.joined(separator: ", "))
        for key in ["via", "evidenceHTML", "score"] { row[key] = false }
        return row
    }

    /// A term of an index page (a tag, a year, a service) with its page and count.
    static func term(_ name: String, _ target: SitePath, count: Int, from path: SitePath, note: String? = nil)
        -> PageModel
    {
        var term: PageModel = [
            "name": name, "href": path.rootPrefix + target.rawValue, "count": count,
            "countLabel": Formatting.count(count, "incident"),
        ]
        term.setOrFalse("note", note)
        return term
    }
}
