import Foundation
import PostmortemKit
import PostmortemMarkdown
import Testing

/// Documents for the lint rule tests, read by the real importer from Markdown text.
enum LintFixtures {
    /// The findings of `rule` alone on `markdown`, imported in memory from its bytes as
    /// `incident.md` (every incident of it, in order).
    static func findings(of rule: any LintRule, in markdown: String) throws -> [Finding] {
        let documents = try LegacyImporter().lintDocuments(bytes: Array(markdown.utf8), path: "incident.md")
        let linter = Linter(rules: [rule])
        return documents.flatMap { linter.lint($0) }
    }

    /// The findings of `rule` on the seed whose name starts with `prefix`.
    static func findings(of rule: any LintRule, inSeed prefix: String) throws -> [Finding] {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).first { $0.hasPrefix(prefix) })
        let bytes = [UInt8](try Data(contentsOf: Fixtures.seeds.appendingPathComponent(name)))
        let linter = Linter(rules: [rule])
        return try LegacyImporter().lintDocuments(bytes: bytes, path: name).flatMap { linter.lint($0) }
    }

    /// The text of a seed at a line and (byte) column, as long as `isPart` holds: the seeds'
    /// personal data is read from them, never copied into the repository.
    static func seedText(_ prefix: String, line: Int, column: Int, while isPart: (Character) -> Bool) throws -> String {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).first { $0.hasPrefix(prefix) })
        let bytes = [UInt8](try Data(contentsOf: Fixtures.seeds.appendingPathComponent(name)))
        let text = try LintSource(text: TextDecoder.decode(bytes).text).lines[line - 1]
        let start = try #require(text.utf8.index(text.startIndex, offsetBy: column - 1, limitedBy: text.endIndex))
        return String(text[start...].prefix(while: isPart))
    }

    /// A post-mortem no rule objects to.
    static let clean = """
        ---
        title: Disk full on db-01
        date: 2024-05-02
        severity: SEV2
        authors:
          - Ana Lima
        ---

        # Disk full on db-01

        ## Summary

        The WAL volume of db-01 filled up and writes stopped for 25 minutes.

        ## Impact

        - Checkout was unavailable for 25 minutes; 312 orders failed.

        ## Timeline

        | Time | Event |
        |---|---|
        | 14:02 | Disk usage alert fired |
        | 14:10 | The on-call engineer started the archive job by hand |
        | 14:27 | Old WAL segments archived, writes resumed |

        ## Root Cause

        WAL archiving had been failing since the bucket's credentials were rotated, so segments piled up.

        ## Action Items

        | Action | Owner | Priority |
        |---|---|---|
        | Alert when WAL archiving fails for more than 10 minutes | Ana Lima | P1 |
        | Sync the archive credentials from Vault | Platform team | P2 |

        """

    /// `clean` with the section under `heading` (heading included) replaced by `replacement`.
    static func clean(replacing heading: String, with replacement: String) -> String {
        let marker = "## \(heading)\n"
        guard let start = clean.range(of: marker) else { return clean }
        let rest = clean[start.upperBound...]
        let end = rest.range(of: "\n## ").map { rest.index(after: $0.lowerBound) } ?? clean.endIndex
        return String(clean[..<start.lowerBound]) + replacement + String(clean[end...])
    }
}

/// `pm lint` on the document every rule test starts from finds nothing.
@Suite struct LintFixturesTests {
    @Test func theCleanDocumentPassesEveryRule() throws {
        let documents = try LegacyImporter().lintDocuments(bytes: Array(LintFixtures.clean.utf8), path: "clean.md")
        #expect(documents.count == 1)
        #expect(documents.flatMap { Linter().lint($0) } == [])
    }

    @Test func replacingASectionKeepsTheRest() {
        let text = LintFixtures.clean(replacing: "Impact", with: "## Impact\n\nNone.\n\n")
        #expect(text.contains("## Impact\n\nNone.\n\n## Timeline\n"))
        #expect(!text.contains("312 orders"))
    }
}
