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
        var openGroups: [(title: String, actions: [ActionBoard.Entry])] = []
        var closedGroups: [(title: String, actions: [ActionBoard.Entry])] = []
        for group in data.board.groups {
            let open = group.actions.filter { $0.status == .open || $0.status == .inProgress }
            let closed = group.actions.filter { $0.status == .done || $0.status == .wontDo }
            if !open.isEmpty { openGroups.append((group.title, open)) }
            if !closed.isEmpty { closedGroups.append((group.title, closed)) }
        }
        let lists = [("openGroups", openGroups), ("closedGroups", closedGroups)]
        func groups(_ groups: [(title: String, actions: [ActionBoard.Entry])]) -> [PageModel] {
            groups.map { group in
                [
                    "owner": group.title, "count": group.actions.count,
                    "actions": group.actions.map { entry($0, data: data, from: path) },
                ]
            }
        }
        // Every action of the knowledge base: made only when the page is.
        let keys = lists.map { key($0.1, data: data) }
        if keys.allSatisfy({ $0 != nil }) {
            let deferred = zip(lists, keys).map { list, key in
                DeferredList(name: list.0, key: key ?? "") { groups(list.1) }
            }
            context.render(.actions, model, to: path, deferred: deferred)
        } else {
            for (name, list) in lists { model.set(name, groups(list)) }
            context.render(.actions, model, to: path)
        }
    }

    /// What `groups` shows, for the page's input key: each group's title and each action's
    /// incident (its revision holds the action and the title shown), position, page and
    /// what other incidents decide (overdue, repeats); nil when an incident has no revision.
    static func key(_ groups: [(title: String, actions: [ActionBoard.Entry])], data: SiteData) -> String? {
        var key = ""
        for group in groups {
            key += "group " + DeferredList.field(group.title) + " \(group.actions.count)\n"
            for entry in group.actions {
                guard let revision = data.revisions[entry.incident] else { return nil }
                key += DeferredList.field(entry.incident.rawValue) + " \(entry.position) " + revision + " "
                key += data.links.page(entry.incident).rawValue + " \(entry.overdue) \(entry.repeatedIn.count)\n"
            }
        }
        return key
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
