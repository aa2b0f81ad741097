import Foundation
import Testing

/// `pm publish` through the real binary.
@Suite struct PublishCommandTests {
    static let incident = """
        # Redis evicted every session (2024-03-12)

        **Severity:** SEV2
        **Services:** redis, auth

        ## Summary

        Redis ran out of memory and evicted the session keys.
        """

    func knowledgeBase() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb", "--title", "Ops"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let file = folder.url.appendingPathComponent("incident.md")
        try Data(Self.incident.utf8).write(to: file)
        #expect(try PMProcess.run(["import", file.path], in: root).status == 0)
        return (folder, root)
    }

    @Test func publishesToPublicAndSaysWhere() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let first = try PMProcess.run(["publish"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let site = root.appendingPathComponent("public")
        let files = try FileManager.default.contentsOfDirectory(atPath: site.path)
        let pages = (FileManager.default.enumerator(atPath: site.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }
        #expect(files.contains("index.html"))
        #expect(
            first.stdout.hasPrefix("published \(pages.count) pages (")
                && first.stdout.contains("written, 0 unchanged) to \(site.path)\n"))
        #expect(first.stdout.hasSuffix("open \(site.path)/index.html in a browser\n"))
        // Not a terminal: no progress lines, only the note about the sitemap.
        #expect(
            first.stderr == "note: no sitemap.xml: set base_url in pm.yml to the address the site is published at\n")

        let second = try PMProcess.run(["publish"], in: root)
        #expect(second.status == 0)
        #expect(second.stdout.contains(" 0 written, "))
    }

    @Test func aBrokenTemplateFailsWithItsStepAndFile() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let template = root.appendingPathComponent("templates/site/home.html.mustache")
        try FileManager.default.createDirectory(
            at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{{#title}}\n<h1>{{title}}</h1>\n".utf8).write(to: template)
        let result = try PMProcess.run(["publish", "--out", "out"], in: root)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "pm: error: publish failed in step 'load the theme': templates/site/home.html.mustache:"))
        #expect(result.stderr.contains("the previous site is unchanged"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    @Test func refusesToReplaceTheKnowledgeBase() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let result = try PMProcess.run(["publish", "--out", "."], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("publish failed in step 'prepare the output folder'"))
        #expect(result.stderr.contains("publishing replaces the whole folder"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("pm.yml").path))
    }

    @Test func aDateMustBeADate() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let result = try PMProcess.run(["publish", "--date", "yesterday"], in: root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--date takes YYYY-MM-DD or an ISO 8601 time"))
    }

    @Test func withoutAKnowledgeBaseItSaysWhereItLooked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try PMProcess.run(["publish"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no knowledge base found"))
        #expect(try folder.contents() == [])
    }
}
