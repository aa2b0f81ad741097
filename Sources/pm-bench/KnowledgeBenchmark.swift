import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore
import PostmortemSynthetic

/// The knowledge benchmark: a store of `count` synthetic incidents, then the in-process
/// time of searches, of the lesson index and of the stats. Hands each line of its report to
/// `emit` as soon as it is known.
struct KnowledgeBenchmark {
    var count: Int
    var seed: UInt64
    var runs: Int
    var path: String
    /// The one part to measure; nil for all.
    var only: Part?

    /// What the benchmark measures.
    enum Part: String, CaseIterable {
        case search, lessons, stats, views
    }

    func measures(_ part: Part) -> Bool { only == nil || only == part }

    /// The searches timed: words common and rare in the synthetic text, a pasted error
    /// message, a phrase, a prefix, typos (the fallback), and each filter.
    static let queries: [SearchQuery] = [
        SearchQuery("disk full"),
        SearchQuery("No space left on device"),
        SearchQuery("Expected empty archive"),
        SearchQuery("certificate expired"),
        SearchQuery("restore backup database"),
        SearchQuery("\"write-ahead log\""),
        SearchQuery("volum*"),
        SearchQuery("dns timeout coredns"),
        SearchQuery("immich"),
        SearchQuery("rename release empty volume"),
        SearchQuery("archve"),
        SearchQuery("certficate renewal"),
        SearchQuery("backup", service: "Gitea"),
        SearchQuery("disk", severity: .atLeast(2)),
        SearchQuery("certificate", since: Day(iso: "2025-01-01")),
        SearchQuery("restore", failureMode: "disk-full", kind: .incident),
    ]

    /// Goals of issue 5.
    static let searchGoalMilliseconds = 10.0
    static let viewGoalSeconds = 1.0

    func run(emit: (String) -> Void) throws {
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        let existing = try store.count()
        var fill = Stopwatch()
        if existing < count {
            let incidents = SyntheticIncidents(seed: seed)
            try fill.measure {
                for start in stride(from: existing, to: count, by: 500) {
                    try store.save((start..<min(count, start + 500)).map { incidents.incident(at: $0) })
                }
            }
        }
        let stored = try store.count()
        emit(
            "pm-bench knowledge: \(stored) incidents (seed \(seed)), "
                + (existing < count
                    ? "saved \(count - existing) in \(Units.seconds(fill.nanoseconds)) s (not timed)"
                    : "reused \(path)"))
        if measures(.search) { try measureSearch(store, emit: emit) }
        if measures(.lessons) { try measureLessons(store, emit: emit) }
        if measures(.stats) { try measureStats(store, emit: emit) }
        if measures(.views) { try measureViews(store, emit: emit) }
        try store.close()
    }

    /// The searches, each once untimed and `runs` times timed.
    private func measureSearch(_ store: IncidentStore, emit: (String) -> Void) throws {
        emit("search: \(Self.queries.count) queries, each 1 untimed + \(runs) timed runs, in the process")
        var all: [UInt64] = []
        let width = Self.queries.map { Self.describe($0).count }.max() ?? 0
        for query in Self.queries {
            _ = try store.search(query)
            var times: [UInt64] = []
            var found = 0
            for _ in 0..<runs {
                var watch = Stopwatch()
                found = try watch.measure { try store.search(query) }.results.count
                times.append(watch.nanoseconds)
            }
            all += times
            emit(
                "  " + Self.describe(query).padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  p50 \(Self.milliseconds(Self.percentile(times, 0.5)))  "
                    + "p95 \(Self.milliseconds(Self.percentile(times, 0.95)))  \(found) results")
        }
        let p95 = Double(Self.percentile(all, 0.95)) / 1e6
        emit(
            "  all \(all.count) searches: p50 \(Self.milliseconds(Self.percentile(all, 0.5))), "
                + "p95 \(Self.milliseconds(Self.percentile(all, 0.95))) (goal: p95 under "
                + "\(Units.fixed(Self.searchGoalMilliseconds, 0)) ms: \(p95 < Self.searchGoalMilliseconds ? "met" : "missed"))"
        )
    }

    /// The lesson index of the whole store.
    private func measureLessons(_ store: IncidentStore, emit: (String) -> Void) throws {
        var index = LessonIndex(groups: [])
        let times = try timed { index = try store.lessonIndex(taxonomy: .standard) }
        let lessons = index.groups.reduce(0) { $0 + $1.lessons.count }
        let shared = index.groups.reduce(0) { $0 + $1.lessons.filter { $0.incidents.count > 1 }.count }
        emit(
            summary("lessons", times)
                + " — \(index.groups.count) groups, \(lessons) lessons, \(shared) stated in several incidents")
    }

    /// The stats of the whole store.
    private func measureStats(_ store: IncidentStore, emit: (String) -> Void) throws {
        var stats: IncidentStats?
        let times = try timed { stats = try store.stats(taxonomy: .standard) }
        guard let stats else { return }
        let ttr = stats.timeToResolve
        emit(
            summary("stats", times) + " — \(stats.incidents) incidents, \(stats.perMonth.count) months, "
                + "time to resolve of \(ttr.count): median \(DurationSummary.format(seconds: ttr.median ?? 0)), "
                + "p90 \(DurationSummary.format(seconds: ttr.p90 ?? 0))")
    }

    /// The action board and the services index, once each, for information.
    private func measureViews(_ store: IncidentStore, emit: (String) -> Void) throws {
        guard let today = Day(iso: "2026-11-21") else { return }
        var watch = Stopwatch()
        let board = try watch.measure { try store.actionBoard(today: today) }
        emit(
            "actions:  \(Units.seconds(watch.nanoseconds)) s once — \(board.counts.total) actions, "
                + "\(board.counts.repeats) repeats, \(board.counts.overdue) overdue (no goal)")
        watch = Stopwatch()
        let services = try watch.measure { try store.serviceIndex(catalog: ServiceCatalog()) }
        emit(
            "services: \(Units.seconds(watch.nanoseconds)) s once — \(services.services.count) services and resources "
                + "(no goal)")
    }

    /// `body` timed `runs` times after one untimed run, in nanoseconds.
    private func timed(_ body: () throws -> Void) throws -> [UInt64] {
        try body()
        var times: [UInt64] = []
        for _ in 0..<min(runs, 5) {
            var watch = Stopwatch()
            try watch.measure(body)
            times.append(watch.nanoseconds)
        }
        return times
    }

    private func summary(_ name: String, _ times: [UInt64]) -> String {
        let median = Self.percentile(times, 0.5)
        let worst = times.max() ?? 0
        let met = Double(worst) / 1e9 < Self.viewGoalSeconds
        return "\(name):".padding(toLength: 10, withPad: " ", startingAt: 0)
            + "\(Units.seconds(median)) s median, \(Units.seconds(worst)) s slowest of \(times.count) runs "
            + "(goal: under \(Units.fixed(Self.viewGoalSeconds, 0)) s: \(met ? "met" : "missed"))"
    }

    /// Nearest-rank percentile.
    static func percentile(_ values: [UInt64], _ fraction: Double) -> UInt64 {
        DurationSummary.percentile(fraction, ofSorted: values.sorted()) ?? 0
    }

    static func milliseconds(_ nanoseconds: UInt64) -> String {
        Units.fixed(Double(nanoseconds) / 1e6, 2) + " ms"
    }

    static func describe(_ query: SearchQuery) -> String {
        var text = "'\(query.text)'"
        if let service = query.service { text += " --service \(service)" }
        if let severity = query.severity {
            switch severity {
            case .atLeast(let level): text += " severity<=\(level)"
            case .exactly(let level): text += " --severity \(level)"
            }
        }
        if let since = query.since { text += " --since \(since)" }
        if let mode = query.failureMode { text += " --mode \(mode)" }
        if let kind = query.kind { text += " --kind \(kind.rawValue)" }
        return text
    }
}
