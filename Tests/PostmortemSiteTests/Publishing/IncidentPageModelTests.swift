import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The incident page's timeline table, published: its Outcome column is there only when
/// some event has an outcome (an empty column takes room from the events on a phone).
struct IncidentPageModelTests {
    static func incident(id: IncidentID, outcome: Outcome?) throws -> Incident {
        let day = try SiteFixtures.day("2025-04-02")
        return Incident(
            id: id, title: "Timeline \(id)", date: day,
            timeline: [
                TimelineEvent(
                    time: "10:00", at: Timestamp(day: day, hour: 10, minute: 0, utcOffsetMinutes: 0), precision: .exact,
                    event: "Paged", outcome: outcome),
                TimelineEvent(time: "later", event: "Fixed"),
            ])
    }

    @Test func theOutcomeColumnIsShownOnlyWhenAnEventHasAnOutcome() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.knowledgeBase(
            in: folder.url,
            incidents: [
                try Self.incident(id: "pm-nooutcome", outcome: nil),
                try Self.incident(id: "pm-outcome01", outcome: .failure),
            ])
        try SiteFixtures.publish(base, store)
        let files = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        func table(_ id: String) throws -> [String] {
            let page = String(decoding: try #require(files["incidents/\(id).html"]), as: UTF8.self)
            let start = try #require(page.range(of: "<table class=\"timeline-table\">"))
            let end = try #require(page.range(of: "</table>", range: start.upperBound..<page.endIndex))
            return page[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
        }
        #expect(
            try table("pm-nooutcome") == [
                "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Time</th><th scope=\"col\">Event</th></tr></thead>",
                "<tbody>",
                "<tr class=\"outcome-none\"><td class=\"number\">1</td><td class=\"time\"><time datetime=\"2025-04-02T10:00Z\">10:00</time></td><td>Paged</td></tr>",
                "<tr class=\"outcome-none\"><td class=\"number\">2</td><td class=\"time\">later</td><td>Fixed</td></tr>",
                "</tbody>",
            ])
        #expect(
            try table("pm-outcome01") == [
                "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Time</th><th scope=\"col\">Event</th><th scope=\"col\">Outcome</th></tr></thead>",
                "<tbody>",
                "<tr class=\"outcome-failure\"><td class=\"number\">1</td><td class=\"time\"><time datetime=\"2025-04-02T10:00Z\">10:00</time></td><td>Paged</td><td><span class=\"badge outcome outcome-failure\">failure</span></td></tr>",
                "<tr class=\"outcome-none\"><td class=\"number\">2</td><td class=\"time\">later</td><td>Fixed</td><td></td></tr>",
                "</tbody>",
            ])
    }
}
