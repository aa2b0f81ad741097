import PostmortemKit

/// Lessons by failure mode, the failure modes index and one page per failure mode.
enum ModePages {
    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")

        // Every lesson entry, in the lesson index's order, with its key.
        let allEntries = data.lessons.groups.flatMap(\.lessons)
        let entryKeys = allEntries.map { lessonKey($0, data: data) }

        // Lessons by failure mode.
        let lessonsPath = SiteLinks.lessons
        var lessonsModel: PageModel = [
            "chrome": context.site.chrome(for: lessonsPath, title: "Lessons", section: SiteLinks.lessons),
            "title": "Lessons by failure mode",
        ]
        let memo = ModelMemo()
        if let items = keyedGroups(data.lessons, keys: entryKeys, data: data, from: lessonsPath, memo: memo) {
            context.render(
                .lessons, lessonsModel, to: lessonsPath, deferred: [DeferredList(name: "groups", items: items)])
        } else {
            lessonsModel.set("groups", groups(data.lessons, data: data, from: lessonsPath))
            context.render(.lessons, lessonsModel, to: lessonsPath)
        }

        // Which incidents show each mode, with the evidence.
        var shown: [FailureModeID: [(IncidentID, FailureModeMatch)]] = [:]
        for fact in data.facts {
            for match in data.overviews[fact.id]?.failureModes ?? [] where shown[match.id]?.last?.0 != fact.id {
                shown[match.id, default: []].append((fact.id, match))
            }
        }
        var ids = data.taxonomy.modes.map(\.id)
        ids += shown.keys.filter { data.taxonomy.mode($0) == nil }.sorted()
        // Each lesson entry once under every mode its incidents show (in the lesson
        // index's order).
        var modesOf: [IncidentID: [FailureModeID]] = [:]
        for (mode, incidents) in shown {
            for (incident, _) in incidents { modesOf[incident, default: []].append(mode) }
        }
        var entriesOf: [FailureModeID: [Int]] = [:]
        for (index, entry) in allEntries.enumerated() {
            var modes = Set<FailureModeID>()
            for incident in entry.incidents { modes.formUnion(modesOf[incident] ?? []) }
            for mode in modes { entriesOf[mode, default: []].append(index) }
        }

        for id in ids {
            let path = data.links.mode(id)
            let mode = data.taxonomy.mode(id)
            let name = mode?.name ?? id.rawValue
            var model: PageModel = [
                "chrome": context.site.chrome(for: path, title: name, section: SiteLinks.modes), "title": name,
                "id": id.rawValue,
            ]
            model.set("category", mode?.category.rawValue)
            model.set("description", mode?.description)
            if mode == nil { model["unknown"] = true }
            // A row shows the match's evidence and score: the incident's own (its revision).
            let matches = Dictionary((shown[id] ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
            let makeRow = { (incident: IncidentID) -> PageModel? in
                guard let fact = data.factsByID[incident], let match = matches[incident] else { return nil }
                var row = IncidentRows.row(fact, data: data, from: path)
                row["evidenceHTML"] = SafeHTML.inline(match.evidence).html
                row["score"] = IncidentText.score(match.score)
                return row
            }
            let ids = (shown[id] ?? []).map(\.0)
            let rows = IncidentRows.deferred(
                "incidents", ids, data: data, from: path, shows: { data.factsByID[$0] != nil && matches[$0] != nil },
                row: makeRow)
            if rows == nil { model.set("incidents", ids.compactMap(makeRow)) }
            var deferred = rows.map { [$0] } ?? []
            // Its lessons: the lesson index's entries learned from an incident showing it
            // (an entry several incidents learned is shown once, under its most common mode,
            // on the lessons page, and here on the page of every mode its incidents show).
            if !(shown[id] ?? []).isEmpty {
                let indices = entriesOf[id] ?? []
                let entries = indices.map { allEntries[$0] }
                if let items = keyedEntries(
                    entries, keys: indices.map { entryKeys[$0] }, data: data, from: path, memo: memo)
                {
                    deferred.append(DeferredList(name: "lessons", items: items))
                } else {
                    model.set("lessons", Self.entries(entries, data: data, from: path))
                }
            }
            context.render(.mode, model, to: path, deferred: deferred)
        }

        let modesPath = SiteLinks.modes
        var categories: [String] = []
        for id in ids {
            let category = data.taxonomy.mode(id)?.category.rawValue ?? "not in the taxonomy"
            if !categories.contains(category) { categories.append(category) }
        }
        let grouped = categories.map { category -> PageModel in
            [
                "name": category,
                "terms": ids.filter { (data.taxonomy.mode($0)?.category.rawValue ?? "not in the taxonomy") == category }
                    .map { id -> PageModel in
                        IncidentRows.term(
                            data.mode(id).name, data.links.mode(id), count: shown[id]?.count ?? 0, from: modesPath)
                    },
            ]
        }
        try IndexPages.terms(
            context, path: modesPath, title: "Failure modes",
            intro: "The failure modes of the taxonomy, by category, with how many incidents show each.", terms: [],
            section: SiteLinks.modes, extra: ["categories": grouped])
    }

    static func groups(_ index: LessonIndex, data: SiteData, from path: SitePath) -> [PageModel] {
        index.groups.map { group -> PageModel in
            var model = groupHead(group, data: data, from: path)
            model["lessons"] = entries(group.lessons, data: data, from: path)
            return model
        }
    }

    /// A group of the lessons page without its lessons.
    static func groupHead(_ group: LessonIndex.Group, data: SiteData, from path: SitePath) -> PageModel {
        var model: PageModel = [
            "name": group.name, "incidents": Formatting.count(group.incidents, "incident"),
            "anchor": "mode-" + SlugMaker.slug(group.failureMode?.rawValue ?? LessonIndex.unclassified),
        ]
        model.setOrFalse("href", group.failureMode.map { path.rootPrefix + data.links.mode($0).rawValue })
        return model
    }

    /// `groups(index, …)` as keyed items, each group's lessons keyed too by `keys` (those of
    /// the index's lessons in order, see ``lessonKey(_:data:)``): a group's key is its name,
    /// count, mode and page and its lessons' keys; nil when an incident has no revision.
    static func keyedGroups(
        _ index: LessonIndex, keys: [Fingerprint?], data: SiteData, from path: SitePath, memo: ModelMemo? = nil
    ) -> [KeyedItem]? {
        var items: [KeyedItem] = []
        var start = 0
        for group in index.groups {
            let groupKeys = Array(keys[start..<min(keys.count, start + group.lessons.count)])
            start += group.lessons.count
            guard groupKeys.count == group.lessons.count,
                let lessons = keyedEntries(group.lessons, keys: groupKeys, data: data, from: path, memo: memo)
            else { return nil }
            var key = Fingerprint("group")
            key.mix(group.name)
            key.mix(group.incidents)
            key.mix(group.failureMode?.rawValue ?? "-")
            key.mix(group.failureMode.map { data.links.mode($0).rawValue } ?? "-")
            key.mix(DeferredList(name: "lessons", items: lessons).key)
            items.append(
                KeyedItem(key: key) {
                    var model = groupHead(group, data: data, from: path)
                    model["lessons"] = KeyedItems(items: lessons)
                    return model
                })
        }
        return items
    }

    /// `entries(entries, …)` as keyed items, each keyed by what it shows (``lessonKey(_:data:)``,
    /// or `keys` when given: those of `entries`); nil when an incident has no revision.
    static func keyedEntries(
        _ entries: [LessonIndex.Entry], keys: [Fingerprint?]? = nil, data: SiteData, from path: SitePath,
        memo: ModelMemo? = nil
    ) -> [KeyedItem]? {
        var items: [KeyedItem] = []
        items.reserveCapacity(entries.count)
        let root = path.rootPrefix
        for (index, entry) in entries.enumerated() {
            guard let key = keys.map({ $0[index] }) ?? lessonKey(entry, data: data) else { return nil }
            // A lesson's model is the same on every page of one depth: made once for all.
            var shared = key
            shared.mix(root)
            items.append(
                KeyedItem(key: key) {
                    memo?.model(shared) { Self.entries([entry], data: data, from: path).first ?? [:] }
                        ?? Self.entries([entry], data: data, from: path).first ?? [:]
                })
        }
        return items
    }

    /// What a lesson entry shows: its text, kind and variants, and its incidents' revisions
    /// (their titles and dates) and pages; nil when an incident has no revision.
    static func lessonKey(_ entry: LessonIndex.Entry, data: SiteData) -> Fingerprint? {
        var key = Fingerprint("lesson")
        key.mix(entry.kind.rawValue)
        key.mix(entry.text)
        key.mix(entry.variants.count)
        for variant in entry.variants { key.mix(variant) }
        key.mix(entry.incidents.count)
        for id in entry.incidents {
            guard let incident = data.incidentKeys[id] else { return nil }
            key.mix(incident)
        }
        return key
    }

    static func entries(_ entries: [LessonIndex.Entry], data: SiteData, from path: SitePath) -> [PageModel] {
        entries.map { entry -> PageModel in
            var model: PageModel = [
                "textHTML": SafeHTML.inline(entry.text).html, "kind": entry.kind.rawValue,
                "sources": entry.incidents.compactMap { id -> PageModel? in
                    guard let fact = data.factsByID[id] else { return nil }
                    var source: PageModel = [
                        "title": fact.title, "href": path.rootPrefix + data.links.page(id).rawValue,
                    ]
                    source.setOrFalse("date", fact.date?.description)
                    return source
                },
            ]
            model.setOrFalse("repeated", entry.incidents.count > 1 ? "\(entry.incidents.count) incidents" : nil)
            model.set("variants", entry.variants)
            if entry.variants.isEmpty { model["hasVariants"] = false }
            return model
        }
    }
}
