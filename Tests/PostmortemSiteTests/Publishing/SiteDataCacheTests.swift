import Foundation
import PostmortemKit
import PostmortemStore
import Testing

@testable import PostmortemSite

@Suite struct SiteDataCacheTests {
    /// An incident with every part the inputs keep, optional ones given.
    static func full() throws -> Incident {
        let day = try #require(Day(year: 2026, month: 3, day: 4))
        var incident = Incident(id: "full-0001", title: "Disk full on the “primary”")
        incident.date = Day(year: 2026, month: 3, day: 4)
        incident.severity = Severity(label: "SEV2 (major)", level: 2)
        incident.status = IncidentStatus(label: "Résolu")
        incident.services = ["postgres", "pgbouncer"]
        incident.tags = ["storage", "ünïcode"]
        incident.summary = "The **WAL** volume filled up.\nTabs\there."
        incident.detected = Timestamp(day: day, hour: 10, minute: 5, second: 9, utcOffsetMinutes: -330)
        incident.resolved = Timestamp(day: try #require(Day(year: 2026, month: 3, day: 6)))
        incident.timeline = [
            TimelineEvent(time: "09:00", at: Timestamp(day: day, hour: 9), precision: .exact, event: "Disk at 95%")
        ]
        incident.lessons = [Lesson(text: "Alert before the disk is full", kind: .learned)]
        incident.troubleshooting = [TroubleshootingEntry(symptom: "WAL grows", cause: "slot", fix: "Drop the slot")]
        incident.actionItems = [
            ActionItem(
                text: "Add an alert", owner: "Dana", priority: Priority(label: "P1", level: 1), status: .inProgress,
                statusLabel: "WIP", due: Day(year: 2026, month: 4, day: 1), tracking: "OPS-12"),
            ActionItem(text: "Nothing else"),
        ]
        incident.volumeMappings = [
            VolumeMapping(
                app: "postgres", volume: "pvc-1", size: "2Gi", claim: "db/data", role: .database,
                dataRange: "Jan – Feb",
                extra: [Field(name: "Node", value: "n1")]),
            VolumeMapping(app: "bare"),
        ]
        incident.failureModes = [FailureModeMatch(id: "disk-full", evidence: "disk at 95%", score: 0.75)]
        return incident
    }

    @Test func inputsReadBackEqualWithEveryPartGivenOrAbsent() throws {
        let full = IncidentInputs(try Self.full(), revision: "r1", mentions: ["postgres", "disk"])
        let bare = IncidentInputs(Incident(id: "bare-0001", title: ""), revision: "", mentions: [])
        #expect(full.metrics != nil && !full.volumes.isEmpty && full.statements.count == 2)
        let key = "k"
        let bytes = SiteDataCache.encode(shard: [full, bare], key: key)
        #expect(SiteDataCache.decode(shard: bytes, key: key) == [full, bare])
        #expect(SiteDataCache.decode(shard: bytes, key: "other") == nil)
        // Any byte changed, or the file cut anywhere, is refused.
        for index in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[index] ^= 0x40
            #expect(SiteDataCache.decode(shard: damaged, key: key) == nil)
            #expect(SiteDataCache.decode(shard: Array(bytes[..<index]), key: key) == nil)
        }
    }

    /// Every incident of the corpus reads back equal from the cache.
    @Test func theCorpusInputsReadBackEqual() throws {
        let folder = try ScratchFolder()
        let (_, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let incidents = try store.fetch(try store.list().map(\.id))
        #expect(incidents.count > 20)
        let inputs = incidents.map { IncidentInputs($0, revision: "r", mentions: $0.services.map(\.rawValue)) }
        #expect(SiteDataCache.decode(shard: SiteDataCache.encode(shard: inputs, key: "k"), key: "k") == inputs)
    }

    @Test func relatedChoicesReadBackEqualAndAreRefusedWhenDamaged() throws {
        let folder = try ScratchFolder()
        let choices: [IncidentID: RelatedIncidents.Choice] = [
            "a": RelatedIncidents.Choice(
                features: RelatedIncidents.Features(
                    modes: ["disk-full"], services: ["postgres"], resources: ["volume:pvc-1"],
                    date: Day(year: 2025, month: 1, day: 2)),
                related: ["b", "c"], scores: [7, -3]),
            "b": RelatedIncidents.Choice(
                features: RelatedIncidents.Features(modes: [], services: [], resources: [], date: nil), related: [],
                scores: []),
        ]
        SiteDataCache.save(choices: choices, limit: 5, folder: folder.url, key: "k")
        let cache = SiteDataCache(folder: folder.url, key: "k")
        #expect(cache.choices(limit: 5) == choices)
        #expect(cache.choices(limit: 4) == nil)
        #expect(SiteDataCache(folder: folder.url, key: "other").choices(limit: 5) == nil)
        let file = folder.url.appendingPathComponent("related.bin")
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: file)
        #expect(cache.choices(limit: 5) == nil)
    }
}
