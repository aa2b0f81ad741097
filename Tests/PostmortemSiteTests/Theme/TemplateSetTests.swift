import Testing

@testable import PostmortemSite

struct TemplateSetTests {
    @Test func templatesRenderAndIncludeEachOtherAsPartials() throws {
        let files = [
            ThemeFile(
                path: "templates/site/page.html.mustache", contents: "<h1>{{title}}</h1>{{> footer.html}}",
                origin: .bundled),
            ThemeFile(
                path: "templates/site/footer.html.mustache", contents: "<footer>{{kb}}</footer>", origin: .bundled),
            ThemeFile(path: "templates/new/standard.md.mustache", contents: "not in this folder", origin: .bundled),
        ]
        let set = try TemplateSet(files: files, folder: "templates/site")
        #expect(set.names == ["footer.html", "page.html"])
        let html = try set.render("page.html", with: ["title": "<script>x</script>", "kb": "Ops & SRE"])
        #expect(html == "<h1>&lt;script&gt;x&lt;/script&gt;</h1><footer>Ops &amp; SRE</footer>")
    }

    @Test func aBrokenTemplateIsNamedWithItsLine() throws {
        let files = [
            ThemeFile(
                path: "templates/site/incident.html.mustache",
                contents: "<h1>{{title}}</h1>\n{{#lessons}}\n<p>{{text}}</p>\n",
                origin: .knowledgeBase)
        ]
        #expect(throws: ThemeError.self) { try TemplateSet(files: files, folder: "templates/site") }
        do {
            _ = try TemplateSet(files: files, folder: "templates/site")
        } catch {
            guard case .brokenTemplate(let path, let line, _, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "templates/site/incident.html.mustache")
            #expect(line >= 2)
            #expect(reason == "a section is opened and never closed")
        }
    }

    @Test func renderingAnUnknownTemplateNamesIt() throws {
        let set = try TemplateSet(
            files: [ThemeFile(path: "templates/site/a.html.mustache", contents: "a", origin: .bundled)],
            folder: "templates/site")
        #expect(throws: ThemeError.missing(path: "b.html.mustache", available: ["templates/site/a.html.mustache"])) {
            try set.render("b.html", with: [String: String]())
        }
    }
}
