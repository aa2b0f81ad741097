import Foundation
import Testing

/// `pm lint` end to end: the real binary on real files, inside a knowledge base or not.
@Suite struct LintCommandTests {
    /// Complete, but for two pieces of personal data in the summary (lines 13 and 14).
    static let document = """
        ---
        title: Disk full on db-01
        date: 2024-05-02
        severity: SEV2
        authors: [Ana Lima]
        ---

        # Disk full on db-01

        ## Summary

        The WAL volume of db-01 filled up and writes stopped for 25 minutes.
        A customer (jane@shop.example.com) reported failed checkouts.
        Writes went to the replica at 10.12.40.7 meanwhile.

        ## Impact

        - Checkout was unavailable for 25 minutes; 312 orders failed.

        ## Timeline

        - 14:02 Disk usage alert fired
        - 14:10 The on-call engineer started the archive job by hand
        - 14:27 Old WAL segments archived, writes resumed

        ## Root Cause

        WAL archiving had been failing since the bucket's credentials were rotated.

        ## Action Items

        | Action | Owner | Priority |
        |---|---|---|
        | Alert when WAL archiving fails for more than 10 minutes | Ana Lima | P1 |

        """

    static let emailLine =
        "incident.md:13:13: warning: e-mail address 'jane@shop.example.com' in the summary: remove it or replace it with a role (\"the reporter\") before publishing [email-address]"
    static let ipLine =
        "incident.md:14:31: warning: private-network IP address '10.12.40.7' in the summary: remove it or replace it with a host name or a placeholder before publishing [ip-address]"

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func printsGCCLinesForAFileOutsideAKnowledgeBase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write(Self.document, to: folder.url.appendingPathComponent("incident.md"))

        let result = try PMProcess.run(["lint", "incident.md"], in: folder.url)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            lines(result.stdout) == [Self.emailLine, Self.ipLine, "1 document checked: 0 errors, 2 warnings"])
        #expect(result.stderr == "")
        #expect(try folder.contents() == ["incident.md"])
    }

    @Test func strictMakesWarningsErrorsAndExitsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write(Self.document, to: folder.url.appendingPathComponent("incident.md"))

        let result = try PMProcess.run(["lint", "--strict", "incident.md"], in: folder.url)

        #expect(result.status == 1)
        #expect(
            lines(result.stdout) == [
                Self.emailLine.replacingOccurrences(of: ": warning: ", with: ": error: "),
                Self.ipLine.replacingOccurrences(of: ": warning: ", with: ": error: "),
                "1 document checked: 2 errors, 0 warnings",
            ])
    }

    @Test func anErrorExitsOneAndEveryFileIsChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let incomplete = Self.document.replacingOccurrences(of: "severity: SEV2\n", with: "")
        try write(incomplete, to: folder.url.appendingPathComponent("docs/a.md"))
        try write("", to: folder.url.appendingPathComponent("docs/b.md"))

        let result = try PMProcess.run(["lint", "docs", "missing.md"], in: folder.url)

        #expect(result.status == 1)
        #expect(
            lines(result.stdout).filter { !$0.contains("[email-address]") && !$0.contains("[ip-address]") } == [
                "docs/a.md:2:8: error: no severity: add one (`severity: SEV2` in the front matter, or a Severity: line) [missing-severity]",
                "docs/b.md:1:1: error: The file is empty: there is no text to import. Check that the right file was given. [unreadable]",
                "missing.md:1:1: error: no such file or folder; check the path [unreadable]",
                "3 documents checked: 3 errors, 2 warnings",
            ])
    }

    @Test func jsonListsEveryFindingWithItsPlaceAndASummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write(Self.document, to: folder.url.appendingPathComponent("incident.md"))

        let result = try PMProcess.run(["lint", "--format", "json", "incident.md"], in: folder.url)

        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["findings", "summary"])
        #expect(report["summary"] as? [String: Int] == ["documents": 1, "errors": 0, "warnings": 2])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        let incident = try #require(findings.first?["incident"] as? String)
        #expect(incident.hasPrefix("pm-"))
        #expect(
            findings.map { NSDictionary(dictionary: $0) } == [
                [
                    "path": "incident.md", "incident": incident, "line": 13, "column": 13, "severity": "warning",
                    "rule": "email-address",
                    "message":
                        "e-mail address 'jane@shop.example.com' in the summary: remove it or replace it with a role (\"the reporter\") before publishing",
                ],
                [
                    "path": "incident.md", "incident": incident, "line": 14, "column": 31, "severity": "warning",
                    "rule": "ip-address",
                    "message":
                        "private-network IP address '10.12.40.7' in the summary: remove it or replace it with a host name or a placeholder before publishing",
                ],
            ])
    }

    @Test func theKnowledgeBaseConfigSwitchesRulesOffAndNamesUnknownOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let configURL = root.appendingPathComponent("pm.yml")
        let config = try String(contentsOf: configURL, encoding: .utf8)
        try write(
            config.replacingOccurrences(
                of: "disabled_lint_rules: []", with: "disabled_lint_rules: [ip-address, ip-adress]"), to: configURL)
        try write(Self.document, to: root.appendingPathComponent("postmortems/incident.md"))

        let result = try PMProcess.run(["lint", "incident.md"], in: root.appendingPathComponent("postmortems"))

        #expect(result.status == 0, "\(result.stderr)")
        #expect(lines(result.stdout) == [Self.emailLine, "1 document checked: 0 errors, 1 warning"])
        #expect(
            result.stderr
                == "pm: warning: \(configURL.path): disabled_lint_rules names 'ip-adress', which is no rule; `pm lint --list-rules` lists them\n"
        )
    }

    @Test func checksStoredIncidentsAtTheirSourceLinesWhileTheFileIsUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        try write(Self.document, to: root.appendingPathComponent("incident.md"))
        #expect(try PMProcess.run(["import", "incident.md"], in: root).status == 0)
        let list = try PMProcess.run(["list", "--format", "json"], in: root).stdout
        let incidents = try #require(
            (try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String: Any])?["incidents"]
                as? [[String: Any]])
        let id = try #require(incidents.first?["id"] as? String)

        let all = try PMProcess.run(["lint"], in: root)
        let one = try PMProcess.run(["lint", id], in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("incident.md"))
        let gone = try PMProcess.run(["lint", id], in: root)

        #expect(all.status == 0, "\(all.stderr)")
        #expect(lines(all.stdout) == [Self.emailLine, Self.ipLine, "1 document checked: 0 errors, 2 warnings"])
        #expect(one.stdout == all.stdout)
        #expect(
            lines(gone.stdout) == [
                Self.emailLine.replacingOccurrences(of: ":13:13:", with: ":1:1:"),
                Self.ipLine.replacingOccurrences(of: ":14:31:", with: ":1:1:"),
                "1 document checked: 0 errors, 2 warnings",
            ])
    }

    @Test func storedIncidentsNeedAKnowledgeBase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try PMProcess.run(["lint"], in: folder.url)

        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pm: error: no knowledge base found"))
    }

    @Test func listsEveryRule() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        let result = try PMProcess.run(["lint", "--list-rules"], in: folder.url)

        #expect(result.status == 0)
        #expect(lines(result.stdout).count == 19)
        #expect(
            lines(result.stdout).first
                == "missing-summary (completeness, error): a summary says in a few sentences what happened")
        #expect(
            lines(result.stdout).last
                == "person-name (personal-data, warning): no names of people other than the authors and action-item owners"
        )
    }
}
