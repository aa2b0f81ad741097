import PostmortemKit
import PostmortemMarkdown
import Testing

@testable import PostmortemSynthetic

@Suite struct SyntheticIncidentsTests {
    @Test func sameSeedAndIndexGiveTheSameIncident() {
        let first = SyntheticIncidents(seed: 5)
        let second = SyntheticIncidents(seed: 5)
        for index in [0, 1, 17, 99_999] {
            #expect(first.incident(at: index) == second.incident(at: index))
        }
        #expect(first.incident(at: 3) != SyntheticIncidents(seed: 6).incident(at: 3))
        #expect(first.incident(at: 42).id == "syn-00000042")
    }

    @Test func incidentsHaveWhatTheKnowledgeViewsRead() {
        let incidents = (0..<400).map { SyntheticIncidents(seed: 1).incident(at: $0) }
        let kinds = Dictionary(grouping: incidents, by: \.kind).mapValues(\.count)

        #expect((kinds[.incident] ?? 0) > 320)
        #expect((kinds[.runbook] ?? 0) > 5 && (kinds[.nearMiss] ?? 0) > 5)
        for incident in incidents where incident.kind != .runbook {
            #expect(incident.date != nil && incident.timeline.count >= 7 && !incident.actionItems.isEmpty)
            #expect(incident.timeline.allSatisfy { $0.at?.hour != nil && $0.precision == .exact })
            #expect(!incident.lessons.isEmpty && incident.whys.count == 5)
        }
        for runbook in incidents where runbook.kind == .runbook {
            #expect(!runbook.procedure.isEmpty && runbook.troubleshooting.count >= 3)
        }
        // About half the timelines end on a step saying the incident was resolved, restored,
        // recovered or closed, as real ones do; the stats benchmark needs them.
        let timed = incidents.filter { IncidentMetrics($0).timeToResolve != nil }
        #expect(timed.count > 150)
    }

    @Test func everyFailureModeIsOneOfTheDefaultTaxonomy() {
        let taxonomy = Taxonomy.standard
        let named = Set(
            SyntheticIncidents.failureModes.values.flatMap { $0 } + ["detection-gap", "wal-archive-conflict"])

        #expect(named.filter { taxonomy.mode($0) == nil }.isEmpty)
        #expect(Set(SyntheticIncidents.failureModes.keys) == Set(ScenarioCatalog.all.map(\.id)))
    }
}
