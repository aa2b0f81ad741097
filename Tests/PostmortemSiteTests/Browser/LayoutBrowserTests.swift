import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The published site laid out by a real browser at a phone's width: no page scrolls
/// sideways, however long the words, code spans, links and table cells it holds.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, Chromium.skipReason))
struct LayoutBrowserTests {
    static let longCode = "certmanager_http_acme_client_request_count_total_by_issuer_and_namespace_and_status"
    static let longURL =
        "https://grafana.example.internal/d/9f3c1a2b/kubernetes-persistent-volumes-by-namespace-and-claim?orgId=1&var-cluster=production-eu-west"
    static let longWord = "Rechenzentrumsinfrastrukturüberwachungsalarmierungsschwellenwertkonfigurationsdatei"

    /// An incident with something too long to fit a phone in every place that shows text.
    static func incident() throws -> Incident {
        let day = try SiteFixtures.day("2025-03-14")
        let at = { (hour: Int, minute: Int) in Timestamp(day: day, hour: hour, minute: minute, utcOffsetMinutes: 0) }
        let table = """
            | Alert | Query | Dashboard | Threshold | Owner | Runbook |
            |---|---|---|---|---|---|
            | `\(longCode)` | `sum(rate(\(longCode)[5m])) by (issuer)` | \(longURL) | 0.5 | platform-observability | \(longWord) |
            """
        let block =
            "```\nkubectl -n cert-manager logs deploy/cert-manager --since=1h | grep -E '\(longCode)' | tail -n 200\n```"
        return Incident(
            id: "pm-longwords1", title: "Alerting broke on \(longWord)", date: day, detected: at(9, 1),
            resolved: at(9, 2), severity: Severity(label: "SEV2", level: 2), status: IncidentStatus(label: "resolved"),
            authors: ["Ines"],
            services: ["kube-prometheus-stack-alertmanager-webhook-receiver-for-pagerduty", "certmanager"],
            tags: ["observability"], summary: "The exporter renamed `\(longCode)`; see \(longURL).",
            timeline: (Array(0..<16) + [59]).map { minute in
                TimelineEvent(
                    time: "09:\(minute < 10 ? "0" : "")\(minute)", at: at(9, minute), precision: .exact,
                    event: "Checked `\(longCode)` on \(longURL)",
                    outcome: minute.isMultiple(of: 2) ? .failure : .success)
            },
            rootCause: "The rule still read `\(longCode)`. \(longWord).",
            whys: [Why(question: "Why did `\(longCode)` vanish?", answer: "Because \(longURL) said so.")],
            impact: Impact(items: ["No alerts for \(longWord)"]),
            actionItems: [
                ActionItem(
                    text: "Alert on `\(longCode)` and link \(longURL)", owner: "platform-observability-oncall",
                    priority: Priority(label: "P1", level: 1), status: .open, tracking: longURL),
                ActionItem(text: "Rename \(longWord)", owner: "Ines", status: .done),
            ],
            lessons: [
                Lesson(text: "Never trust `\(longCode)` to keep its name: \(longURL)", kind: .learned),
                Lesson(text: "\(longWord) went wrong", kind: .wentWrong),
            ],
            volumeMappings: [
                VolumeMapping(
                    app: "alertmanager", volume: "pvc-\(longCode)", size: "10Gi", claim: "data-\(longCode)-0")
            ],
            failureModes: [FailureModeMatch(id: "detection-gap", evidence: "`\(longCode)` vanished", score: 1)],
            sections: [Section(heading: "Queries", markdown: table + "\n\n" + block + "\n")])
    }

    /// Every page, at 390 CSS pixels wide, is no wider than the screen; each of the page
    /// kinds the issue names is among them.
    @Test func noPageScrollsSidewaysOnAPhone() throws {
        let folder = try ScratchFolder()
        let neighbour = Incident(
            id: "pm-neighbour2", title: "Neighbour", date: try SiteFixtures.day("2025-02-01"),
            services: ["certmanager"],
            failureModes: [FailureModeMatch(id: "detection-gap", evidence: "late", score: 1)])
        let (base, store) = try SiteFixtures.knowledgeBase(in: folder.url, incidents: [try Self.incident(), neighbour])
        try SiteFixtures.publish(base, store)
        let site = base.defaultSiteOutputURL
        let pages = try SiteFixtures.files(in: site).keys.filter { $0.hasSuffix(".html") }.sorted()
        for kind in [
            "index.html", "incidents/pm-longwords1.html", "actions/index.html", "lessons/index.html",
            "services/certmanager.html", "search/index.html",
        ] {
            #expect(pages.contains(kind), "no \(kind) in \(pages)")
        }

        let browser = try Chromium()
        var addresses = pages.map { site.appendingPathComponent($0) }
        // The search page with results drawn by its script.
        let query = try #require(
            URL(string: site.appendingPathComponent("search/index.html").absoluteString + "?q=alert"))
        addresses.append(query)
        for address in addresses {
            let tab = try browser.open(address)
            try tab.setViewport(width: 390, height: 844)
            if address == query {
                try tab.waitFor("document.querySelectorAll('#search-results li.search-result').length > 0")
            }
            let overflow = try tab.evaluate(Self.overflow) as? String
            let page = String(address.absoluteString.dropFirst(site.absoluteString.count))
            #expect(overflow == "", "\(page): wider than the phone: \(overflow ?? "?")")
        }
    }

    /// The corpus site at a phone's width: no page scrolls sideways, and the stats page's
    /// charts keep their own size (their labels readable), scrolling in their figures.
    @Test func theCorpusSiteFitsAPhoneAndItsChartsStayReadable() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let site = base.defaultSiteOutputURL
        let pages = try SiteFixtures.files(in: site).keys.filter { $0.hasSuffix(".html") }.sorted()
        let browser = try Chromium()
        for page in pages {
            let tab = try browser.open(site.appendingPathComponent(page))
            try tab.setViewport(width: 390, height: 844)
            let overflow = try tab.evaluate(Self.overflow) as? String
            #expect(overflow == "", "\(page): wider than the phone: \(overflow ?? "?")")
            guard page == "stats/index.html" else {
                try tab.close()
                continue
            }
            let scales =
                try tab.evaluate(
                    "Array.from(document.querySelectorAll('figure.chart svg')).map(s => s.getBoundingClientRect().width / s.width.baseVal.value)"
                ) as? [Double] ?? []
            #expect(scales.count >= 4)
            #expect(scales.allSatisfy { abs($0 - 1) < 0.001 }, "chart scales \(scales)")
        }
    }

    /// The timeline chart of events a minute apart (detected and resolved a minute apart too), as the browser draws it with its own
    /// fonts: no two labels' boxes intersect, at a phone's width and a desktop's.
    @Test(arguments: [390, 1280])
    func timelineLabelsDoNotOverlapOnScreen(width: Int) throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.knowledgeBase(in: folder.url, incidents: [try Self.incident()])
        try SiteFixtures.publish(base, store)
        let browser = try Chromium()
        let tab = try browser.open(base.defaultSiteOutputURL.appendingPathComponent("incidents/pm-longwords1.html"))
        try tab.setViewport(width: width, height: 900)
        let report =
            try tab.evaluate(
                """
                (() => {
                  const boxes = Array.from(document.querySelectorAll('svg.timeline-chart text'))
                    .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
                  const overlaps = [];
                  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
                    if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
                      overlaps.push(a.text + ' / ' + b.text);
                  }));
                  return boxes.length + ' labels; overlapping: ' + overlaps.join(', ');
                })()
                """) as? String
        // 17 numbers, 2 ticks, the duration and 2 markers.
        #expect(report == "22 labels; overlapping: ")
    }

    /// Empty when the page fits its viewport; otherwise the widths and the elements whose
    /// content reaches past the screen's edge (outside any box that scrolls on its own).
    static let overflow = """
        (() => {
          const root = document.documentElement, width = root.clientWidth;
          if (root.scrollWidth <= width) return '';
          const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
          const out = Array.from(document.querySelectorAll('main *, header *, footer *'))
            .filter(e => e.getBoundingClientRect().left + Math.max(e.scrollWidth, e.getBoundingClientRect().width) > width + 1)
            .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return false; return true; })
            .slice(-4).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + JSON.stringify(e.textContent.slice(0, 30)));
          return root.scrollWidth + ' > ' + width + ': ' + out.join(', ');
        })()
        """
}
