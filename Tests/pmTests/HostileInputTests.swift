import Foundation
import PostmortemKit
import Testing

/// Hostile input through the real `pm` binary: each case imports, stores and prints what
/// it can, says what it could not, and never crashes, hangs or writes outside the
/// knowledge base. README, "What pm does with hostile input", lists them.
@Suite struct HostileInputTests {
    /// The one document of a `pm import --format json` report.
    func importedDocument(_ result: PMProcess.Result) throws -> [String: Any] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require((report["documents"] as? [[String: Any]])?.first)
    }

    func incident(_ document: [String: Any]) throws -> [String: Any] {
        try #require((document["incidents"] as? [[String: Any]])?.first)
    }

    func rules(_ document: [String: Any]) -> [String] {
        (document["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    func show(_ id: String, in root: URL) throws -> [String: Any] {
        let result = try PMProcess.run(["show", id, "--format", "json"], in: root)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func xssPayloadsAreStoredAsTextAndNeverRun() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("xss.md")
        try write(
            """
            ---
            summary: "<svg onload=alert(1)>"
            ---
            # <script>alert("title")</script> Payments down

            **Severity:** <img src=x onerror=alert(1)>

            ## Root Cause

            Click [here](javascript:alert(document.cookie)) or <iframe src="//evil.example"></iframe>.
            """, to: file)

        let result = try PMProcess.run(["import", "--format", "json", file.path], in: root)

        #expect(result.status == 0)
        let id = try #require(try incident(try importedDocument(result))["id"] as? String)
        let stored = try show(id, in: root)
        // Raw HTML in a heading is markup, not title text; everything else is kept as written.
        #expect(stored["title"] as? String == "alert(\"title\") Payments down")
        #expect(stored["summary"] as? String == "<svg onload=alert(1)>")
        #expect((stored["severity"] as? [String: Any])?["label"] as? String == "<img src=x onerror=alert(1)>")
        #expect(
            stored["rootCause"] as? String
                == "Click [here](javascript:alert(document.cookie)) or <iframe src=\"//evil.example\"></iframe>.")
    }

    @Test func pathTraversalIDsAndOddFileNamesStayInside() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let batch = folder.url.appendingPathComponent("batch")
        try write("---\nid: ../../etc/passwd\n---\n# Traversal id\n\nText.\n", to: batch.appendingPathComponent("a.md"))
        try write("# Dash\n\nText.\n", to: batch.appendingPathComponent("--help.md"))
        try write("# Shell\n\nText.\n", to: batch.appendingPathComponent("$(touch pwned).md"))
        try write("# Newline\n\nText.\n", to: batch.appendingPathComponent("new\nline.md"))

        let result = try PMProcess.run(["import", "--format", "json", batch.path], in: root)
        let list = try PMProcess.run(["list", "--format", "json"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let ids = (listed["incidents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.count == 4)
        #expect(ids.allSatisfy(IncidentID.isValid))
        let traversal = try #require(
            (listed["incidents"] as? [[String: Any]])?.first { $0["title"] as? String == "Traversal id" })
        let stored = try show(try #require(traversal["id"] as? String), in: root)
        #expect((stored["metadata"] as? [[String: String]]) == [["name": "id", "value": "../../etc/passwd"]])
        #expect(!FileManager.default.fileExists(atPath: batch.appendingPathComponent("pwned").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("pwned").path))
        for command in [["show", "../../etc/passwd"], ["delete", "../../etc/passwd"]] {
            let refused = try PMProcess.run(command, in: root)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("../../etc/passwd"))
        }
    }

    @Test func enormousFieldsAreKeptWholeAndOversizedFilesRefused() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let title = String(repeating: "Disk", count: 64 * 1024)
        let paragraph = String(repeating: "The WAL volume filled up again. ", count: 16 * 1024)
        let big = folder.url.appendingPathComponent("big.md")
        try write("# \(title)\n\n\(paragraph)\n", to: big)
        let huge = folder.url.appendingPathComponent("huge.md")
        try Data(repeating: UInt8(ascii: "a"), count: 17 << 20).write(to: huge)

        let result = try PMProcess.run(["import", "--format", "json", big.path], in: root)
        let refused = try PMProcess.run(["import", huge.path], in: root)

        #expect(result.status == 0)
        let stored = try show(try #require(try incident(try importedDocument(result))["id"] as? String), in: root)
        #expect(stored["title"] as? String == title)
        #expect(stored["summary"] as? String == paragraph)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("huge.md: error: the file is 17.0 MiB, larger than the 16.0 MiB pm imports"))
        #expect(refused.stdout.contains("--max-size"))
    }

    @Test func invalidAndImpossibleDatesAreKeptAsWrittenWithWarnings() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("dates.md")
        try write(
            """
            ---
            date: 2024-02-30
            resolved: 0000-00-00
            ---
            # Dates from nowhere

            **Date:** 2023-13-45

            ## Timeline

            - 25:61 UTC — the clock broke
            - 99:99 — impossible
            """, to: file)

        let result = try PMProcess.run(["import", "--format", "json", file.path], in: root)

        #expect(result.status == 0)
        let document = try importedDocument(result)
        let stored = try incident(document)
        #expect(stored["date"] is NSNull)
        #expect(stored["resolved"] is NSNull)
        #expect(
            (stored["metadata"] as? [[String: String]])
                == [
                    ["name": "date", "value": "2024-02-30"], ["name": "resolved", "value": "0000-00-00"],
                    ["name": "Date", "value": "2023-13-45"],
                ])
        #expect((stored["timeline"] as? [Any])?.isEmpty == true)
        #expect(
            (stored["sections"] as? [[String: String]])
                == [["heading": "Timeline", "markdown": "- 25:61 UTC — the clock broke\n- 99:99 — impossible"]])
        #expect(rules(document) == ["front-matter-value", "front-matter-value", "date-unreadable"])
    }

    @Test func yamlBillionLaughsIsRefusedBeforeExpansion() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let file = folder.url.appendingPathComponent("laughs.md")
        try write("---\n\(yaml)---\n# Laughs\n\nBody.\n", to: file)

        let result = try PMProcess.run(["import", "--format", "json", file.path], in: root)

        #expect(result.status == 0)
        let document = try importedDocument(result)
        let stored = try incident(document)
        #expect(stored["title"] as? String == "Laughs")
        #expect((stored["sections"] as? [[String: String]])?.first?["heading"] == "Front matter")
        #expect(rules(document) == ["front-matter-invalid"])
    }

    @Test func tenThousandLevelsOfNestingAreFlattenedWithTheirText() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("deep.md")
        let lists = String(repeating: "- ", count: 10_000) + "innermost item"
        let quotes = String(repeating: "> ", count: 10_000) + "innermost quote"
        try write("# Deep\n\n## Notes\n\n\(lists)\n\n\(quotes)\n", to: file)

        let result = try PMProcess.run(["import", "--format", "json", file.path], in: root)

        #expect(result.status == 0)
        let document = try importedDocument(result)
        let id = try #require(try incident(document)["id"] as? String)
        let shown = try PMProcess.run(["show", id], in: root)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("innermost item") && shown.stdout.contains("innermost quote"))
        #expect(rules(document) == ["nesting-too-deep"])
    }

    @Test func symbolicLinkLoopsEndAndEveryDocumentIsImportedOnce() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let batch = folder.url.appendingPathComponent("batch")
        try write("# One\n\nText.\n", to: batch.appendingPathComponent("one.md"))
        try write("# Two\n\nText.\n", to: batch.appendingPathComponent("sub/two.md"))
        let links = FileManager.default
        try links.createSymbolicLink(atPath: batch.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try links.createSymbolicLink(
            atPath: batch.appendingPathComponent("self.md").path, withDestinationPath: "self.md")
        try links.createSymbolicLink(atPath: batch.appendingPathComponent("a").path, withDestinationPath: "b")
        try links.createSymbolicLink(atPath: batch.appendingPathComponent("b").path, withDestinationPath: "a")

        let whole = try PMProcess.run(["import", batch.path], in: root)
        let loop = try PMProcess.run(["import", batch.appendingPathComponent("self.md").path], in: root)

        #expect(whole.status == 0, "\(whole.stdout)")
        #expect(whole.stdout.hasSuffix("2 imported, 0 updated, 0 unchanged, 0 failed\n"))
        #expect(loop.status == 1)
        #expect(
            loop.stdout.contains("self.md: error: a symbolic link that leads nowhere (a loop, or its target is gone)"))
    }

    @Test func nulBytesAZeroByteFileAndAFolderNamedLikeAFile() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let batch = folder.url.appendingPathComponent("batch")
        let prose = String(repeating: "The disk filled up and the database stopped accepting writes. ", count: 10)
        try write("# In a folder called notes.md\n\nText.\n", to: batch.appendingPathComponent("notes.md/inner.md"))
        try Data(Array("# NUL bytes\n\n\(prose)before".utf8) + [0, 0] + Array("after\n".utf8)).write(
            to: batch.appendingPathComponent("nul.md"))
        try Data().write(to: batch.appendingPathComponent("empty.md"))

        let result = try PMProcess.run(["import", "--format", "json", batch.path], in: root)

        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(
            documents.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } } == [
                "empty.md", "inner.md", "nul.md",
            ])
        #expect((documents[0]["error"] as? String)?.hasPrefix("The file is empty") == true)
        #expect(try incident(documents[1])["title"] as? String == "In a folder called notes.md")
        let nul = try incident(documents[2])
        #expect((nul["summary"] as? String)?.hasSuffix("before\u{FFFD}\u{FFFD}after") == true)
        #expect(rules(documents[2]) == ["encoding-nulCharacter", "encoding-nulCharacter"])
        #expect(report["summary"] as? [String: Int] == ["imported": 2, "updated": 0, "unchanged": 0, "failed": 1])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func terminalEscapesInADocumentAreShownNotObeyed() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("esc.md")
        try write("# Escapes\n\nBody \u{1B}[2J cleared \u{1B}]0;pwned\u{07} and \u{202E}reversed.\n", to: file)
        let imported = try PMProcess.run(["import", "--format", "json", file.path], in: root)
        let id = try #require(try incident(try importedDocument(imported))["id"] as? String)

        // On a terminal (through script(1)), the control characters are written as escapes.
        let pm = try PMProcess.executable.path
        let terminal = try PMProcess.run(
            ["-qec", "'\(pm)' show \(id)", "/dev/null"], in: root, program: URL(fileURLWithPath: "/usr/bin/script"))
        let piped = try PMProcess.run(["show", id, "--format", "json"], in: root)

        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stdout.contains("Body \\u{1B}[2J cleared \\u{1B}]0;pwned\\u{7} and \\u{202E}reversed."))
        #expect(!terminal.stdout.contains("\u{1B}"))
        // Into a pipe, JSON escapes them itself and the text is whole.
        #expect(piped.stdout.contains("Body \\u001b[2J cleared \\u001b]0;pwned\\u0007 and \u{202E}reversed."))
    }
}
