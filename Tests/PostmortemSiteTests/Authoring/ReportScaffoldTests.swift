import Foundation
import PostmortemKit
import PostmortemMarkdown
import Testing

@testable import PostmortemSite

@Suite struct ReportScaffoldTests {
    let scaffold = ReportScaffold(theme: Theme())

    @Test func theBundledTemplatesAreListedWithTheirDescriptions() throws {
        let templates = try scaffold.templates()
        #expect(
            templates.map { [$0.name, $0.path, $0.summary] } == [
                [
                    "data-loss", "templates/new/data-loss.md.mustache",
                    "Data lost or at risk: what was lost and recovered, the volumes involved, the restore step by step.",
                ],
                [
                    "security", "templates/new/security.md.mustache",
                    "A security incident: exposure, detection, containment, credentials rotated, who was notified.",
                ],
                [
                    "short", "templates/new/short.md.mustache",
                    "A short report for small incidents: summary, impact, timeline, root cause, action items.",
                ],
                [
                    "standard", "templates/new/standard.md.mustache",
                    "The Google SRE book's post-mortem: summary, impact, timeline, root cause, trigger, detection, "
                        + "resolution, action items, lessons.",
                ],
            ])
        #expect(templates.allSatisfy { $0.origin == .bundled })
    }

    @Test(arguments: ScaffoldFixtures.bundledNames)
    func eachTemplateRendersItsGoldenReport(name: String) throws {
        let text = try scaffold.render(try ScaffoldFixtures.draft(), template: name)
        try ScaffoldFixtures.checkGolden(text, "new/\(name).md")
    }

    /// The guidance under every heading survives import as nothing: a fresh report is the
    /// draft it was made from, with only what the classifier reads in its title.
    @Test(arguments: ScaffoldFixtures.bundledNames)
    func aFreshReportImportsAsACleanDraft(name: String) throws {
        let draft = try ScaffoldFixtures.draft()
        let text = try scaffold.render(draft, template: name)
        let importer = LegacyImporter()

        let document = importer.importDocument(bytes: Array(text.utf8), path: "postmortems/new.md")

        #expect(document.findings == [])
        #expect(document.givesIDs)
        var expected = draft
        expected.failureModes = importer.classifier.failureModes(for: draft)
        expected.source = SourceInfo(
            path: "postmortems/new.md", contentHash: StableHash.hex(bytes: Array(text.utf8)), encoding: "UTF-8")
        #expect(document.incidents == [expected])
    }

    @Test func aKnowledgeBaseOverridesAndAddsTemplates() throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try ScaffoldFixtures.write(
            "{{! Ours: just a summary. }}\n{{{header}}}\n## Summary\n\n<!-- For {{#services}}{{.}} {{/services}}-->\n",
            to: "templates/new/short.md.mustache", in: root)
        try ScaffoldFixtures.write(
            "{{{header}}}\n## Change Record\n", to: "templates/new/change-failure.md.mustache", in: root)
        let scaffold = ReportScaffold(theme: Theme(overrideRoot: root))

        let listed = try scaffold.templates().map { [$0.name, "\($0.origin)", $0.summary] }
        let bundledSummary = { (name: String) in try self.scaffold.template(named: name).summary }
        #expect(
            listed == [
                ["change-failure", "knowledgeBase", ""],
                ["data-loss", "bundled", try bundledSummary("data-loss")],
                ["security", "bundled", try bundledSummary("security")],
                ["short", "knowledgeBase", "Ours: just a summary."],
                ["standard", "bundled", try bundledSummary("standard")],
            ])
        let draft = try ScaffoldFixtures.draft()
        let header = CanonicalWriter.markdown(for: draft)
        #expect(
            try scaffold.render(draft, template: "short")
                == header + "\n## Summary\n\n<!-- For checkout payments: eu -->\n")
        #expect(try scaffold.render(draft, template: "change-failure") == header + "\n## Change Record\n")
    }

    @Test func aBrokenTemplateIsNamedWithItsFileAndLine() throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try ScaffoldFixtures.write(
            "{{! Broken. }}\n{{{header}}}\n## Summary\n\n{{#services}}\n- {{.}}\n",
            to: "templates/new/broken.md.mustache", in: root)
        let scaffold = ReportScaffold(theme: Theme(overrideRoot: root))

        #expect(throws: ThemeError.self) { try scaffold.render(try ScaffoldFixtures.draft(), template: "broken") }
        do {
            _ = try scaffold.render(try ScaffoldFixtures.draft(), template: "broken")
        } catch let error as ThemeError {
            guard case .brokenTemplate(let path, let line, _, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "templates/new/broken.md.mustache")
            #expect(line >= 5)
            #expect(reason == "a section is opened and never closed")
            #expect(error.localizedDescription.hasPrefix("templates/new/broken.md.mustache:\(line):"))
        }
        // The other templates still work.
        #expect(try scaffold.render(try ScaffoldFixtures.draft(), template: "short").hasPrefix("---\n"))
    }

    @Test func aTemplateThatDoesNotStartWithTheHeaderIsRefused() throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try ScaffoldFixtures.write(
            "# {{title}}\n\n{{header}}\n", to: "templates/new/escaped.md.mustache", in: root)
        let scaffold = ReportScaffold(theme: Theme(overrideRoot: root))

        #expect(throws: ReportScaffoldError.missingHeader(path: "templates/new/escaped.md.mustache")) {
            try scaffold.render(try ScaffoldFixtures.draft(), template: "escaped")
        }
    }

    @Test func anUnknownTemplateNamesTheOnesThereAre() throws {
        #expect(
            throws: ThemeError.missing(
                path: "templates/new/postmortem.md.mustache",
                available: ScaffoldFixtures.bundledNames.map { "templates/new/\($0).md.mustache" })
        ) {
            try scaffold.template(named: "postmortem")
        }
        #expect(throws: ThemeError.invalidPath("templates/new/../../etc.md.mustache")) {
            try scaffold.template(named: "../../etc")
        }
    }
}
