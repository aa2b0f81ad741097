import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("TitleFinder")
struct TitleFinderTests {
    @Test(
        arguments: [
            ("# Post-Mortem: Immich WAL Failure (2026-02-20)\n\nText.", "Immich WAL Failure", "2026-02-20"),
            ("Disk full on nas-01\n===================\n\nText.", "Disk full on nas-01", nil),
            ("# Security Incident: Key leaked\n\nText.", "Key leaked", nil),
            ("# Outage Report: Payments down (2019-07-23)\n\nText.", "Payments down", "2019-07-23"),
            ("**Incident: Loki full (2025-08-09)**\n\nText.", "Loki full", "2025-08-09"),
            ("## Cache stampede after deploy\n\nText here.", "Cache stampede after deploy", nil),
            (
                "# Störungsbericht: ZFS-Pool „rpool“ auf pve-03 degradiert\n\nText.",
                "ZFS-Pool „rpool“ auf pve-03 degradiert", nil
            ),
        ] as [(String, String, String?)])
    func titleAndDate(text: String, title: String, date: String?) throws {
        let incident = try ImportFixtures.incident(text)
        #expect(incident.title == title)
        #expect(incident.date == date.flatMap(Day.init(iso:)))
    }

    @Test func aRecognisedSecondLevelHeadingIsNoTitle() throws {
        let incident = try ImportFixtures.incident("## Summary\n\nThe disk filled up.")
        #expect(incident.title == "Untitled")
        #expect(incident.summary == "The disk filled up.")
    }

    @Test func thePageTitleAboveThePostMortemTitleIsKept() throws {
        let incident = try ImportFixtures.incident(
            """
            The Great Database Incident: A Post-Mortem & Farewell
            Post-Mortem: The Systematic Destruction of Immich & Authentik DBs
            Date: April 6th, 2026
            Executive Summary
            It went badly.
            """)
        #expect(incident.title == "The Systematic Destruction of Immich & Authentik DBs")
        #expect(
            incident.metadata == [
                Field(name: "Page title", value: "The Great Database Incident: A Post-Mortem & Farewell")
            ])
        #expect(incident.services == ["Immich", "Authentik"])
    }

    @Test func nearMissAndRunbookPrefixesNameTheKind() throws {
        #expect(try ImportFixtures.incident("# Near Miss: almost\n\nText.").kind == .nearMiss)
        #expect(try ImportFixtures.incident("# Runbook: Restore things\n\nText.").kind == .runbook)
        #expect(try ImportFixtures.incident("# Runbook: Restore things\n\nText.").title == "Restore things")
    }
}
