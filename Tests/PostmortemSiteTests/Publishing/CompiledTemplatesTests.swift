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

    /// The partials the targeted cases include: a multi-line partial, a parent with an
    /// indented block, and a parent whose template is itself a parent of `parent`.
    static let partials = [
        ThemeFile(path: "t/part.mustache", contents: "<p>{{title}}</p>\n<q>\n", origin: .bundled),
        ThemeFile(
            path: "t/parent.mustache", contents: "<main>\n  {{$slot}}none{{/slot}}\n</main>\n", origin: .bundled),
        ThemeFile(
            path: "t/lines.mustache", contents: "{{#yes}}\none\n  {{>part}}\n{{/yes}}\ntwo\n", origin: .bundled),
        ThemeFile(
            path: "t/frame.mustache",
            contents: "<div>\n{{$head}}head{{/head}}\n  {{$body}}\n  body\n  {{/body}}\n</div>\n",
            origin: .bundled),
        ThemeFile(
            path: "t/nested.mustache",
            contents: "{{<frame}}\n{{$head}}\n[{{$slot}}nested-slot{{/slot}}]\n{{/head}}\n{{/frame}}\n",
            origin: .bundled),
    ]

    /// Renders `template` with both renderers; nil when the compiled renderer declines it.
    static func renderBoth(_ template: String) throws -> (compiled: String?, mustache: String) {
        let files = [ThemeFile(path: "t/page.mustache", contents: template, origin: .bundled)] + partials
        let mustache = try TemplateSet(files: files, folder: "t").render("page", with: model)
        let compiled = CompiledTemplates(files: files, folder: "t")?.render("page", with: model)
        return (compiled, mustache)
    }

    @Test(arguments: [
        // Standalone lines of every kind, with blanks around and at the end of the file.
        "a\n  {{#yes}}  \nb\n\t{{/yes}}\t\n{{^no}}\nc\n{{/no}}\n  {{! note }}\nd\n{{#empty}}\n{{/empty}}\n  {{#no}}\n{{/no}}",
        "{{#yes}}\n{{#items}}\n{{name}}\n{{/items}}\n{{/yes}}\n  {{#no}}x{{/no}}  \n{{^yes}}\n{{/yes}}",
        "{{#yes}}\nx\n{{/yes}}\n\t ",
        "x {{#yes}}\ny{{/yes}} z\n{{#yes}} {{/yes}}\n{{!a}}{{!b}}\n  {{!c}}x\n",
        "{{#yes}}\r\nwindows\r\n{{/yes}}\r\n  {{>part}}\r\nend",
        // Partials: indented when alone on their line (also inside sections), not otherwise.
        "  {{>part}}\n\t{{> part }}\nx {{>part}}\n  {{>part}} y\n{{#items}}\n    {{>part}}\n{{/items}}\n",
        "begin\n  {{>lines}}\nend\n  {{>part}}",
        // Parents and blocks: standalone, indented, nested, with defaults kept.
        "{{<parent}}\n{{$slot}}\nline one\nline two\n{{/slot}}\n{{/parent}}\nafter\n",
        "  {{<parent}}\n{{$slot}}\n{{#items}}\n{{name}}\n{{/items}}\n{{/slot}}\n{{/parent}}\n",
        "{{<nested}}\n{{$slot}}from page {{title}}{{/slot}}\n{{/nested}}\n{{<nested}}{{/nested}}|\n",
        "{{<frame}}\n{{$body}}\n{{<parent}}\n{{$slot}}inner{{/slot}}\n{{/parent}}\n{{/body}}\n{{/frame}}\n",
        "{{$slot}}\ntop default\n{{/slot}}\n  {{$other}}\n  indented\n  {{/other}}\n",
        "  {{$slot}}x\ny{{/slot}}\n  {{<parent}}{{$slot}}filled\ntwice{{/slot}}{{/parent}}|\n",
    ])
    func layoutsRenderAsSwiftMustacheRendersThem(template: String) throws {
        let (compiled, mustache) = try Self.renderBoth(template)
        #expect(try #require(compiled) == mustache)
    }

    /// Layouts swift-mustache reads its own way are left to it; whichever renders, the
    /// bytes are the same.
    @Test(arguments: [
        "{{#yes}}\nx{{/yes}} {{#no}}\ny{{/no}}\n",
        "{{#yes}}x\n{{/yes}}\n{{#no}}\n{{/no}}\n",
        "{{#yes}}\n{{#items}}\n{{name}}{{/items}}{{/yes}}\nend\n",
        "{{<parent}}{{$slot}}\nx\n{{/slot}}{{/parent}}",
        "{{<parent}}\n{{$slot}}\n  indented\n{{/slot}}\n{{/parent}}",
        "{{#yes}}\n{{/yes}}  ",
        "a\u{0C}{{#yes}}\u{0C}b{{/yes}}\rc",
    ])
    func layoutsReadDifferentlyAreLeftToSwiftMustache(template: String) throws {
        let (compiled, _) = try Self.renderBoth(template)
        #expect(compiled == nil)
    }

    /// Templates assembled at random from tags, blanks, text and line breaks: whenever the
    /// compiled renderer takes one, it renders swift-mustache's bytes.
    @Test func randomLayoutsRenderAsSwiftMustacheRendersThem() throws {
        let pieces = [
            "{{#yes}}", "{{/yes}}", "{{^no}}", "{{/no}}", "{{#items}}", "{{/items}}", "{{! c }}", "{{>part}}",
            "{{>lines}}", "{{title}}", "{{{title}}}", "{{name}}", "  ", "\t", "\n", "\n", "\n", "x", "<b>",
            "{{$box}}", "{{/box}}",
        ]
        var seed = LayoutDice(state: 0x5EED)
        var compiledCount = 0
        for _ in 0..<3000 {
            var template = ""
            var open: [String] = []
            for _ in 0..<Int.random(in: 4...14, using: &seed) {
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &seed)]
                if piece.hasPrefix("{{/") {
                    guard let last = open.popLast() else { continue }
                    template += "{{/" + last + "}}"
                } else if piece.hasPrefix("{{#") || piece.hasPrefix("{{^") || piece.hasPrefix("{{$") {
                    open.append(String(piece.dropFirst(3).dropLast(2)))
                    template += piece
                } else {
                    template += piece
                }
            }
            for name in open.reversed() { template += (Bool.random(using: &seed) ? "\n" : "") + "{{/\(name)}}" }
            if Bool.random(using: &seed) {
                template = "{{<parent}}\n{{$slot}}\n" + template + "\n{{/slot}}\n{{/parent}}"
            }
            let (compiled, mustache) = try Self.renderBoth(template)
            guard let compiled else { continue }
            compiledCount += 1
            #expect(compiled == mustache, "\(template.debugDescription)")
        }
        #expect(compiledCount > 2000)
    }

    @Test(arguments: ["{{=<% %>=}}<% title %>", "{{first(items)}}", "{{>*dynamic}}", "{{% CONTENT_TYPE: TEXT}}x"])
    func featuresLeftToSwiftMustacheAreNotCompiled(template: String) {
        let files = [ThemeFile(path: "t/page.mustache", contents: template, origin: .bundled)]
        #expect(CompiledTemplates(files: files, folder: "t") == nil)
    }
}

/// A small deterministic generator for the random layouts (a 64-bit LCG).
private struct LayoutDice: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
