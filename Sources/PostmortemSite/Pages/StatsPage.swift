import PostmortemKit

/// The stats page: counts, incidents per month, times to detect and resolve (median, p90,
/// distribution), failure modes, severities and services, as SVG charts with their numbers
/// in tables beside them.
enum StatsPage {
    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let path = SiteLinks.stats
        let root = path.rootPrefix
        let stats = data.stats
        var model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Stats", section: SiteLinks.stats), "title": "Stats",
            "incidents": stats.incidents, "nearMisses": stats.nearMisses, "runbooks": stats.runbooks,
            "actions": [
                "total": stats.actions.total, "open": stats.actions.open, "inProgress": stats.actions.inProgress,
                "done": stats.actions.done, "wontDo": stats.actions.wontDo,
            ] as PageModel,
        ]

        if stats.undated > 0 { model["undated"] = stats.undated }
        // Per month; as many months as there are, labelled every few.
        let months = stats.perMonth.map { count in
            BarChart.Bar(label: count.name, value: count.incidents, href: nil)
        }
        let every = months.count > 48 ? 12 : months.count > 12 ? 3 : 1
        model.set("perMonthHTML", BarChart.columns(months, label: "Incidents per month", labelEvery: every))
        model.set(
            "perYear",
            yearTotals(stats.perMonth).map { year, count -> PageModel in
                var entry: PageModel = ["name": year, "count": count]
                if count > 0 { entry["href"] = root + SiteLinks.year(Int(year)).rawValue }
                return entry
            })

        model.set("timeToDetect", durations(stats.timeToDetect, label: "Time to detect"))
        model.set("timeToResolve", durations(stats.timeToResolve, label: "Time to resolve"))

        let modes = stats.byFailureMode.prefix(15).map { count in
            BarChart.Bar(
                label: count.name, value: count.incidents,
                href: root + data.links.mode(FailureModeID(count.key)).rawValue)
        }
        model.set("modesHTML", BarChart.rows(Array(modes), label: "Incidents per failure mode"))
        model.set(
            "modes",
            stats.byFailureMode.map { count -> PageModel in
                [
                    "name": count.name, "count": count.incidents,
                    "href": root + data.links.mode(FailureModeID(count.key)).rawValue,
                ]
            })
        model.set(
            "severities",
            stats.bySeverity.map { count -> PageModel in
                [
                    "name": count.name, "count": count.incidents,
                    "href": root + SiteLinks.severity(Int(count.key)).rawValue,
                ]
            })
        model.set(
            "services",
            stats.byService.prefix(20).map { count -> PageModel in
                [
                    "name": count.name, "count": count.incidents,
                    "href": root + data.links.service(key: count.key).rawValue,
                ]
            })
        context.render(.stats, model, to: path)
    }

    static func yearTotals(_ months: [IncidentStats.Count]) -> [(String, Int)] {
        var totals: [(String, Int)] = []
        for month in months {
            let year = String(month.key.prefix(4))
            if totals.last?.0 == year {
                totals[totals.count - 1].1 += month.incidents
            } else {
                totals.append((year, month.incidents))
            }
        }
        return totals.reversed()
    }

    static func durations(_ summary: DurationSummary, label: String) -> PageModel? {
        guard summary.count > 0 else { return nil }
        var model: PageModel = [
            "label": label, "count": Formatting.count(summary.count, "incident"),
            "buckets": summary.buckets.map { ["label": $0.label, "count": $0.count] as PageModel },
        ]
        model.set("median", summary.median.map { Formatting.duration(seconds: $0) })
        model.set("p90", summary.p90.map { Formatting.duration(seconds: $0) })
        model.set(
            "chartHTML",
            BarChart.columns(
                summary.buckets.map { BarChart.Bar(label: $0.label, value: $0.count, href: nil) },
                label: "\(label): distribution"))
        return model
    }
}
