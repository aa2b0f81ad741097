import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// A micro-benchmark of `IncidentStore.search(_:)`, run by hand, never timed as a test:
///
///     PM_SEARCH_BENCH=1 swift test --filter SearchBenchmarkTests
///
/// Fills a store with `PM_SEARCH_BENCH_COUNT` (default 100,000) synthetic incidents, then
/// prints p50 and p95 of a fixed set of searches measured in the process. Set
/// `PM_SEARCH_BENCH_STORE` to a file path to keep the store and reuse it on the next run.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PM_SEARCH_BENCH"] == "1"))
struct SearchBenchmarkTests {
    static let queries: [SearchQuery] = [
        SearchQuery("disk full"),
        SearchQuery("No space left on device"),
        SearchQuery("Expected empty archive"),
        SearchQuery("certificate expired"),
        SearchQuery("postgres backup restore"),
        SearchQuery("\"write ahead log\""),
        SearchQuery("volum*"),
        SearchQuery("dns resolution timeout"),
        SearchQuery("immich"),
        SearchQuery("kubernetes pvc rename"),
        SearchQuery("archve"),
        SearchQuery("certficate"),
        SearchQuery("backup", service: "immich"),
        SearchQuery("disk", severity: .atLeast(2)),
        SearchQuery("certificate", since: Day(iso: "2025-01-01")),
        SearchQuery("restore", failureMode: "disk-full", kind: .incident),
    ]

    /// How many times each search is timed, after one untimed run.
    static let repetitions = 10

    /// Writes a line at once (standard error is not buffered), so a slow search shows.
    static func report(_ line: String) {
        FileHandle.standardError.write(Data(("search bench: " + line + "\n").utf8))
    }

    @Test func searchLatency() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["PM_SEARCH_BENCH_COUNT"].flatMap(Int.init) ?? 100_000
        let folder = TemporaryFolder()
        let path = environment["PM_SEARCH_BENCH_STORE"] ?? folder.path("bench.sqlite")
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        let existing = try store.count()
        if existing < count {
            let start = ContinuousClock.now
            var generator = SyntheticIncidents(seed: 42)
            for batch in stride(from: existing, to: count, by: 1_000) {
                try store.save((batch..<min(count, batch + 1_000)).map { generator.incident($0) })
            }
            Self.report("saved \(count - existing) incidents in \(ContinuousClock.now - start)")
        }
        Self.report("\(try store.count()) incidents in \(path)")

        var all: [Duration] = []
        for query in Self.queries {
            _ = try store.search(query)  // warm the caches
            var times: [Duration] = []
            var found = 0
            for _ in 0..<Self.repetitions {
                let start = ContinuousClock.now
                found = try store.search(query).results.count
                times.append(ContinuousClock.now - start)
            }
            all += times
            let hits = try store.pool.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                    arguments: [SearchTerms(parsing: query.text).allTermsExpression])
            }
            Self.report(
                "\(Self.describe(query)): p50 \(Self.percentile(times, 0.5)), "
                    + "p95 \(Self.percentile(times, 0.95)), \(found) results, \(hits ?? 0) parts hold all terms")
        }
        print(
            "search bench: ALL \(all.count) searches: p50 \(Self.percentile(all, 0.5)), p95 \(Self.percentile(all, 0.95))"
        )
    }

    static func percentile(_ times: [Duration], _ fraction: Double) -> String {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return "-" }
        let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
        let milliseconds =
            Double(sorted[max(0, index)].components.attoseconds) / 1e15
            + Double(sorted[max(0, index)].components.seconds) * 1000
        return String(format: "%.2f ms", milliseconds)
    }

    static func describe(_ query: SearchQuery) -> String {
        var text = "'\(query.text)'"
        if let service = query.service { text += " service=\(service)" }
        if let severity = query.severity { text += " severity=\(severity)" }
        if let since = query.since { text += " since=\(since)" }
        if let mode = query.failureMode { text += " mode=\(mode)" }
        if let kind = query.kind { text += " kind=\(kind)" }
        return text
    }
}

/// Deterministic synthetic incidents: infrastructure words among many rarer made-up words,
/// a few known error messages, services, severities, dates and failure modes.
struct SyntheticIncidents {
    static let common = """
        disk full volume backup restore archive certificate expired dns resolution timeout postgres \
        database cluster node pod kubernetes pvc rename storage snapshot replica primary failover \
        network partition latency memory oom killed deploy rollback config default migration schema \
        quota rate limit clock skew split brain alert pager detection gap corruption checksum wal \
        write ahead log nfs mount permission denied token credentials rotation proxy ingress traefik \
        immich authentik grafana prometheus loki nextcloud gitea argo flux reconcile helm chart \
        upgrade outage degraded slow queue worker cron job retention prune compaction index vacuum
        """.split(separator: " ").map(String.init)
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "gu", "ri", "xe"]
    static let services = ["Immich", "authentik", "PostgreSQL", "nas-01", "Traefik", "Grafana", "Nextcloud", "Gitea"]
    static let modes: [FailureModeID] = [
        "disk-full", "certificate-expiry", "dns", "wal-archive-conflict", "bad-deploy",
    ]
    static let errors = ["No space left on device", "Expected empty archive", "certificate has expired"]

    var state: UInt64
    let rare: [String]

    init(seed: UInt64) {
        state = seed
        var rare: [String] = []
        for a in Self.syllables {
            for b in Self.syllables {
                for c in Self.syllables { rare.append(a + b + c) }
            }
        }
        self.rare = rare
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func sentence(_ words: Int) -> String {
        (0..<words).map { _ in
            below(4) == 0 ? Self.common[below(Self.common.count)] : rare[below(rare.count)]
        }.joined(separator: " ")
    }

    mutating func incident(_ n: Int) -> Incident {
        let roll = below(100)
        let kind: IncidentKind = roll < 5 ? .runbook : roll < 10 ? .nearMiss : .incident
        var summary = sentence(25)
        if below(50) == 0 { summary += " " + Self.errors[below(Self.errors.count)] }
        return Incident(
            id: IncidentID(String(format: "pm-bench%06d", n)), kind: kind, title: sentence(6),
            date: Day(year: 2020 + below(7), month: 1 + below(12), day: 1 + below(28)),
            severity: Severity(label: "SEV\(1 + below(5))", level: 1 + below(5)),
            services: [ServiceName(Self.services[below(Self.services.count)])],
            summary: summary,
            timeline: (0..<4).map { TimelineEvent(time: "t\($0)", event: sentence(10)) },
            rootCause: sentence(15),
            actionItems: (0..<2).map { _ in ActionItem(text: sentence(8)) },
            lessons: (0..<2).map { _ in Lesson(text: sentence(10)) },
            troubleshooting: kind == .runbook
                ? [
                    TroubleshootingEntry(
                        symptom: Self.errors[below(Self.errors.count)], cause: sentence(8), fix: sentence(8))
                ]
                : [],
            failureModes: [FailureModeMatch(id: Self.modes[below(Self.modes.count)], evidence: "synthetic", score: 1)])
    }
}
