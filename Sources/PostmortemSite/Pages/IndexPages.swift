import PostmortemKit

/// The home page and the lists: every incident, runbooks, tags, severities and years.
enum IndexPages {
    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        try home(context, data)

        var incidents: [IncidentID] = []
        var runbooks: [IncidentID] = []
        for fact in data.facts {
            if fact.kind == .runbook { runbooks.append(fact.id) } else { incidents.append(fact.id) }
        }
        try list(
            context, data, path: SiteLinks.incidents, title: "Incidents", section: SiteLinks.incidents,
            intro: "Every incident and near miss, newest first.", ids: incidents,
            extra: ["browse": browseLinks(SiteLinks.incidents), "hasBrowse": true])
        try list(
            context, data, path: SiteLinks.runbooks, title: "Runbooks", section: SiteLinks.runbooks,
            intro: "Procedures and troubleshooting tables.", ids: runbooks)

        // Tags.
        var byTag: [String: [IncidentID]] = [:]
        for fact in data.facts {
            for tag in Set(data.overviews[fact.id]?.tags ?? []) { byTag[tag, default: []].append(fact.id) }
        }
        let tags = byTag.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        for tag in tags {
            try list(
                context, data, path: data.links.tag(tag), title: "Tag: \(tag)", section: nil,
                intro: Formatting.count(byTag[tag]?.count ?? 0, "incident") + " tagged “\(tag)”.",
                ids: byTag[tag] ?? [])
        }
        try terms(
            context, path: SiteLinks.tags, title: "Tags", intro: "Tags the incidents carry.",
            terms: tags.map { tag in
                IncidentRows.term(tag, data.links.tag(tag), count: byTag[tag]?.count ?? 0, from: SiteLinks.tags)
            })

        // Severities, most severe first, unrated last.
        var bySeverity: [Int?: [IncidentID]] = [:]
        var severityLabels: [Int: [String: Int]] = [:]
        for fact in data.facts where fact.kind != .runbook {
            bySeverity[fact.severity?.level, default: []].append(fact.id)
            if let severity = fact.severity {
                severityLabels[severity.level, default: [:]][severity.label, default: 0] += 1
            }
        }
        let levels = bySeverity.keys.sorted { ($0 ?? 9) < ($1 ?? 9) }
        func severityName(_ level: Int?) -> String {
            guard let level else { return "Unrated" }
            let labels = (severityLabels[level] ?? [:]).sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            return "SEV\(level)"
                + (labels.isEmpty ? "" : " (" + labels.prefix(3).map(\.key).joined(separator: ", ") + ")")
        }
        for level in levels {
            try list(
                context, data, path: SiteLinks.severity(level), title: "Severity: \(severityName(level))", section: nil,
                intro: level == nil
                    ? "Incidents with no severity given." : "Severity level \(level ?? 0) of 5 (1 is the worst).",
                ids: bySeverity[level] ?? [])
        }
        try terms(
            context, path: SiteLinks.severities, title: "Severities", intro: "Incidents by severity, 1 the worst.",
            terms: levels.map { level in
                IncidentRows.term(
                    severityName(level), SiteLinks.severity(level), count: bySeverity[level]?.count ?? 0,
                    from: SiteLinks.severities)
            })

        // Years, newest first, undated last.
        var byYear: [Int?: [IncidentID]] = [:]
        for fact in data.facts where fact.kind != .runbook { byYear[fact.date?.year, default: []].append(fact.id) }
        let years = byYear.keys.sorted { ($0 ?? Int.min) > ($1 ?? Int.min) }
        for year in years {
            try list(
                context, data, path: SiteLinks.year(year), title: year.map { "\($0)" } ?? "Undated", section: nil,
                intro: year.map { "Incidents of \($0), newest first." } ?? "Incidents with no date.",
                ids: byYear[year] ?? [])
        }
        try terms(
            context, path: SiteLinks.years, title: "Years", intro: "Incidents by the year they happened.",
            terms: years.map { year in
                IncidentRows.term(
                    year.map { "\($0)" } ?? "Undated", SiteLinks.year(year), count: byYear[year]?.count ?? 0,
                    from: SiteLinks.years)
            })
    }

    /// Links to the other ways of browsing, from a page at `path`.
    static func browseLinks(_ path: SitePath) -> [PageModel] {
        [("Tags", SiteLinks.tags), ("Severities", SiteLinks.severities), ("Years", SiteLinks.years)].map {
            ["label": $0.0, "href": path.rootPrefix + $0.1.rawValue] as PageModel
        }
    }

    static func list(
        _ context: PublishingContext, _ data: SiteData, path: SitePath, title: String, section: SitePath?,
        intro: String, ids: [IncidentID], extra: PageModel = [:]
    ) throws(PublishError) {
        var model: PageModel = [
            "chrome": context.site.chrome(for: path, title: title, section: section), "title": title,
            "intro": intro,
        ]
        model.merge(extra) { _, new in new }
        if let rows = IncidentRows.deferred("rows", ids, data: data, from: path) {
            context.render(.list, model, to: path, deferred: [rows])
        } else {
            model.set("rows", IncidentRows.rows(ids, data: data, from: path))
            context.render(.list, model, to: path)
        }
    }

    static func terms(
        _ context: PublishingContext, path: SitePath, title: String, intro: String, terms: [PageModel],
        section: SitePath? = nil, extra: PageModel = [:]
    ) throws(PublishError) {
        var model: PageModel = [
            "chrome": context.site.chrome(for: path, title: title, section: section), "title": title,
            "intro": intro,
        ]
        model.set("terms", terms)
        model.merge(extra) { _, new in new }
        context.render(.terms, model, to: path)
    }

    static func home(_ context: PublishingContext, _ data: SiteData) throws(PublishError) {
        let path = SiteLinks.home
        let root = path.rootPrefix
        let stats = data.stats
        var model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Home", section: nil),
            "title": context.site.title,
            "counts": [
                ["label": "incidents", "value": stats.incidents, "href": root + SiteLinks.incidents.rawValue],
                ["label": "near misses", "value": stats.nearMisses, "href": root + SiteLinks.incidents.rawValue],
                ["label": "runbooks", "value": stats.runbooks, "href": root + SiteLinks.runbooks.rawValue],
                [
                    "label": "open action items", "value": stats.actions.open + stats.actions.inProgress,
                    "href": root + SiteLinks.actions.rawValue,
                ],
            ] as [PageModel],
        ]
        var recent: [IncidentID] = []
        for fact in data.facts where fact.kind != .runbook {
            recent.append(fact.id)
            if recent.count == 10 { break }
        }
        model.set("recent", IncidentRows.rows(recent, data: data, from: path))
        model.set(
            "modes",
            stats.byFailureMode.prefix(8).map { count -> PageModel in
                IncidentRows.term(
                    count.name, data.links.mode(FailureModeID(count.key)), count: count.incidents, from: path)
            })
        // The 8 most urgent open actions: priority (none last), then due day (none last),
        // then board order; kept as the board is read, not by sorting every action.
        var urgent: [(order: (Int, Int, Int), entry: ActionBoard.Entry)] = []
        var offset = 0
        for group in data.board.groups {
            for entry in group.actions where entry.status == .open || entry.status == .inProgress {
                let order = (entry.priority?.level ?? 4, entry.due?.daysSinceEpoch ?? Int.max, offset)
                offset += 1
                guard urgent.count < 8 || order < (urgent.last?.order ?? order) else { continue }
                let place = urgent.firstIndex { order < $0.order } ?? urgent.count
                urgent.insert((order, entry), at: place)
                if urgent.count > 8 { urgent.removeLast() }
            }
        }
        model.set("openActions", urgent.map { ActionBoardPage.entry($0.entry, data: data, from: path) })
        if stats.timeToResolve.count > 0 {
            model.set("medianResolve", stats.timeToResolve.median.map { Formatting.duration(seconds: $0) })
        }
        context.render(.home, model, to: path)
    }
}
