import Foundation
import Testing

/// `pm taxonomy` and `pm classify` on a knowledge base that imported real documents.
@Suite struct TaxonomyCommandTests {
    static let emptyVolume = """
        # Paperless came back empty

        **Date:** 2022-01-22

        ## Root Cause

        Renaming the HelmRelease changed the PVC name, so the provisioner created a new empty volume
        and the app started on it.
        """

    func knowledgeBaseWithOneImport() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let file = folder.url.appendingPathComponent("paperless.md")
        try Data(Self.emptyVolume.utf8).write(to: file)
        #expect(try PMProcess.run(["import", file.path], in: root).status == 0)
        return (folder, root)
    }

    @Test func taxonomyCountsIncidentsPerMode() throws {
        let (folder, root) = try knowledgeBaseWithOneImport()
        defer { folder.remove() }

        let result = try PMProcess.run(["taxonomy", "--format", "json"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let modes = try #require(object["modes"] as? [[String: Any]])
        #expect(modes.count >= 25)
        #expect(modes.allSatisfy { Set($0.keys) == ["id", "name", "category", "incidents"] })
        let counted = modes.filter { ($0["incidents"] as? Int ?? 0) > 0 }.compactMap { $0["id"] as? String }
        #expect(counted.contains("new-empty-volume"))
    }

    @Test func editedTaxonomyInTheKnowledgeBaseIsUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        try Data(
            """
            modes:
              - id: paperless-trouble
                name: Paperless trouble
                category: app
                description: Anything that goes wrong with Paperless.
                patterns:
                  - paperless
            """.utf8
        ).write(to: root.appendingPathComponent("taxonomy.yml"))
        let file = folder.url.appendingPathComponent("paperless.md")
        try Data(Self.emptyVolume.utf8).write(to: file)

        let result = try PMProcess.run(["import", "--format", "json", file.path], in: root)

        #expect(result.stdout.contains("\"id\" : \"paperless-trouble\""))
        #expect(!result.stdout.contains("\"id\" : \"new-empty-volume\""))
    }

    @Test func brokenTaxonomyIsAClearError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        try Data("modes:\n  - id: Not Kebab\n".utf8).write(to: root.appendingPathComponent("taxonomy.yml"))

        let result = try PMProcess.run(["taxonomy"], in: root)

        #expect(result.status == 1)
        #expect(result.stderr.contains("taxonomy.yml:2:"))
    }

    @Test func classifyShowsTheEvidence() throws {
        let (folder, root) = try knowledgeBaseWithOneImport()
        defer { folder.remove() }
        let list = try PMProcess.run(["list", "--format", "json"], in: root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let id = try #require((object["incidents"] as? [[String: Any]])?.first?["id"] as? String)

        let result = try PMProcess.run(["classify", id], in: root)

        #expect(result.status == 0)
        #expect(result.stdout.contains("new-empty-volume — New empty volume where data was expected"))
        #expect(result.stdout.contains("evidence: Renaming the HelmRelease changed the PVC name"))
    }
}
