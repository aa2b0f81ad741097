import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

struct SitePiecesTests {
    @Test(arguments: [
        "plain", "quote \" backslash \\ slash /", "</script><!-- x", "line\nbreak\ttab\r", "\u{2028}\u{2029}",
        "\u{1}\u{1F}", "Ünïcödé 日本語 🔥", "cut short…", "…\u{2028}", "\u{2027}\u{2030}‥\u{2029}", "a<",
    ])
    func jsonStringsReadBackAsWritten(text: String) throws {
        for forScript in [false, true] {
            var json = ""
            JSONText.append(text, to: &json, forScript: forScript)
            let read = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
            #expect(read == [text])
            if forScript {
                #expect(!json.contains("<") && !json.contains("\u{2028}") && !json.contains("\u{2029}"))
            }
        }
    }

    @Test(arguments: [
        ("incidents/pm-1.html", true), (".pm-site-manifest", false), ("../x.html", false), ("a//b", false),
        ("/etc/passwd", false), ("a/./b", false), ("a b.html", false), ("ok_file-1.2.html", true), ("", false),
        ("é.html", false),
    ])
    func sitePathsArePlainRelativeNames(path: String, valid: Bool) {
        #expect((SitePath(path) != nil) == valid)
        // The manifest's reader checks bytes alike.
        var text = path
        #expect(text.withUTF8 { SitePath.isValid($0) } == valid)
    }

    /// The search index's script is its JSON with `<`, U+2028 and U+2029 escaped, made from
    /// the JSON's bytes: the same bytes as writing the entries for a script.
    @Test(arguments: [
        "plain words", "</script><!-- a <b> tag", "line\u{2028}and\u{2029}paragraph", "quote \" and \\ and\ttab",
        "é, ü, 日本 and \u{2027}\u{202A}", "",
    ])
    func theScriptIndexIsTheJSONEscapedForAScript(text: String) {
        let entries = [
            SearchIndex.Entry(
                u: "incidents/a.html", t: text, d: "2026-11-21", k: "incident", s: nil, v: [text, "redis"], g: [text],
                m: [], x: text + " " + text),
            SearchIndex.Entry(
                u: "incidents/b.html", t: "B", d: nil, k: "runbook", s: "SEV2", v: [], g: [], m: [text], x: ""),
        ]
        let json = Array(SearchIndex.json(entries, forScript: false).utf8)
        #expect(SearchIndex.escapedForScript(json) == Array(SearchIndex.json(entries, forScript: true).utf8))
    }

    @Test func slugsAreUniqueAndIndependentOfOrder() {
        let names = ["Redis", "redis!", "re-dis", "../../etc/passwd", "", "pm-1", "PM-1"]
        let slugs = SlugMaker.uniqueSlugs(for: names)
        #expect(SlugMaker.uniqueSlugs(for: names.reversed()) == slugs)
        #expect(Set(slugs.values).count == Set(names).count)
        #expect(slugs["pm-1"] == "pm-1")
        #expect(slugs["../../etc/passwd"] == "etc-passwd")
        #expect(slugs.values.allSatisfy { SitePath($0 + ".html") != nil })
    }

    @Test func aManifestReadsBackAsWritten() throws {
        var manifest = SiteManifest()
        manifest.entries[try #require(SitePath("index.html"))] = .init(inputKey: nil, contentHash: "ab", size: 3)
        manifest.entries[try #require(SitePath("incidents/a.html"))] = .init(inputKey: "k1", contentHash: "cd", size: 9)
        #expect(SiteManifest(text: manifest.text) == manifest)
        #expect(SiteManifest(text: "something else\n") == nil)
        #expect(SiteManifest(text: SiteManifest.header + "\n../x\t-\tab\t1\n") == nil)
        // Header only: an empty site; a line of three fields or a size that is no number: none.
        #expect(SiteManifest(text: SiteManifest.header + "\n") == SiteManifest())
        #expect(SiteManifest(text: "") == nil)
        #expect(SiteManifest(text: SiteManifest.header + "\na.html\t-\tab\n") == nil)
        #expect(SiteManifest(text: SiteManifest.header + "\na.html\t-\tab\t1x\n") == nil)
        #expect(SiteManifest(text: SiteManifest.header + "\na.html\t-\tab\t\n") == nil)
    }

    @Test func swappingFoldersExchangesThemWhole() throws {
        let folder = try ScratchFolder()
        let target = folder.path("site")
        let new = folder.path("new")
        for (url, name) in [(target, "old.txt"), (new, "new.txt")] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(name.utf8).write(to: url.appendingPathComponent(name))
        }
        let old = try DirectorySwap.replace(target, with: new, parking: folder.path("parked"))
        #expect(SiteFixtures.entries(in: target) == ["new.txt"])
        #expect(old.map { SiteFixtures.entries(in: $0) } == ["old.txt"])

        let fresh = folder.path("fresh")
        #expect(try DirectorySwap.replace(fresh, with: target, parking: folder.path("parked")) == nil)
        #expect(SiteFixtures.entries(in: fresh) == ["new.txt"])
    }

    @Test func aTimelineWithoutTwoTimedEventsHasNoChart() throws {
        let day = try SiteFixtures.day("2024-01-01")
        var incident = Incident(
            id: "pm-a", title: "A",
            timeline: [TimelineEvent(time: "?", event: "x"), TimelineEvent(time: "?", event: "y")])
        #expect(TimelineChart.svg(for: incident) == nil)
        incident.timeline = [
            TimelineEvent(time: "10:00", at: Timestamp(day: day, hour: 10, minute: 0), event: "<b>start</b>"),
            TimelineEvent(time: "11:00", at: Timestamp(day: day, hour: 11, minute: 0), event: "end", outcome: .success),
        ]
        let svg = try #require(TimelineChart.svg(for: incident)).html
        #expect(svg.contains("<title>1. 10:00: &lt;b&gt;start&lt;/b&gt;</title>"))
        #expect(svg.contains("class=\"event outcome-success\""))
    }

    @Test(arguments: [
        (59, "59 s"), (60, "1 min"), (3_600, "1 h"), (5_400, "1 h 30 min"), (172_800, "2 d"), (190_800, "2 d 5 h"),
    ])
    func durationsReadAsPhrases(seconds: Int, text: String) {
        #expect(Formatting.duration(seconds: seconds) == text)
    }
}

struct MarkdownPlainTests {
    @Test(arguments: [
        ("**Bold** and `code`", "Bold and code"), ("see [the docs](https://x.example/a_b) now", "see the docs now"),
        ("  lines\n\nand\ttabs  ", "lines and tabs"), ("# Heading > quote | pipe ~x~", "Heading quote pipe x"),
        ("", ""), ("déjà vu — 日本", "déjà vu — 日本"),
    ])
    func markupIsDropped(markdown: String, text: String) {
        #expect(MarkdownPlain.text(markdown) == text)
    }
}
