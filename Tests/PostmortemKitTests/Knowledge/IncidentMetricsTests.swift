import Testing

@testable import PostmortemKit

@Suite struct IncidentMetricsTests {
    static func at(_ text: String) -> Timestamp? { Timestamp(iso: text) }

    static func event(_ at: String, _ text: String, precision: TimelineEvent.Precision = .exact, end: String? = nil)
        -> TimelineEvent
    {
        TimelineEvent(time: at, at: Self.at(at), end: end.flatMap(Self.at), precision: precision, event: text)
    }

    @Test func readsTheStartDetectionAndResolutionFromTheTimeline() {
        let metrics = IncidentMetrics(KnowledgeFixtures.a)

        #expect(
            metrics
                == IncidentMetrics(
                    started: Self.at("2026-02-20T09:00"), detected: Self.at("2026-02-20T09:10"),
                    resolved: Self.at("2026-02-20T10:00"), timeToDetect: 600, timeToResolve: 3_600))
    }

    @Test func frontMatterTimesWinOverTheTimeline() {
        var incident = KnowledgeFixtures.a
        incident.detected = Self.at("2026-02-20T09:30")
        incident.resolved = Self.at("2026-02-20T12:00")

        #expect(
            IncidentMetrics(incident)
                == IncidentMetrics(
                    started: Self.at("2026-02-20T09:00"), detected: Self.at("2026-02-20T09:30"),
                    resolved: Self.at("2026-02-20T12:00"), timeToDetect: 1_800, timeToResolve: 10_800))
    }

    @Test func metadataLinesGiveDetectionAndResolution() {
        // Seed 003's shape: "**Date Reported:** 27.11.2025 ~18:00 UTC".
        let incident = Incident(
            id: "pm-x", title: "Database loss", date: Day(iso: "2025-11-27"),
            timeline: [
                Self.event("2025-11-27T06:00", "Automated backup ran successfully"),
                Self.event("2025-11-27T07:24", "Server restarted"),
            ],
            metadata: [
                Field(name: "Date Reported", value: "27.11.2025 ~18:00 UTC"),
                Field(name: "Date Resolved", value: "27.11.2025 18:45 UTC"),
            ])

        #expect(
            IncidentMetrics(incident)
                == IncidentMetrics(
                    started: Self.at("2025-11-27T06:00"), detected: Self.at("2025-11-27T18:00Z"),
                    resolved: Self.at("2025-11-27T18:45Z"), timeToDetect: 43_200, timeToResolve: 45_900))
    }

    @Test func daysWithoutATimeCountWholeDaysAndRangesAreBackground() {
        // Seed 001's shape: "~Feb 15", a range, then "Feb 20: investigated and resolved".
        let incident = Incident(
            id: "pm-x", title: "WAL archive failure",
            timeline: [
                Self.event("2026-01-01", "Running normally", precision: .range, end: "2026-02-14"),
                Self.event("2026-02-15", "Cluster recreated", precision: .approximate),
                Self.event("2026-02-15", "Archiving failed", precision: .range, end: "2026-02-20"),
                Self.event("2026-02-20", "Incident investigated and resolved", precision: .day),
            ])

        #expect(
            IncidentMetrics(incident)
                == IncidentMetrics(
                    started: Self.at("2026-02-15"), detected: Self.at("2026-02-20"), resolved: Self.at("2026-02-20"),
                    timeToDetect: 432_000, timeToResolve: 432_000))
    }

    @Test func theImpactDurationStandsInForAMissingResolution() {
        let metrics = IncidentMetrics(KnowledgeFixtures.d)

        #expect(metrics == IncidentMetrics(timeToResolve: 7_200))
    }

    /// Words are read as `TextScanner` reads them, whether the text is ASCII (scanned byte
    /// by byte) or not.
    @Test(arguments: [
        ("Disk alert fires", true), ("Users REPORTED failed uploads", true), ("unreported change", false),
        ("report-builder restarts", true), ("l'alerte levee", false), ("L'alerte a été levée", false),
        ("Détecté à 10:00", true), ("Nothing happened", false), ("", false), ("10:05—alert", true),
        ("rep'orted late", true), ("Étienne’s report", true), ("d'Étienne", false),
    ])
    func detectionWordsMustStartAWord(text: String, says: Bool) {
        #expect(IncidentMetrics.detection.found(in: text) == says)
        let words = TextScanner.words(in: text)
        #expect(words.contains { word in IncidentMetrics.detectionWords.contains { word.hasPrefix($0) } } == says)
    }

    @Test(arguments: ["Disk alert fires", "Service restored", "Alerte levée, service rétabli", "Nothing", ""])
    func momentsReadFromBytesEqualThoseOfEvents(text: String) throws {
        let at = try #require(Self.at("2026-02-20T09:00"))
        let event = TimelineEvent(time: "09:00", at: at, precision: .exact, event: text)
        let bytes = Array(text.utf8)

        let moment = bytes.withUnsafeBufferPointer {
            IncidentMetrics.Moment(at: at, end: nil, isRange: false, utf8: $0)
        }

        #expect(moment == IncidentMetrics.Moment(event))
    }

    @Test(arguments: [
        ("2026-02-20T09:00", "2026-02-20T10:30", 5_400),
        ("2026-02-20T23:30+01:00", "2026-02-21T00:10Z", 6_000),
        ("2026-02-15", "2026-02-20T14:00", 432_000),
        ("2026-02-20", "2026-02-20T14:00", nil),
        ("2026-02-20T10:00", "2026-02-20T09:00", nil),
    ])
    func durationsAreExactOrInWholeDays(start: String, end: String, seconds: Int?) {
        #expect(IncidentMetrics.seconds(from: Self.at(start), to: Self.at(end)) == seconds)
    }
}

@Suite struct DurationSummaryTests {
    @Test func summarisesAsMedianP90AndBuckets() {
        let summary = DurationSummary(seconds: [700_000, 60, 600, 1_200, 3_600, 7_200, 90_000, 30])

        #expect(
            summary
                == DurationSummary(
                    count: 8, median: 1_200, p90: 700_000, minimum: 30, maximum: 700_000,
                    buckets: [
                        DurationSummary.Bucket(label: "under 15 min", below: 900, count: 3),
                        DurationSummary.Bucket(label: "15 min – 1 h", below: 3_600, count: 1),
                        DurationSummary.Bucket(label: "1 – 4 h", below: 14_400, count: 2),
                        DurationSummary.Bucket(label: "4 – 24 h", below: 86_400, count: 0),
                        DurationSummary.Bucket(label: "1 – 7 days", below: 604_800, count: 1),
                        DurationSummary.Bucket(label: "7 days or more", below: nil, count: 1),
                    ]))
    }

    @Test func anEmptySetHasNoMedian() {
        let summary = DurationSummary(seconds: [])

        #expect(summary.count == 0 && summary.median == nil && summary.p90 == nil)
        #expect(summary.buckets.map(\.count) == [0, 0, 0, 0, 0, 0])
    }

    @Test(arguments: [
        (0.5, [1], 1), (0.5, [1, 2], 1), (0.5, [1, 2, 3], 2), (0.9, Array(1...10), 9), (0.9, Array(1...11), 10),
        (1.0, [4, 5], 5),
    ])
    func percentilesAreNearestRank(fraction: Double, values: [Int], expected: Int) {
        #expect(DurationSummary.percentile(fraction, ofSorted: values) == expected)
    }

    @Test(arguments: [
        (45, "45 s"), (720, "12 min"), (7_500, "2 h 05 min"), (7_200, "2 h"), (273_600, "3 d 4 h"), (172_800, "2 d"),
    ])
    func formatsDurationsForReaders(seconds: Int, text: String) {
        #expect(DurationSummary.format(seconds: seconds) == text)
    }
}
