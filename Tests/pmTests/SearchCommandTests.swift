import Foundation
import Testing

/// `pm search` on a knowledge base holding an incident and a runbook that quote one error.
@Suite struct SearchCommandTests {
    static let runbook = """
        # Runbook: Restore a database

        ## Troubleshooting

        | Symptom | Cause | Fix |
        |---|---|---|
        | `Expected empty archive` | The backup path holds WALs of an older cluster | Bump the backup path to v2 |
        """

    static let incident = """
        # WAL archiving blocked on the staging cluster (2026-02-20)

        ## Root Cause

        Archiving failed with "Expected empty archive" because the path held an older cluster's WALs.
        """

    func knowledgeBase() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        for (name, text) in [("runbook.md", Self.runbook), ("incident.md", Self.incident)] {
            let file = folder.url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            #expect(try PMProcess.run(["import", file.path], in: root).status == 0)
        }
        return (folder, root)
    }

    @Test func pastedErrorFindsTheRunbookEntryAndTheIncident() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["search", "--format", "json", "Expected empty archive"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect(results.allSatisfy { Set(["id", "title", "section", "snippet", "score"]).isSubset(of: Set($0.keys)) })
        #expect(Set(results.compactMap { $0["section"] as? String }).contains("Troubleshooting"))
    }

    @Test func typoFallbackSaysSo() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["search", "archve"], in: root)

        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("No exact matches; showing results for 'archive'."))
    }

    @Test func userSyntaxIsTextAndRawSyntaxErrorsAreClear() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let plain = try PMProcess.run(["search", "\"Expected", "OR", "NEAR(", "*"], in: root)
        let raw = try PMProcess.run(["search", "--raw", "\"unbalanced"], in: root)
        let filtered = try PMProcess.run(["search", "archive", "--kind", "runbook", "--format", "json"], in: root)

        #expect(plain.status == 0)
        #expect(raw.status == 1)
        #expect(raw.stderr.contains("not valid FTS5 query syntax"))
        #expect(filtered.stdout.contains("Restore a database") && !filtered.stdout.contains("WAL archiving blocked"))
    }
}
