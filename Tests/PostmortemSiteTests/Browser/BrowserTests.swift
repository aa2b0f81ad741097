import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The published site in a real browser: headless Chromium opens it from file://.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, Chromium.skipReason))
struct BrowserTests {
    @Test func typingAWordIntoTheSearchPageShowsTheMatchingIncidents() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let browser = try Chromium()
        let tab = try browser.open(base.defaultSiteOutputURL.appendingPathComponent("search/index.html"))
        try tab.waitFor("document.getElementById('search-status').textContent.length > 0")
        #expect(try tab.evaluate("document.querySelectorAll('#search-results li').length") as? Int == 0)

        _ = try tab.evaluate("document.getElementById('search-query').focus()")
        try tab.type("keycloak")
        try tab.waitFor("document.querySelectorAll('#search-results li.search-result').length > 0")
        let titles =
            try tab.evaluate(
                "Array.from(document.querySelectorAll('#search-results li.search-result a.title')).map(a => a.textContent)"
            ) as? [String] ?? []
        // At least every incident naming Keycloak in its title or services (summaries and
        // lessons are searched too).
        let expected = try store.list().filter { summary in
            summary.title.lowercased().contains("keycloak") || summary.services.contains { $0.key == "keycloak" }
        }.map(\.title)
        #expect(expected.count >= 2)
        #expect(Set(expected).isSubset(of: Set(titles)))
        let status = try tab.evaluate("document.getElementById('search-status').textContent") as? String
        #expect(status == "\(titles.count) post-mortems match “keycloak”.")

        // Each result links to a page of the site that exists.
        let hrefs =
            try tab.evaluate(
                "Array.from(document.querySelectorAll('#search-results a.title')).map(a => a.href)") as? [String] ?? []
        #expect(hrefs.count == titles.count)
        for href in hrefs {
            let path = try #require(URL(string: href)).path
            #expect(FileManager.default.fileExists(atPath: path), "\(href)")
        }

        // A word typed further narrows; the query is kept in the address for sharing.
        try tab.type(" oomkilled")
        try tab.waitFor("document.getElementById('search-status').textContent.indexOf('oomkilled') >= 0")
        let narrowed =
            try tab.evaluate(
                "Array.from(document.querySelectorAll('#search-results li.search-result a.title')).map(a => a.textContent)"
            ) as? [String] ?? []
        #expect(narrowed == ["Keycloak OOMKilled in a loop after the 26.x upgrade"])
    }

    @Test func theSearchPageReadsTheQueryFromItsAddress() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let browser = try Chromium()
        var url = base.defaultSiteOutputURL.appendingPathComponent("search/index.html")
        url = try #require(URL(string: url.absoluteString + "?q=pgbackrest"))
        let tab = try browser.open(url)
        try tab.waitFor("document.querySelectorAll('#search-results li.search-result').length > 0")
        #expect(try tab.evaluate("document.getElementById('search-query').value") as? String == "pgbackrest")
    }
}
