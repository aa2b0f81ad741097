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
        // Each owner's open and closed actions, by their place in the board (copying
        // 50,000 actions into lists costs more than reading them in place).
        var openGroups: [Owned] = []
        var closedGroups: [Owned] = []
        for (number, group) in data.board.groups.enumerated() {
            var open: [Int] = []
            var closed: [Int] = []
            for index in group.actions.indices {
                let status = group.actions[index].status
                if status == .open || status == .inProgress { open.append(index) }
                if status == .done || status == .wontDo { closed.append(index) }
            }
            if !open.isEmpty { openGroups.append(Owned(title: group.title, group: number, actions: open)) }
            if !closed.isEmpty { closedGroups.append(Owned(title: group.title, group: number, actions: closed)) }
        }
        let lists = [("openGroups", openGroups), ("closedGroups", closedGroups)]
        func groups(_ groups: [Owned]) -> [PageModel] {
            groups.map { group in
                let actions = data.board.groups[group.group].actions
                return [
                    "owner": group.title, "count": group.actions.count,
                    "actions": group.actions.map { entry(actions[$0], data: data, from: path) },
                ]
            }
        }
        // Every action of the knowledge base: made only when the page is, and then only
        // the actions (and owners) whose keys the previous page lacks.
        let keyed = lists.map { keyedGroups($0.1, data: data, from: path) }
        if keyed.allSatisfy({ $0 != nil }) {
            let deferred = zip(lists, keyed).map { list, items in DeferredList(name: list.0, items: items ?? []) }
            context.render(.actions, model, to: path, deferred: deferred)
        } else {
            for (name, list) in lists { model.set(name, groups(list)) }
            context.render(.actions, model, to: path)
        }
    }

    /// The owner groups as keyed items, their actions keyed too: an action's key is its
    /// incident (whose revision holds the action and the title shown), position and page
    /// and what other incidents decide (overdue, repeats); a group's key is its title,
    /// count and its actions' keys. Nil when an incident has no revision.
    static func keyedGroups(_ groups: [Owned], data: SiteData, from path: SitePath) -> [KeyedItem]? {
        var items: [KeyedItem] = []
        for group in groups {
            let board = data.board.groups[group.group].actions
            var actions: [KeyedItem] = []
            actions.reserveCapacity(group.actions.count)
            for index in group.actions {
                let action = board[index]
                guard var key = data.incidentKeys[action.incident] else { return nil }
                key.mix(action.position)
                key.mix(action.overdue)
                key.mix(action.repeatedIn.count)
                actions.append(KeyedItem(key: key) { entry(board[index], data: data, from: path) })
            }
            let title = group.title
            let count = group.actions.count
            var key = Fingerprint("group")
            key.mix(title)
            key.mix(DeferredList(name: "actions", items: actions).key)
            items.append(
                KeyedItem(key: key) {
                    ["owner": title, "count": count, "actions": KeyedItems(items: actions)] as PageModel
                })
        }
        return items
    }

    /// Some of the actions of one owner group of the board: their indices in it.
    struct Owned {
        var title: String
        var group: Int
        var actions: [Int]
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
