import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// The timelines of the seeds (EXPECTED.md) and of every corpus document (docs/CORPUS.md).
@Suite struct TimelineCorpusTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Import
        .deletingLastPathComponent()  // PostmortemMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
    static let seeds = root.appendingPathComponent("../shared/seeds").standardizedFileURL
    static let seedsExist = FileManager.default.fileExists(atPath: seeds.path)
    static let corpus = root.appendingPathComponent("corpus")

    static func importing(_ url: URL) throws -> ImportedDocument {
        let bytes = [UInt8](try Data(contentsOf: url))
        return LegacyImporter().importDocument(bytes: bytes, path: url.lastPathComponent)
    }

    static func seed(_ name: String) throws -> Incident {
        try #require(try importing(seeds.appendingPathComponent(name)).incidents.first)
    }

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int? = nil, _ minute: Int? = nil) -> Timestamp? {
        Day(year: year, month: month, day: day).map { Timestamp(day: $0, hour: hour, minute: minute) }
    }

    // MARK: - Seeds

    @Test(.enabled(if: seedsExist, "needs ../shared/seeds")) func seed000FiveEventsKeepingAllFourColumns() throws {
        let timeline = try Self.seed("000_2666e1817bf026d3.txt").timeline
        #expect(timeline.map(\.time) == ["Fri 16:00", "Sat 01:28", "Sat 08:39", "Sat 20:43", "Sat 21:00"])
        #expect(timeline.map(\.outcome) == Array(repeating: .failure, count: 5))
        #expect(timeline.allSatisfy { $0.extra.map(\.name) == ["The Judgment Error", "Technical Consequence"] })
        #expect(
            timeline.map(\.at) == [
                Self.at(2026, 4, 3, 16, 0), Self.at(2026, 4, 4, 1, 28), Self.at(2026, 4, 4, 8, 39),
                Self.at(2026, 4, 4, 20, 43), Self.at(2026, 4, 4, 21, 0),
            ])
        #expect(
            timeline.dropFirst().first
                == TimelineEvent(
                    time: "Sat 01:28", at: Self.at(2026, 4, 4, 1, 28), precision: .exact, event: "HR Renaming",
                    outcome: .failure,
                    extra: [
                        Field(name: "The Judgment Error", value: "Renaming HelmRelease on a live DB cluster."),
                        Field(name: "Technical Consequence", value: "Full Wipe: Flux uninstalled the old resources."),
                    ]))
    }

    @Test(.enabled(if: seedsExist, "needs ../shared/seeds")) func seed001SevenEventsWithYearlessDates() throws {
        let timeline = try Self.seed("001_10d8729a5ae26dd0.txt").timeline
        #expect(timeline.count == 7)
        let feb15 = Self.at(2026, 2, 15)
        let feb20 = Self.at(2026, 2, 20)
        #expect(
            timeline.map(\.time) == ["~Feb 15", "~Feb 15 - Feb 20", "~Feb 15 - Feb 20"]
                + Array(repeating: "Feb 20", count: 4))
        #expect(timeline.map(\.at) == [feb15, feb15, feb15, feb20, feb20, feb20, feb20])
        #expect(timeline.map(\.end) == [nil, feb20, feb20, nil, nil, nil, nil])
        #expect(timeline.map(\.precision) == [.approximate, .range, .range, .day, .day, .day, .day])
    }

    @Test(.enabled(if: seedsExist, "needs ../shared/seeds")) func seed002SixEvents() throws {
        let timeline = try Self.seed("002_9f7aa3b849e03c69.txt").timeline
        #expect(
            timeline.map(\.time) == [
                "~Jan 1 – Feb 7", "~Feb 7", "Feb 7 18:38", "Feb 7 18:39+", "Feb 7", "Feb 8 ~05:00",
            ])
        #expect(timeline.map(\.at?.day) == [1, 7, 7, 7, 7, 8].map { Day(year: 2026, month: $0 == 1 ? 1 : 2, day: $0) })
    }

    @Test(.enabled(if: seedsExist, "needs ../shared/seeds")) func seed003NineEventsWithOutcomesFromMarkers() throws {
        let timeline = try Self.seed("003_375c9b51bb4860ae.txt").timeline
        #expect(
            timeline.map(\.time) == ["06:00", "07:24", "07:24", "07:25", "15:04", "18:00", "18:40", "18:40", "18:45"])
        #expect(
            timeline.map(\.outcome) == [.success, .warning, .failure, .failure, nil, nil, .success, .success, .success])
        #expect(timeline.first?.event == "Automated backup ran successfully (36KB backup created)")
        #expect(timeline.allSatisfy { $0.at?.day == Day(year: 2025, month: 11, day: 27) })
    }

    // MARK: - Corpus

    /// docs/CORPUS.md's TL count of each document, one number per incident.
    static let counts: [(String, [Int])] = [
        ("legacy/OUTAGE-2019-07.txt", [8]),
        ("legacy/wiki/DNS-Resolution-Outage-Nov-2019", [6]),
        ("2020-02-14-kafka-broker-disk-full.md", [12]),
        ("2020-06-03-etcd-database-space-exceeded.md", [9]),
        ("2020-10-21-clock-skew-keycloak-ceph.md", [11]),
        ("2021-03-10-ingress-nginx-bad-snippet-deploy.md", [9]),
        ("fr/2021-03-12-expiration-certificats-tls.md", [9]),
        ("2021-04-18-redis-session-store-oom.md", [10]),
        ("2021-09-07-terraform-s3-lifecycle-deleted-backups.md", [8]),
        ("homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md", [9]),
        ("fr/2022-10-05-panne-nfs-nas.md", [8]),
        ("2022-07-19-security-leaked-s3-access-key.md", [11]),
        ("homelab/2022-12-03-pihole-unbound-dns-outage.md", [9]),
        ("ops-log/2023-03-platform-ops-log.md", [3, 3, 3, 4]),
        ("de/2023-05-08-zfs-pool-degraded.md", [7]),
        ("homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md", [10]),
        ("2023-09-26-pgbackrest-staging-archived-into-prod-repo.md", [9]),
        ("de/2024-02-19-ceph-osd-nearfull-readonly.md", [11]),
        ("blog/2024-06-11-metallb-bgp-sessions-flapping.md", [8]),
        ("homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", [5]),
        ("runbooks/cnpg-restore-from-barman.md", [0]),
        ("runbooks/dns-resolution-troubleshooting.md", [0]),
        ("homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md", [8]),
        ("2025-03-14-vaultwarden-nfs-mount-missing.md", [9]),
        ("homelab/2025-08-09-loki-pvc-full-slack.md", [6]),
        ("2025-11-04-keycloak-oomkilled-after-upgrade.md", [8]),
        ("2026-03-03-dispatch-migration-table-lock.md", [10]),
    ]

    @Test func everyCorpusDocumentIsCounted() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.corpus, includingPropertiesForKeys: nil))
        let found = files.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
            .map { String($0.standardizedFileURL.path.dropFirst(Self.corpus.standardizedFileURL.path.count + 1)) }
        #expect(Set(found) == Set(Self.counts.map(\.0)))
    }

    @Test(arguments: counts) func corpusTimelineCount(path: String, expected: [Int]) throws {
        let document = try Self.importing(Self.corpus.appendingPathComponent(path))
        #expect(document.incidents.map(\.timeline.count) == expected)
        #expect(!document.findings.contains { $0.rule == "timeline-time-unreadable" })
    }

    /// The outcomes docs/CORPUS.md lists, in timeline order (nil: no marker, or 🔍).
    static let outcomes: [(String, [Outcome?])] = [
        ("legacy/wiki/DNS-Resolution-Outage-Nov-2019", [nil, .failure, nil, .warning, .success, .success]),
        (
            "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md",
            [.warning, .failure, nil, .failure, nil, nil, .success, .success, .success, .success]
        ),
        (
            "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md",
            [.success, .warning, .failure, nil, nil, .success, .failure, .success]
        ),
        (
            "2025-11-04-keycloak-oomkilled-after-upgrade.md",
            [.success, .warning, .failure, .warning, .failure, .success, .success, .success]
        ),
        (
            "2025-03-14-vaultwarden-nfs-mount-missing.md",
            [.success, .warning, .failure, .failure, .warning, nil, .success, .success, .success]
        ),
        ("homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", [nil, .warning, .failure, .success, .success]),
        ("homelab/2025-08-09-loki-pvc-full-slack.md", [nil, nil, nil, .success, .warning, .success]),
    ]

    @Test(arguments: outcomes) func corpusOutcomes(path: String, expected: [Outcome?]) throws {
        let document = try Self.importing(Self.corpus.appendingPathComponent(path))
        #expect(document.incidents.first?.timeline.map(\.outcome) == expected)
    }

    @Test func wikiBrokenRowIsOneEventWithAllFourColumns() throws {
        let document = try Self.importing(
            Self.corpus.appendingPathComponent("legacy/wiki/DNS-Resolution-Outage-Nov-2019"))
        let event = try #require(document.incidents.first?.timeline.first { $0.time == "14:41" })
        #expect(event.outcome == .success)
        #expect(
            event.extra == [
                Field(name: "Who", value: "Tomasz, Aiko"),
                Field(name: "Result", value: "lookups per request down from 10 to 2"),
            ])
    }

    @Test func dayHeadingsAndLaterDaysLandOnTheirDays() throws {
        let days = { (path: String) throws -> [Int?] in
            try Self.importing(Self.corpus.appendingPathComponent(path)).incidents.first?.timeline.map {
                $0.at?.day.day
            }
                ?? []
        }
        #expect(try days("2020-10-21-clock-skew-keycloak-ceph.md") == [20, 20, 20] + Array(repeating: 21, count: 8))
        #expect(try days("de/2024-02-19-ceph-osd-nearfull-readonly.md") == [16, 16] + Array(repeating: 19, count: 9))
        #expect(
            try days("2022-07-19-security-leaked-s3-access-key.md") == Array(repeating: 19, count: 7) + [
                nil, 21, 21, 21,
            ])
        #expect(
            try days("2023-09-26-pgbackrest-staging-archived-into-prod-repo.md") == [25, 25, 25]
                + Array(repeating: 26, count: 6))
        #expect(try days("2021-09-07-terraform-s3-lifecycle-deleted-backups.md") == [6, 6, 8, 8, 8, 8, 8, 8])
    }

    // MARK: - Nothing lost

    /// Every word of every timeline section (and of the seeds' timeline tables) is still
    /// somewhere in the incident once exported.
    @Test(arguments: counts.map(\.0)) func timelineWordsSurviveExport(path: String) throws {
        let url = Self.corpus.appendingPathComponent(path)
        let document = try Self.importing(url)
        let exported = document.incidents.map { CanonicalWriter.markdown(for: $0) }.joined(separator: "\n")
        let source = try Self.timelineSource(of: url)
        let missing = Self.words(of: source).subtracting(Self.words(of: exported))
        #expect(missing.isEmpty, "lost from \(path): \(missing.sorted())")
    }

    @Test(.enabled(if: seedsExist, "needs ../shared/seeds"))
    func seedTimelineWordsSurviveExport() throws {
        for name in ["000_2666e1817bf026d3.txt", "001_10d8729a5ae26dd0.txt", "002_9f7aa3b849e03c69.txt"] {
            let url = Self.seeds.appendingPathComponent(name)
            let exported = try Self.importing(url).incidents.map { CanonicalWriter.markdown(for: $0) }.joined()
            let table = Self.withoutHeaders(
                try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
                    .filter { $0.contains("|") })
            let missing = Self.words(of: table).subtracting(Self.words(of: exported))
            #expect(missing.isEmpty, "lost from \(name): \(missing.sorted())")
        }
    }

    /// The lines of a document from its timeline heading (ATX or setext) to the next
    /// heading of its level or above; for a document without one, its timeline-like lines
    /// (table rows, bullets and bracketed lines with a clock time).
    static func timelineSource(of url: URL) throws -> String {
        let decoded = try TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
        let lines = decoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let names = ["timeline", "chronologie", "zeitleiste", "what happened"]
        let isSetextUnderline = { (line: String) in
            line.count >= 3 && (line.allSatisfy { $0 == "-" } || line.allSatisfy { $0 == "=" })
        }
        let level = { (index: Int) -> Int in
            let hashes = lines[index].prefix { $0 == "#" }.count
            if hashes > 0 { return hashes }
            guard index + 1 < lines.count, isSetextUnderline(lines[index + 1]), !lines[index].isEmpty else { return 0 }
            return lines[index + 1].first == "=" ? 1 : 2
        }
        guard
            let start = lines.indices.first(where: { index in
                level(index) > 0 && names.contains { lines[index].lowercased().contains($0) }
            })
        else {
            return lines.filter { line in
                ["|", "- ", "* ", "["].contains(where: line.hasPrefix) && line.contains(":")
                    && line.contains(where: \.isNumber)
            }.joined(separator: "\n")
        }
        let startLevel = level(start)
        let end =
            lines.indices.dropFirst(start + 2).first { index in
                let found = level(index)
                return found > 0 && found <= startLevel
            } ?? lines.count
        return withoutHeaders(Array(lines[(start + 1)..<end]))
    }

    /// The lines without table header rows and delimiter rows: the export names its
    /// columns itself ("Event", not "Was ist passiert").
    static func withoutHeaders(_ lines: [String]) -> String {
        let isDelimiter = { (line: String) in
            line.contains("---") && line.allSatisfy { "|-: ".contains($0) }
        }
        return lines.indices.filter { index in
            !isDelimiter(lines[index]) && !(index + 1 < lines.count && isDelimiter(lines[index + 1]))
        }.map { lines[$0] }.joined(separator: "\n")
    }

    /// Words of three letters or more, folded to lower case.
    static func words(of text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= 3 })
    }
}
