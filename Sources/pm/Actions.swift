import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemStore

extension PM {
    struct Actions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the action items of every incident, with counts, overdue and repeated ones flagged.",
            discussion: """
                An action proposed in several incidents is flagged as a repeat: the same fix \
                proposed again is a sign it was never done. An action is overdue when its due \
                day has passed and it is still open or in progress.

                Examples:
                  pm actions --open
                  pm actions --group-by owner --overdue
                  pm actions --owner aiko --priority P1
                  pm actions --format json | jq '.groups[].actions[] | select(.repeat)'
                """
        )

        /// The environment variable that sets today's date (`YYYY-MM-DD`), for scripts and
        /// tests; `--today` wins over it.
        static let todayVariable = "PM_TODAY"

        @OptionGroup var kb: KnowledgeBaseOptions

        @Flag(help: "Only actions still open or in progress.")
        var open = false

        @Option(help: "Only actions of this owner (case-insensitive).")
        var owner: String?

        @Option(help: "Only actions of this priority (P0–P3, critical, high, medium, low).")
        var priority: String?

        @Flag(help: "Only overdue actions: due before today and not done.")
        var overdue = false

        @Option(name: .customLong("group-by"), help: "incident or owner.")
        var groupBy: String = ActionBoard.Grouping.incident.rawValue

        @Option(help: ArgumentHelp("The day overdue is judged on (YYYY-MM-DD; default: today).", visibility: .hidden))
        var today: String?

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func validate() throws {
            if let priority, Priority(parsing: priority) == nil {
                throw ValidationError("--priority takes a priority such as P1, high or low, not '\(priority)'")
            }
            if ActionBoard.Grouping(rawValue: groupBy) == nil {
                throw ValidationError("--group-by takes incident or owner, not '\(groupBy)'")
            }
            _ = try day()
        }

        /// `--today`, else `PM_TODAY`, else the local calendar's today.
        func day() throws -> Day {
            let given =
                today ?? ProcessInfo.processInfo.environment[Self.todayVariable].flatMap { $0.isEmpty ? nil : $0 }
            if let given {
                guard let day = Day(iso: given) else {
                    throw ValidationError("today must be a day written YYYY-MM-DD, not '\(given)'")
                }
                return day
            }
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            guard let day = Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) else {
                throw ValidationError("cannot tell today's date; pass --today YYYY-MM-DD")
            }
            return day
        }

        func run() throws {
            let (_, store) = try kb.open()
            let today = try day()
            let filter = ActionBoard.Filter(
                openOnly: open, owner: owner, priorityLevel: priority.flatMap { Priority(parsing: $0)?.level },
                overdueOn: overdue ? today : nil)
            let board = try store.actionBoard(
                filter: filter, grouping: ActionBoard.Grouping(rawValue: groupBy) ?? .incident, today: today)
            if format == .json {
                print(try IncidentJSON.string(board))
            } else {
                print(KnowledgeText.actions(board), terminator: "")
            }
        }
    }
}
