import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("IncidentLogSplitter")
struct IncidentLogSplitterTests {
    @Test func dayHeadingsInsideATimelineAreNotLogEntries() {
        let document = LegacyImporter().importDocument(
            text: """
                # Ceph-Cluster schreibgeschützt

                ## Zeitleiste

                ### Freitag, 16.02.2024

                - 17:40 – Warnung

                ### Montag, 19.02.2024

                - 07:55 – Ausfall

                ## Erkenntnisse

                - Mehr Platz.
                """, path: "ceph.md")
        #expect(document.incidents.map(\.title) == ["Ceph-Cluster schreibgeschützt"])
    }

    @Test func datedTopLevelHeadingsAreEntries() {
        let document = LegacyImporter().importDocument(
            text: """
                # Platform ops log, March 2023

                ## 2023-03-02 — grafana logins broken

                **Severity:** SEV4 · **Status:** Resolved

                Rotated the bind password.

                ## 2023-03-09 — Terraform removed the CNAME

                **Severity:** SEV3 · **Status:** Resolved

                Restored the record.
                """, path: "log.md")
        #expect(document.incidents.map(\.title) == ["grafana logins broken", "Terraform removed the CNAME"])
        #expect(document.incidents.map(\.date) == [Day(iso: "2023-03-02"), Day(iso: "2023-03-09")])
        #expect(document.incidents.map(\.severity?.level) == [4, 3])
    }
}
