import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemStore

extension PM {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search every incident: have we seen this before?",
            discussion: """
                Plain words just work: quotes, hyphens, colons, OR, * and NEAR are read as \
                text. "Quoted phrases" and prefixes (archiv*) work. Paste an error message to \
                find the incidents and runbook entries that mention it. When nothing matches, \
                a typo-tolerant search runs and says so. Results are ranked by BM25, titles \
                and lessons above the body; one result per incident, its best part.

                Examples:
                  pm search "Expected empty archive"
                  pm search disk full --service immich --since 2025-01-01
                  pm search 'archive NEAR/5 conflict' --raw
                  pm search certificate --format json | jq '.results[].id'
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "What to look for.")
        var words: [String]

        @Option(help: "Only incidents showing this failure mode (see `pm taxonomy`).")
        var mode: String?

        @Option(help: "Only incidents that touched this service (case-insensitive).")
        var service: String?

        @Option(help: "Only incidents of this severity (SEV2, high, P1, 2 …).")
        var severity: String?

        @Option(help: "Only incidents on or after this day (YYYY-MM-DD).")
        var since: String?

        @Option(help: "Only incidents on or before this day (YYYY-MM-DD).")
        var until: String?

        @Option(help: "Only this kind: incident, runbook or nearMiss.")
        var kind: String?

        @Option(help: "At most this many results.")
        var limit: Int = 20

        @Flag(help: "Pass the query to SQLite's FTS5 as it is (its syntax: AND, OR, NEAR, column filters).")
        var raw = false

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func validate() throws {
            if words.allSatisfy({ $0.trimmingSpaces().isEmpty }) { throw ValidationError("say what to search for") }
            if !(1...1000).contains(limit) { throw ValidationError("--limit takes a number from 1 to 1000") }
            for (name, value) in [("--since", since), ("--until", until)] {
                if let value, Day(iso: value) == nil {
                    throw ValidationError("\(name) takes a day written YYYY-MM-DD, not '\(value)'")
                }
            }
            if let kind, IncidentKind(rawValue: kind) == nil {
                throw ValidationError("--kind takes incident, runbook or nearMiss, not '\(kind)'")
            }
            if let severity, Severity(parsing: severity) == nil {
                throw ValidationError("--severity takes a level such as SEV2, high, P1 or 2, not '\(severity)'")
            }
        }

        func run() throws {
            let (_, store) = try kb.open()
            var severityFilter: SearchQuery.SeverityFilter?
            if let severity, let level = Severity(parsing: severity)?.level { severityFilter = .exactly(level) }
            let failureMode: FailureModeID? = mode.map { FailureModeID($0) }
            let serviceName: ServiceName? = service.map { ServiceName($0) }
            let sinceDay: Day? = since.flatMap { Day(iso: $0) }
            let untilDay: Day? = until.flatMap { Day(iso: $0) }
            let kindFilter: IncidentKind? = kind.flatMap { IncidentKind(rawValue: $0) }
            let query = SearchQuery(
                words.joined(separator: " "), raw: raw, failureMode: failureMode, service: serviceName,
                severity: severityFilter, since: sinceDay, until: untilDay, kind: kindFilter, limit: limit,
                highlight: format == .json ? .plain : .brackets)
            let results: SearchResults
            do {
                results = try store.search(query)
            } catch {
                Terminal.error(error.localizedDescription)
                throw ExitCode.failure
            }
            if format == .json {
                print(try IncidentJSON.string(results))
                return
            }
            if let corrected = results.correctedQuery {
                print("No exact matches; showing results for '\(corrected)'.\n")
            } else if results.anyWord {
                print("No incident holds every word; showing those holding the most.\n")
            }
            if results.isEmpty {
                print("Nothing found.")
                return
            }
            for result in results.results {
                let date = result.date.map { "\($0)  " } ?? ""
                print("\(result.id)  \(date)\(result.title) — \(result.section)")
                print("    \(result.snippet)")
            }
        }
    }
}
