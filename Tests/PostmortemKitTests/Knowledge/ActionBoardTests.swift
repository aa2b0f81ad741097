import Testing

@testable import PostmortemKit

@Suite struct ActionBoardTests {
    typealias F = KnowledgeFixtures
    static let today = Day(iso: "2026-02-28")

    static let alertA = ActionBoard.Entry(
        incident: "pm-a", position: 0, text: "Add alerting on PVC usage at 80 % and 90 %", owner: "Aiko",
        priority: Priority(parsing: "P1"), status: .open, due: F.day("2026-03-01"), repeatedIn: ["pm-d"])
    static let documentA = ActionBoard.Entry(
        incident: "pm-a", position: 1, text: "Document the restore procedure", owner: "marco",
        priority: Priority(parsing: "P2"), status: .done, due: F.day("2026-02-25"))
    static let checklistC = ActionBoard.Entry(
        incident: "pm-c", position: 0, text: "Create deployment checklist", owner: "Backlog",
        priority: Priority(parsing: "P2"))
    static let alertD = ActionBoard.Entry(
        incident: "pm-d", position: 0, text: "Add alerting on PVC usage at 80% and 90%", owner: "aiko ",
        priority: Priority(parsing: "P1"), status: .done, repeatedIn: ["pm-a"])
    static let rotateD = ActionBoard.Entry(
        incident: "pm-d", position: 1, text: "Rotate the backup credentials", status: .inProgress,
        due: F.day("2026-01-20"), overdue: true)

    @Test func groupsByIncidentWithCountsAndFlagsRepeatsAndOverdueActions() throws {
        let board = ActionBoard(items: F.actionItems, incidents: F.facts, today: try #require(Self.today))

        #expect(
            board.groups == [
                ActionBoard.Group(
                    key: "pm-a", title: "Immich WAL archive failure", incident: "pm-a", date: F.day("2026-02-20"),
                    actions: [Self.alertA, Self.documentA]),
                ActionBoard.Group(
                    key: "pm-d", title: "Photos volume full", incident: "pm-d", date: F.day("2026-01-10"),
                    actions: [Self.alertD, Self.rotateD]),
                ActionBoard.Group(
                    key: "pm-c", title: "Database loss", incident: "pm-c", date: F.day("2025-11-27"),
                    actions: [Self.checklistC]),
            ])
        #expect(
            board.counts
                == ActionBoard.Counts(total: 5, open: 2, inProgress: 1, done: 2, wontDo: 0, overdue: 1, repeats: 2))
        #expect(
            board.groups[1].counts
                == ActionBoard.Counts(total: 2, open: 0, inProgress: 1, done: 1, wontDo: 0, overdue: 1, repeats: 1))
    }

    @Test func groupsOpenActionsByOwnerWithTheUnassignedLast() throws {
        let board = ActionBoard(
            items: F.actionItems, incidents: F.facts, filter: ActionBoard.Filter(openOnly: true), grouping: .owner,
            today: try #require(Self.today))

        #expect(
            board.groups == [
                ActionBoard.Group(key: "Aiko", title: "Aiko", incident: nil, date: nil, actions: [Self.alertA]),
                ActionBoard.Group(
                    key: "Backlog", title: "Backlog", incident: nil, date: nil, actions: [Self.checklistC]),
                ActionBoard.Group(
                    key: "unassigned", title: "unassigned", incident: nil, date: nil, actions: [Self.rotateD]),
            ])
    }

    @Test(arguments: [
        (ActionBoard.Filter(owner: "AIKO"), ["pm-a#0", "pm-d#0"]),
        (ActionBoard.Filter(priorityLevel: 2), ["pm-a#1", "pm-c#0"]),
        (ActionBoard.Filter(overdueOn: Day(iso: "2026-02-28")), ["pm-d#1"]),
        (ActionBoard.Filter(overdueOn: Day(iso: "2026-01-20")), []),
        (ActionBoard.Filter(openOnly: true, priorityLevel: 1), ["pm-a#0"]),
    ])
    func filtersKeepOnlyMatchingActions(filter: ActionBoard.Filter, kept: [String]) throws {
        let board = ActionBoard(
            items: F.actionItems, incidents: F.facts, filter: filter, today: try #require(Self.today))

        #expect(board.groups.flatMap(\.actions).map { "\($0.incident)#\($0.position)" } == kept)
    }

    @Test func repeatsAreFoundBeforeFiltering() throws {
        let board = ActionBoard(
            items: F.actionItems, incidents: F.facts, filter: ActionBoard.Filter(openOnly: true),
            today: try #require(Self.today))

        #expect(board.groups.first?.actions.first == Self.alertA)
        #expect(board.counts.repeats == 1)
    }

    @Test func anActionRepeatedEverywhereListsOnlyTheFirstRepeats() throws {
        let incidents = (1...8).map { n in
            Incident(
                id: IncidentID("pm-r\(n)"), title: "Incident \(n)", date: Day(iso: "2026-01-0\(n)"),
                actionItems: [ActionItem(text: "Add alerting on PVC usage for every stateful service")])
        }

        let board = ActionBoard(
            items: incidents.flatMap(ActionBoard.Item.items(of:)), incidents: incidents.map(IncidentFacts.init),
            today: try #require(Self.today))

        let first = try #require(board.groups.first?.actions.first)
        #expect(first.incident == "pm-r8" && first.repeats == 7)
        #expect(first.repeatedIn == ["pm-r7", "pm-r6", "pm-r5", "pm-r4", "pm-r3"])
        #expect(board.counts.repeats == 8)
        #expect(KnowledgeText.actions(board).contains("(repeat: also in pm-r7, pm-r6, pm-r5, pm-r4, pm-r3 and 2 more)"))
    }
}
