import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The compiled templates render exactly what swift-mustache renders.
struct CompiledTemplatesTests {
    /// Publishes `incidents` twice, once with each renderer, and compares every file.
    func bothRenderersAgree(on incidents: [Incident]? = nil) throws {
        let folder = try ScratchFolder()
        let (base, store) =
            try incidents.map { try SiteFixtures.knowledgeBase(in: folder.url, incidents: $0) }
            ?? SiteFixtures.corpusKnowledgeBase(in: folder.url)
        var options = PublishOptions(output: folder.path("compiled"), date: Timestamp(iso: "2026-11-21"))
        _ = try Publisher(knowledgeBase: base, store: store, options: options).publish()
        options.output = folder.path("mustache")
        options.compilesTemplates = false
        _ = try Publisher(knowledgeBase: base, store: store, options: options).publish()
        let compiled = try SiteFixtures.files(in: folder.path("compiled"))
        let mustache = try SiteFixtures.files(in: folder.path("mustache"))
        #expect(mustache.keys.filter { $0.hasSuffix(".html") }.count > (incidents?.count ?? 100))
        #expect(compiled.keys.sorted() == mustache.keys.sorted())
        for (path, data) in mustache where path.hasSuffix(".html") {
            #expect(compiled[path] == data, "\(path) differs")
        }
    }

    @Test func theCorpusSiteIsTheSame() throws {
        try bothRenderersAgree()
    }

    @Test func theGoldenAndHostileSitesAreTheSame() throws {
        try bothRenderersAgree(on: try GoldenPageTests.incidents())
        try bothRenderersAgree(on: [try XSSBrowserTests.incident()])
    }

    @Test func theBundledTemplatesCompile() throws {
        let files = try Theme().files(under: "templates/site")
        #expect(CompiledTemplates(files: files, folder: "templates/site") != nil)
    }

    static var model: PageModel {
        [
            "title": "A & <b>", "n": 3, "yes": true, "no": false, "empty": [PageModel](), "words": ["a", "b"],
            "items": [["name": "x", "title": false], ["name": "y"]] as [PageModel],
            "nested": ["inner": ["deep": "found"] as PageModel] as PageModel,
        ]
    }

    @Test(arguments: [
        "{{title}} {{{title}}} {{& title}} {{n}} {{yes}} {{missing}}",
        "{{#items}}[{{name}}:{{title}}]{{/items}}{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}",
        "{{#words}}<{{.}}>{{/words}} {{nested.inner.deep}} {{#nested}}{{.inner.deep}}{{/nested}}",
        "  {{#yes}}\n  line\n  {{/yes}}\n{{^no}}\n  kept\n{{/no}}\n{{! comment }}\nend\n",
        "{{#n}}{{.}}{{/n}} {{^n}}not{{/n}} {{#title}}t={{.}}{{/title}}",
        "a\r\nb {{! multi\nline }} c\n   {{! standalone }}   \n d",
        "{{>part}}|\n  {{>part}}\n{{<parent}}\n  {{$slot}}filled {{title}}{{/slot}}\n{{/parent}}\n",
        "{{<parent}}{{/parent}}|{{$slot}}default{{/slot}}",
    ])
    func templatesRenderAsSwiftMustacheRendersThem(template: String) throws {
        let files = [
            ThemeFile(path: "t/page.mustache", contents: template, origin: .bundled),
            ThemeFile(path: "t/part.mustache", contents: "<p>{{title}}</p>\n<q>\n", origin: .bundled),
            ThemeFile(
                path: "t/parent.mustache", contents: "<main>\n  {{$slot}}none{{/slot}}\n</main>\n", origin: .bundled),
        ]
        let mustache = try TemplateSet(files: files, folder: "t")
        let compiled = try #require(CompiledTemplates(files: files, folder: "t"))
        #expect(compiled.render("page", with: Self.model) == (try mustache.render("page", with: Self.model)))
    }

    @Test(arguments: ["{{=<% %>=}}<% title %>", "{{first(items)}}", "{{>*dynamic}}", "{{% CONTENT_TYPE: TEXT}}x"])
    func featuresLeftToSwiftMustacheAreNotCompiled(template: String) {
        let files = [ThemeFile(path: "t/page.mustache", contents: template, origin: .bundled)]
        #expect(CompiledTemplates(files: files, folder: "t") == nil)
    }
}
