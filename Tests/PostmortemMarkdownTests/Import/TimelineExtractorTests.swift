import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// One test per timeline recognition rule, each on a small inline document, comparing the
/// whole timeline.
@Suite struct TimelineExtractorTests {
    static func importing(_ text: String) -> (Incident, [Finding]) {
        let document = LegacyImporter().importDocument(text: text, path: "inline.md")
        return (document.incidents.first ?? Incident(id: IncidentID(rawValue: "none"), title: ""), document.findings)
    }

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int? = nil, _ minute: Int? = nil, utc: Bool = false)
        -> Timestamp?
    {
        Day(year: year, month: month, day: day).map {
            Timestamp(day: $0, hour: hour, minute: minute, utcOffsetMinutes: utc ? 0 : nil)
        }
    }

    @Test func tableInAnyColumnOrderKeepsExtraColumns() {
        let (incident, findings) = Self.importing(
            """
            # Disk full
            **Date:** 2020-06-03

            ## Timeline

            | Event | Time | Who |
            |---|---|---|
            | Alarm seen | 09:48 | Dele |
            | Compact and defrag | 11:10–12:20 | — |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "09:48", at: Self.at(2020, 6, 3, 9, 48), precision: .exact, event: "Alarm seen",
                    extra: [Field(name: "Who", value: "Dele")]),
                TimelineEvent(
                    time: "11:10–12:20", at: Self.at(2020, 6, 3, 11, 10), end: Self.at(2020, 6, 3, 12, 20),
                    precision: .range, event: "Compact and defrag", extra: [Field(name: "Who", value: "—")]),
            ])
        #expect(incident.sections.isEmpty)
        #expect(!findings.contains { $0.rule.hasPrefix("timeline") })
    }

    @Test func outcomeColumnGivesOutcomeAndKeepsItsWords() {
        let (incident, _) = Self.importing(
            """
            # Keycloak
            **Date:** 2025-11-04

            ## Timeline

            | Time (UTC) | Event | Outcome |
            |---|---|---|
            | 07:30 | Rolled out | ✅ pods ready |
            | 07:55 | Login peak | ⚠️ |
            | 08:30 | Rollback | Failed |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "07:30", at: Self.at(2025, 11, 4, 7, 30), precision: .exact, event: "Rolled out",
                    outcome: .success, extra: [Field(name: "Outcome", value: "pods ready")]),
                TimelineEvent(
                    time: "07:55", at: Self.at(2025, 11, 4, 7, 55), precision: .exact, event: "Login peak",
                    outcome: .warning),
                TimelineEvent(
                    time: "08:30", at: Self.at(2025, 11, 4, 8, 30), precision: .exact, event: "Rollback",
                    outcome: .failure, extra: [Field(name: "Outcome", value: "Failed")]),
            ])
    }

    @Test func rowBrokenOverTwoLinesIsOneEvent() {
        let (incident, _) = Self.importing(
            """
            # Rename
            **Date:** 2026-04-06

            ## Timeline

            | Time | Action | The Judgment Error | Technical Consequence |
            |---|---|---|---|
            | Sat 01:28 | HR Renaming | Renaming a live cluster. |
            ❌ Full Wipe: Flux uninstalled the old resources. |
            | Sat 08:39 | Standalone Switch | Fresh start. | ❌ Baseline Loss. |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "Sat 01:28", at: Self.at(2026, 4, 4, 1, 28), precision: .exact, event: "HR Renaming",
                    outcome: .failure,
                    extra: [
                        Field(name: "The Judgment Error", value: "Renaming a live cluster."),
                        Field(name: "Technical Consequence", value: "Full Wipe: Flux uninstalled the old resources."),
                    ]),
                TimelineEvent(
                    time: "Sat 08:39", at: Self.at(2026, 4, 4, 8, 39), precision: .exact, event: "Standalone Switch",
                    outcome: .failure,
                    extra: [
                        Field(name: "The Judgment Error", value: "Fresh start."),
                        Field(name: "Technical Consequence", value: "Baseline Loss."),
                    ]),
            ])
        #expect(incident.sections.isEmpty)
    }

    @Test func yearlessAndApproximateAndRangedDates() {
        let (incident, _) = Self.importing(
            """
            # WAL (2026-02-20)

            ## Timeline

            | Time | Event |
            |---|---|
            | ~Feb 15 | Rebuilt |
            | ~Feb 15 - Feb 20 | Archiving failed |
            | Feb 20 | Disk full |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(time: "~Feb 15", at: Self.at(2026, 2, 15), precision: .approximate, event: "Rebuilt"),
                TimelineEvent(
                    time: "~Feb 15 - Feb 20", at: Self.at(2026, 2, 15), end: Self.at(2026, 2, 20), precision: .range,
                    event: "Archiving failed"),
                TimelineEvent(time: "Feb 20", at: Self.at(2026, 2, 20), precision: .day, event: "Disk full"),
            ])
    }

    @Test func yearlessNumericDatesTakeTheOrderNearestTheIncident() {
        let (incident, _) = Self.importing(
            """
            # Certificats
            **Date :** 2021-03-12

            ## Chronologie

            | Heure | Événement |
            |---|---|
            | 05/03 | Premières erreurs |
            | 03/03 – 12/03 | Chaque synchronisation |
            | 12/03 07:50 | Premier ticket |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(time: "05/03", at: Self.at(2021, 3, 5), precision: .day, event: "Premières erreurs"),
                TimelineEvent(
                    time: "03/03 – 12/03", at: Self.at(2021, 3, 3), end: Self.at(2021, 3, 12), precision: .range,
                    event: "Chaque synchronisation"),
                TimelineEvent(
                    time: "12/03 07:50", at: Self.at(2021, 3, 12, 7, 50), precision: .exact, event: "Premier ticket"),
            ])
    }

    @Test func bulletsWithTimesUnknownsAndMarkers() {
        let (incident, findings) = Self.importing(
            """
            # DNS
            **Date:** 2022-12-03

            ## Timeline

            - ~13:30 UTC — upgrade starts
            - ??:?? UTC — filesystem read-only
            - 14:02 UTC — Jo: "down?" ❌ every lookup fails
            - 14:25 UTC — ✅ house back online
            - 14:30–15:20 UTC — Pi rebuilt
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "~13:30 UTC", at: Self.at(2022, 12, 3, 13, 30, utc: true), precision: .approximate,
                    event: "upgrade starts"),
                TimelineEvent(time: "??:?? UTC", precision: .unknown, event: "filesystem read-only"),
                TimelineEvent(
                    time: "14:02 UTC", at: Self.at(2022, 12, 3, 14, 2, utc: true), precision: .exact,
                    event: "Jo: \"down?\" ❌ every lookup fails", outcome: .failure),
                TimelineEvent(
                    time: "14:25 UTC", at: Self.at(2022, 12, 3, 14, 25, utc: true), precision: .exact,
                    event: "house back online", outcome: .success),
                TimelineEvent(
                    time: "14:30–15:20 UTC", at: Self.at(2022, 12, 3, 14, 30, utc: true),
                    end: Self.at(2022, 12, 3, 15, 20, utc: true), precision: .range, event: "Pi rebuilt"),
            ])
        #expect(!findings.contains { $0.rule.hasPrefix("timeline") })
    }

    @Test func bracketedTimesWithALaterDayInParentheses() {
        let (incident, _) = Self.importing(
            """
            # Leaked key
            **Date:** 2022-07-19

            ## Timeline

            - [10:12] Fork made public
            - [--:--] Nightly backups fail
            - [07:40] (21 July) Marco notices
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "10:12", at: Self.at(2022, 7, 19, 10, 12), precision: .exact, event: "Fork made public"),
                TimelineEvent(time: "--:--", precision: .unknown, event: "Nightly backups fail"),
                TimelineEvent(
                    time: "07:40 (21 July)", at: Self.at(2022, 7, 21, 7, 40), precision: .exact,
                    event: "Marco notices"),
            ])
    }

    @Test func dayHeadingsSetTheDayOfTheBulletsBelow() {
        let (incident, _) = Self.importing(
            """
            # Clock skew
            **Date:** 2020-10-21

            ## Timeline

            ### Tuesday 20 October

            - 23:10 — clock skew warning

            ### Wednesday 21 October

            - 07:20 — first reports
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "23:10", at: Self.at(2020, 10, 20, 23, 10), precision: .exact, event: "clock skew warning"),
                TimelineEvent(
                    time: "07:20", at: Self.at(2020, 10, 21, 7, 20), precision: .exact, event: "first reports"),
            ])
        // The day headings are not consumed: their text stays.
        #expect(
            incident.sections == [
                Section(heading: "Timeline", markdown: "### Tuesday 20 October\n\n### Wednesday 21 October")
            ])
    }

    @Test func germanDayHeadingsInAZeitleisteAreNotLogEntries() {
        let document = LegacyImporter().importDocument(
            text: """
                # Ceph
                **Datum:** 19.02.2024

                ## Zeitleiste

                ### Freitag, 16.02.2024

                - 18:05 – nearfull

                ### Montag, 19.02.2024

                - 07:58 – full
                """, path: "inline.md")
        #expect(document.incidents.count == 1)
        #expect(
            document.incidents.first?.timeline == [
                TimelineEvent(time: "18:05", at: Self.at(2024, 2, 16, 18, 5), precision: .exact, event: "nearfull"),
                TimelineEvent(time: "07:58", at: Self.at(2024, 2, 19, 7, 58), precision: .exact, event: "full"),
            ])
    }

    @Test func boldTimeParagraphsAndADateLine() {
        let (incident, _) = Self.importing(
            """
            # Ingress
            **Date:** 2021-03-10

            ## Timeline

            2021-03-09 (all times UTC)

            **23:55** Alert: 5xx ratio 31%.

            **23:58** Revert merged ✅
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "23:55", at: Self.at(2021, 3, 9, 23, 55), precision: .exact, event: "Alert: 5xx ratio 31%."),
                TimelineEvent(
                    time: "23:58", at: Self.at(2021, 3, 9, 23, 58), precision: .exact, event: "Revert merged ✅",
                    outcome: .success),
            ])
        #expect(incident.sections == [Section(heading: "Timeline", markdown: "2021-03-09 (all times UTC)")])
    }

    @Test func proseTimelineOneEventPerParagraphWithAClockTime() {
        let (incident, _) = Self.importing(
            """
            # Backups expired
            **Date:** 2021-09-07

            ## What happened

            On 6 September at around 16:30 Marco merged the refactoring.

            During the night of 7 September it expired 1,874 objects.

            At 09:15 on 8 September the restore test passed. It ended at 09:40.

            At 14:05 the on-call received a request.
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "On 6 September at around 16:30", at: Self.at(2021, 9, 6, 16, 30), precision: .approximate,
                    event: "On 6 September at around 16:30 Marco merged the refactoring."),
                TimelineEvent(
                    time: "09:15 on 8 September", at: Self.at(2021, 9, 8, 9, 15), precision: .exact,
                    event: "At 09:15 on 8 September the restore test passed. It ended at 09:40."),
                TimelineEvent(
                    time: "14:05", at: Self.at(2021, 9, 8, 14, 5), precision: .exact,
                    event: "At 14:05 the on-call received a request."),
            ])
    }

    @Test func aSummaryThatMentionsATimeIsNotATimeline() {
        let (incident, _) = Self.importing(
            """
            # Certificate expired
            Date: 2019-07-23

            ## Summary

            At 00:00 UTC on 23 July the certificate expired.

            Payments failed for 2 hours 47 minutes.
            """)
        #expect(incident.timeline.isEmpty)
    }

    @Test func timedLinesOutsideATimelineSection() {
        let (incident, _) = Self.importing(
            """
            # Loki PVC full
            Date: 2025-08-09

            Quick write-up from the thread.

            [13:26] Sam: dashboard empty
            [13:52] Sam: expanded the PVC ✅
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(
                    time: "13:26", at: Self.at(2025, 8, 9, 13, 26), precision: .exact, event: "Sam: dashboard empty"),
                TimelineEvent(
                    time: "13:52", at: Self.at(2025, 8, 9, 13, 52), precision: .exact,
                    event: "Sam: expanded the PVC ✅", outcome: .success),
            ])
    }

    @Test func timelineTableOutsideATimelineSection() {
        let (incident, _) = Self.importing(
            """
            # Appendix table
            **Date:** 2024-01-05

            ## Notes

            | When | What happened |
            |---|---|
            | 10:00 | Paged |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(time: "10:00", at: Self.at(2024, 1, 5, 10, 0), precision: .exact, event: "Paged")
            ])
        #expect(TimelineTableReader.accepts(header: ["Time (UTC)", "What happened", "Who", "Result"]))
        #expect(TimelineTableReader.accepts(header: ["Uhrzeit", "Ereignis"]))
        #expect(!TimelineTableReader.accepts(header: ["Action", "Owner", "Due date"]))
        #expect(!TimelineTableReader.accepts(header: ["App", "PV", "Size", "PVC"]))
    }

    @Test func unreadableTimeIsKeptAndReported() {
        let (incident, findings) = Self.importing(
            """
            # Lunch
            **Date:** 2024-01-05

            ## Timeline

            | Time | Event |
            |---|---|
            | after lunch | Deploy |
            | ?? | Something |
            """)
        #expect(
            incident.timeline == [
                TimelineEvent(time: "after lunch", precision: .unknown, event: "Deploy"),
                TimelineEvent(time: "??", precision: .unknown, event: "Something"),
            ])
        let timeline = findings.filter { $0.rule.hasPrefix("timeline") }
        #expect(timeline.map(\.rule) == ["timeline-time-unreadable"])
        #expect(timeline.map(\.line) == [8])
    }
}
