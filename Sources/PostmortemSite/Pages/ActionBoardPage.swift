import PostmortemKit

/// The action-item board: open and in-progress actions by owner, most urgent first, then
/// done and dropped ones, each linked to its incident.
enum ActionBoardPage {
    static func render(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let path = SiteLinks.actions
        let counts = data.board.counts
        var model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Action items", section: SiteLinks.actions),
            "title": "Action items",
            "counts": [
                ["label": "open", "value": counts.open, "status": "open"],
                ["label": "in progress", "value": counts.inProgress, "status": "inProgress"],
                ["label": "done", "value": counts.done, "status": "done"],
                ["label": "won't do", "value": counts.wontDo, "status": "wontDo"],
            ] as [PageModel],
        ]
        if context.options.date != nil { model["overdueCount"] = counts.overdue }
        var openGroups: [PageModel] = []
        var closedGroups: [PageModel] = []
        for group in data.board.groups {
            let open = group.actions.filter { $0.status == .open || $0.status == .inProgress }
            let closed = group.actions.filter { $0.status == .done || $0.status == .wontDo }
            if !open.isEmpty {
                openGroups.append([
                    "owner": group.title, "count": open.count,
                    "actions": open.map { entry($0, data: data, from: path) },
                ])
            }
            if !closed.isEmpty {
                closedGroups.append([
                    "owner": group.title, "count": closed.count,
                    "actions": closed.map { entry($0, data: data, from: path) },
                ])
            }
        }
        model.set("openGroups", openGroups)
        model.set("closedGroups", closedGroups)
        context.render(.actions, model, to: path)
    }

    static func entry(_ entry: ActionBoard.Entry, data: SiteData, from path: SitePath) -> PageModel {
        var model: PageModel = [
            "textHTML": SafeHTML.inline(entry.text).html, "status": entry.status.rawValue,
            "statusLabel": IncidentPageModel.statusLabel(entry.status),
            "incidentHref": path.rootPrefix + data.links.page(entry.incident).rawValue,
            "incidentTitle": data.factsByID[entry.incident]?.title ?? entry.incident.rawValue,
        ]
        model.setOrFalse("owner", entry.owner)
        model.setOrFalse("priority", entry.priority?.label)
        model["priorityLevel"] = entry.priority?.level ?? 9
        model.setOrFalse("due", entry.due?.description)
        model.setOrFalse("tracking", entry.tracking)
        model["overdue"] = entry.overdue
        model.setOrFalse("repeats", entry.isRepeat ? Formatting.count(entry.repeatedIn.count, "other incident") : nil)
        return model
    }
}
