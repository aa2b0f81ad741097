import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// An incident with a script-running payload in every field it has: published, its pages
/// open in Chromium without running any of them.
///
/// Each payload, if it ran, would set `window.__pmXSS`, change `document.title` or add an
/// element with the id `pm-xss`; the test reads all three from the live page (after its own
/// scripts ran) and looks for event-handler attributes and `javascript:` links in the DOM.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, Chromium.skipReason))
struct XSSBrowserTests {
    /// Payloads for HTML text, attributes, URLs, script strings and Markdown.
    static func payload(_ number: Int) -> String {
        [
            "<script>window.__pmXSS=\(number);document.title='pwned'</script>",
            "<img src=x onerror=\"window.__pmXSS=\(number)\">",
            "\"><svg onload=\"window.__pmXSS=\(number)\"><b id=\"pm-xss\">",
            "'><b id='pm-xss' onclick='window.__pmXSS=\(number)'>",
            "</title></textarea></script><script>window.__pmXSS=\(number)</script>",
            "[click](javascript:window.__pmXSS=\(number)) ![x](javascript:window.__pmXSS=\(number))",
            "<a href=\"javascript:window.__pmXSS=\(number)\">link</a> {{#chrome}}{{{siteTitle}}}{{/chrome}}",
            "\u{2028}');window.__pmXSS=\(number);//",
        ].joined(separator: " xss\(number) ")
    }

    static func incident() throws -> Incident {
        let day = try SiteFixtures.day("2025-06-01")
        let at = { (hour: Int) in Timestamp(day: day, hour: hour, minute: 0, utcOffsetMinutes: 0) }
        return Incident(
            id: "pm-xss0000001", title: "Payload " + payload(1), date: day, detected: at(10), resolved: at(12),
            severity: Severity(label: payload(2), level: 1), status: IncidentStatus(label: payload(3)),
            authors: [payload(4)], services: [ServiceName(payload(5)), "xssservice"], environment: payload(6),
            tags: [payload(7), "xsstag"], summary: payload(8),
            timeline: [
                TimelineEvent(time: payload(9), at: at(10), precision: .exact, event: payload(10), outcome: .failure),
                TimelineEvent(
                    time: "12:00", at: at(12), precision: .exact, event: payload(11), outcome: .success,
                    extra: [Field(name: payload(12), value: payload(13))]),
            ],
            rootCause: payload(14), contributingFactors: [payload(15)],
            whys: [Why(question: payload(16), answer: payload(17))],
            impact: Impact(
                items: [payload(18)], duration: payload(19), availability: payload(20), dataLoss: payload(21)),
            actionItems: [
                ActionItem(
                    text: payload(22), owner: payload(23), priority: Priority(label: payload(24), level: 0),
                    status: .open, statusLabel: payload(25), tracking: payload(26))
            ],
            lessons: [Lesson(text: payload(27), kind: .learned), Lesson(text: payload(28), kind: .wentWrong)],
            volumeMappings: [
                VolumeMapping(app: payload(29), volume: payload(30), size: payload(31), claim: payload(32))
            ],
            procedure: [payload(33)],
            troubleshooting: [TroubleshootingEntry(symptom: payload(34), cause: payload(35), fix: payload(36))],
            failureModes: [
                FailureModeMatch(id: FailureModeID(payload(37)), evidence: payload(38), score: 1),
                FailureModeMatch(id: "disk-full", evidence: payload(39), score: 0.5),
            ],
            sections: [Section(heading: payload(40), markdown: payload(41))],
            metadata: [Field(name: payload(42), value: payload(43))],
            source: SourceInfo(path: payload(44), contentHash: "0", encoding: "utf-8"))
    }

    static let check = """
        JSON.stringify({
          ran: window.__pmXSS === undefined ? null : window.__pmXSS,
          title: document.title,
          injected: document.getElementById('pm-xss') !== null,
          handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)
            .some(a => a.name.toLowerCase().startsWith('on'))).map(e => e.tagName),
          scriptLinks: Array.from(document.querySelectorAll('[href],[src]')).map(e => e.getAttribute('href') || e.getAttribute('src'))
            .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v)),
          scripts: Array.from(document.scripts).map(s => s.getAttribute('src'))
        })
        """

    @Test func noPayloadRunsOnAnyPageThatShowsTheIncident() throws {
        let folder = try ScratchFolder()
        let incident = try Self.incident()
        let neighbour = Incident(
            id: "pm-neighbour1", title: "Neighbour", date: try SiteFixtures.day("2025-05-01"), services: ["xssservice"],
            tags: ["xsstag"], failureModes: [FailureModeMatch(id: "disk-full", evidence: "disk", score: 1)])
        let (base, store) = try SiteFixtures.knowledgeBase(in: folder.url, incidents: [incident, neighbour])
        try SiteFixtures.publish(base, store)
        let site = base.defaultSiteOutputURL
        let files = try SiteFixtures.files(in: site)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.contains("incidents/pm-xss0000001.html"))

        let browser = try Chromium()
        for page in pages {
            let tab = try browser.open(site.appendingPathComponent(page))
            let report = try Self.report(tab)
            #expect(report["ran"] is NSNull, "\(page): a payload ran: \(report)")
            #expect(report["injected"] as? Bool == false, "\(page): an element was injected")
            #expect((report["handlers"] as? [String]) == [], "\(page): event handlers \(report["handlers"] ?? "")")
            #expect((report["scriptLinks"] as? [String]) == [], "\(page): \(report["scriptLinks"] ?? "")")
            // A payload that ran would have set the title to exactly "pwned".
            #expect(report["title"] as? String != "pwned", "\(page): the title was changed")
            #expect((report["title"] as? String ?? "").hasSuffix(" · Test KB"), "\(page): \(report["title"] ?? "")")
            let scripts = report["scripts"] as? [Any] ?? []
            let expectedScripts = page == "search/index.html" ? 2 : 0
            #expect(scripts.count == expectedScripts, "\(page): scripts \(scripts)")
        }

        // The incident's own page shows the payload title as text.
        let tab = try browser.open(site.appendingPathComponent("incidents/pm-xss0000001.html"))
        #expect(try tab.evaluate("document.querySelector('h1').textContent") as? String == incident.title)
        #expect(try tab.evaluate("document.title") as? String == incident.title + " · Test KB")

        // Search results are built from the index: typing a word of the payload shows it, inert.
        let search = try browser.open(site.appendingPathComponent("search/index.html"))
        _ = try search.evaluate("document.getElementById('search-query').focus()")
        try search.type("xss1")
        try search.waitFor("document.querySelectorAll('#search-results li.search-result').length === 1")
        #expect(
            try search.evaluate("document.querySelector('#search-results a.title').textContent") as? String
                == incident.title)
        let report = try Self.report(search)
        #expect(report["ran"] is NSNull, "search: a payload ran: \(report)")
        #expect(report["injected"] as? Bool == false)
    }

    static func report(_ tab: Chromium.Tab) throws -> [String: Any] {
        let json = try tab.evaluate(check) as? String ?? "{}"
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
    }
}
