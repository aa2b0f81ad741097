import PostmortemKit

/// The page model of one incident, near miss or runbook: everything its template shows,
/// Markdown rendered to safe HTML, names turned into links.
enum IncidentPageModel {
    static func make(_ incident: Incident, path: SitePath, cross: IncidentCrossData, site: SiteInfo) -> PageModel {
        let root = path.rootPrefix
        func href(_ target: SitePath) -> String { root + target.rawValue }
        let section = incident.kind == .runbook ? SiteLinks.runbooks : SiteLinks.incidents
        var model: PageModel = [
            "chrome": site.chrome(for: path, title: incident.title, section: section),
            "id": incident.id.rawValue,
            "title": incident.title,
            "kind": incident.kind.rawValue,
            "kindLabel": kindLabel(incident.kind),
            "markdownHref": href(cross.markdownPath),
        ]
        model.set("date", incident.date?.description)
        if incident.date != nil { model["yearHref"] = href(cross.yearPath) }
        if let severity = incident.severity {
            model["severity"] =
                [
                    "label": severity.label, "level": severity.level, "href": href(cross.severityPath),
                ] as PageModel
        }
        if let status = incident.status {
            model["status"] = ["label": status.label, "phase": status.phase.rawValue] as PageModel
        }
        model.set(
            "services",
            incident.services.map { service -> PageModel in
                var entry: PageModel = ["name": service.rawValue]
                entry.setOrFalse("href", cross.servicePaths[service.rawValue].map(href))
                return entry
            })
        model.set(
            "tags",
            incident.tags.map { tag -> PageModel in
                var entry: PageModel = ["name": tag]
                entry.setOrFalse("href", cross.tagPaths[tag].map(href))
                return entry
            })
        model.set("environment", incident.environment)
        model.set("authors", incident.authors.isEmpty ? nil : incident.authors.joined(separator: ", "))
        model.set("duration", incident.impact.duration)
        if let metrics = cross.metrics {
            model.set("started", metrics.started.map(Formatting.timestamp))
            model.set("detected", metrics.detected.map(Formatting.timestamp))
            model.set("resolved", metrics.resolved.map(Formatting.timestamp))
            model.set("timeToDetect", metrics.timeToDetect.map { Formatting.duration(seconds: $0) })
            model.set("timeToResolve", metrics.timeToResolve.map { Formatting.duration(seconds: $0) })
        }
        model.set("summaryHTML", incident.summary.map { SafeHTML.markdown($0, headingOffset: 2) })
        model.set("timeline", timeline(incident, metrics: cross.metrics))
        model.set("impact", impact(incident.impact))
        if incident.rootCause != nil || !incident.contributingFactors.isEmpty {
            var rootCause: PageModel = [:]
            rootCause.set("bodyHTML", incident.rootCause.map { SafeHTML.markdown($0, headingOffset: 2) })
            rootCause.set("factors", incident.contributingFactors.map { ["textHTML": SafeHTML.inline($0).html] })
            model["rootCause"] = rootCause
        }
        model.set(
            "whys",
            incident.whys.enumerated().map { index, why -> PageModel in
                [
                    "number": index + 1, "questionHTML": SafeHTML.inline(why.question).html,
                    "answerHTML": SafeHTML.inline(why.answer).html,
                ]
            })
        model.set("actionItems", incident.actionItems.map(actionItem))
        model.set("volumes", volumes(incident.volumeMappings))
        model.set("lessonGroups", lessonGroups(incident.lessons))
        model.set(
            "procedure",
            incident.procedure.enumerated().map { index, step -> PageModel in
                ["number": index + 1, "textHTML": SafeHTML.inline(step).html]
            })
        model.set(
            "troubleshooting",
            incident.troubleshooting.map { entry -> PageModel in
                [
                    "symptomHTML": SafeHTML.inline(entry.symptom).html, "causeHTML": SafeHTML.inline(entry.cause).html,
                    "fixHTML": SafeHTML.inline(entry.fix).html,
                ]
            })
        model.set(
            "sections",
            incident.sections.map { section -> PageModel in
                ["heading": section.heading, "bodyHTML": SafeHTML.markdown(section.markdown, headingOffset: 2).html]
            })
        model.set(
            "failureModes",
            incident.failureModes.map { match -> PageModel in
                let mode = cross.modes[match.id]
                var entry: PageModel = [
                    "id": match.id.rawValue, "name": mode?.name ?? match.id.rawValue,
                    "score": IncidentText.score(match.score),
                ]
                entry.setOrFalse("category", mode?.category)
                entry.setOrFalse("href", mode.map { href($0.path) })
                entry.set("evidenceHTML", SafeHTML.inline(match.evidence))
                return entry
            })
        model.set("related", cross.related.map { related(href($0.path), $0.incident, modes: cross.modes) })
        model.set(
            "metadata", incident.metadata.map { field -> PageModel in ["name": field.name, "value": field.value] })
        model.set("sourcePath", incident.source?.path)
        return model
    }

    static func kindLabel(_ kind: IncidentKind) -> String {
        switch kind {
        case .incident: "Incident"
        case .runbook: "Runbook"
        case .nearMiss: "Near miss"
        }
    }

    static func timeline(_ incident: Incident, metrics: IncidentMetrics?) -> PageModel? {
        guard !incident.timeline.isEmpty else { return nil }
        var headers: [String] = []
        for event in incident.timeline {
            for field in event.extra where !headers.contains(field.name) { headers.append(field.name) }
        }
        var timeline: PageModel = [
            "rows": incident.timeline.enumerated().map { index, event -> PageModel in
                var row: PageModel = [
                    "number": index + 1, "time": event.time.isEmpty ? "—" : event.time,
                    "eventHTML": SafeHTML.inline(event.event).html,
                    "outcome": event.outcome?.rawValue ?? "none",
                    "extra": headers.map { name in event.extra.first { $0.name == name }?.value ?? "" },
                ]
                row.setOrFalse("outcomeLabel", event.outcome.map(outcomeLabel))
                row.setOrFalse("at", event.at?.description)
                return row
            }
        ]
        timeline.set("extraHeaders", headers)
        // A column no event fills would only take room from the events on a phone or paper.
        timeline["hasOutcomes"] = incident.timeline.contains { $0.outcome != nil }
        timeline.set(
            "chartHTML", TimelineChart.svg(for: incident, detected: metrics?.detected, resolved: metrics?.resolved))
        return timeline
    }

    static func outcomeLabel(_ outcome: Outcome) -> String {
        switch outcome {
        case .success: "success"
        case .warning: "warning"
        case .failure: "failure"
        }
    }

    static func impact(_ impact: Impact) -> PageModel? {
        guard !impact.isEmpty else { return nil }
        var model: PageModel = [:]
        model.set("items", impact.items.map { ["textHTML": SafeHTML.inline($0).html] })
        var metrics: [PageModel] = []
        if let users = impact.usersAffected { metrics.append(["name": "Users affected", "value": "\(users)"]) }
        if let duration = impact.duration { metrics.append(["name": "Duration", "value": duration]) }
        if let availability = impact.availability { metrics.append(["name": "Availability", "value": availability]) }
        if let dataLoss = impact.dataLoss { metrics.append(["name": "Data loss", "value": dataLoss]) }
        model.set("metrics", metrics)
        return model
    }

    static func actionItem(_ item: ActionItem) -> PageModel {
        var model: PageModel = [
            "textHTML": SafeHTML.inline(item.text).html,
            "status": item.status.rawValue,
            "statusLabel": statusLabel(item.status),
        ]
        model["owner"] = item.owner ?? ""
        model.setOrFalse("priority", item.priority?.label)
        model["priorityLevel"] = item.priority?.level ?? 9
        model["due"] = item.due?.description ?? ""
        model["tracking"] = item.tracking ?? ""
        return model
    }

    static func statusLabel(_ status: ActionStatus) -> String {
        switch status {
        case .open: "open"
        case .inProgress: "in progress"
        case .done: "done"
        case .wontDo: "won't do"
        }
    }

    static func volumes(_ mappings: [VolumeMapping]) -> PageModel? {
        guard !mappings.isEmpty else { return nil }
        var headers: [String] = []
        for mapping in mappings {
            for field in mapping.extra where !headers.contains(field.name) { headers.append(field.name) }
        }
        var model: PageModel = [
            "rows": mappings.map { mapping -> PageModel in
                [
                    "app": mapping.app, "volume": mapping.volume ?? "", "size": mapping.size ?? "",
                    "claim": mapping.claim ?? "", "role": mapping.role.rawValue, "dataRange": mapping.dataRange ?? "",
                    "extra": headers.map { name in mapping.extra.first { $0.name == name }?.value ?? "" },
                ]
            }
        ]
        model.set("extraHeaders", headers)
        return model
    }

    static let lessonHeadings: [(Lesson.Kind, String)] = [
        (.learned, "What we learned"), (.wentWell, "What went well"), (.wentWrong, "What went wrong"),
        (.lucky, "Where we got lucky"),
    ]

    static func lessonGroups(_ lessons: [Lesson]) -> [PageModel] {
        lessonHeadings.compactMap { kind, heading in
            let items = lessons.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            return [
                "kind": kind.rawValue, "heading": heading,
                "items": items.map { ["textHTML": SafeHTML.inline($0.text).html] as PageModel },
            ]
        }
    }

    /// A related incident with why it is related, in words.
    static func related(
        _ href: String, _ related: RelatedIncident, modes: [FailureModeID: IncidentCrossData.Mode]
    ) -> PageModel {
        var reasons: [String] = []
        if !related.failureModes.isEmpty {
            let names = related.failureModes.map { modes[$0]?.name ?? $0.rawValue }
            reasons.append((names.count == 1 ? "failure mode: " : "failure modes: ") + names.joined(separator: ", "))
        }
        if !related.services.isEmpty { reasons.append("services: " + related.services.joined(separator: ", ")) }
        if !related.resources.isEmpty { reasons.append("resources: " + related.resources.joined(separator: ", ")) }
        if !related.words.isEmpty { reasons.append("words: " + related.words.joined(separator: ", ")) }
        var model: PageModel = [
            "title": related.title, "href": href, "score": IncidentText.score(related.score),
            "reasons": reasons.joined(separator: "; "),
        ]
        model.setOrFalse("date", related.date?.description)
        return model
    }
}
