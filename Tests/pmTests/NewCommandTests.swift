import Foundation
import Testing

/// `pm new` end to end: the real binary, a real knowledge base, real files.
@Suite struct NewCommandTests {
    /// The draft of the Site tests' golden reports (Tests/PostmortemSiteTests/Golden/new).
    static let title = #"Checkout: "503" errors #2 — café"#
    static let flags = [
        "--severity", "SEV2", "--service", "checkout", "--service", "payments: eu", "--date", "2026-03-01",
    ]
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PostmortemSiteTests/Golden/new")

    func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    func write(_ text: String, to url: URL, executable: Bool = false) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
    }

    /// The id in "Created PATH (ID, draft, template NAME)".
    func createdID(_ stdout: String) throws -> String {
        let line = try #require(stdout.split(separator: "\n").first)
        let open = try #require(line.firstIndex(of: "("))
        let comma = try #require(line.firstIndex(of: ","))
        return String(line[line.index(after: open)..<comma])
    }

    @Test(arguments: ["standard", "short", "data-loss", "security"])
    func newWritesTheTemplateInTheCanonicalFormatAndRegistersTheDraft(template: String) throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["new", Self.title, "--template", template] + Self.flags, in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let id = try createdID(result.stdout)
        #expect(
            result.stdout == """
                Created postmortems/2026-03-01-checkout-503-errors-2-cafe.md (\(id), draft, template \(template))
                No similar past incidents found.

                """)
        let file = root.appendingPathComponent("postmortems/2026-03-01-checkout-503-errors-2-cafe.md")
        let golden = try read(Self.goldenFolder.appendingPathComponent("\(template).md"))
        #expect(try read(file) == golden.replacingOccurrences(of: "id: pm-golden0001", with: "id: \(id)"))

        let shown = try json(try PMProcess.run(["show", id, "--format", "json"], in: root).stdout)
        #expect(shown["title"] as? String == Self.title)
        #expect(shown["date"] as? String == "2026-03-01")
        #expect(shown["status"] as? String == "draft")
        #expect(shown["services"] as? [String] == ["checkout", "payments: eu"])
        #expect((shown["severity"] as? [String: Any])?["label"] as? String == "SEV2")
        #expect(shown["summary"] is NSNull)
        for key in ["timeline", "actionItems", "whys", "lessons", "volumeMappings", "sections", "procedure"] {
            #expect((shown[key] as? [Any])?.isEmpty == true, "\(key) should be empty in a fresh draft")
        }
        #expect(
            (shown["source"] as? [String: Any])?["path"] as? String
                == "postmortems/2026-03-01-checkout-503-errors-2-cafe.md")
        // Registered as the file is: a sync finds nothing to do.
        #expect(
            try PMProcess.run(["sync"], in: root).stdout
                == "Synced postmortems/: 0 added, 0 updated, 0 renamed, 1 unchanged, 0 gone, 0 failed\n")
    }

    @Test func withoutADateTodayIsUsed() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let before = formatter.string(from: Date())

        let result = try PMProcess.run(["new", "Disk full"], in: root)

        let after = formatter.string(from: Date())
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("postmortems").path)
        #expect(names == ["\(before)-disk-full.md"] || names == ["\(after)-disk-full.md"])
    }

    @Test func aTakenNameIsNeverOverwritten() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let first = try PMProcess.run(["new", "Disk full", "--date", "2026-03-01"], in: root)
        let firstFile = root.appendingPathComponent("postmortems/2026-03-01-disk-full.md")
        let firstText = try read(firstFile)

        let second = try PMProcess.run(["new", "Disk full", "--date", "2026-03-01", "--template", "short"], in: root)
        let third = try PMProcess.run(["new", "Disk full", "--date", "2026-03-01"], in: root)

        #expect([first.status, second.status, third.status] == [0, 0, 0])
        #expect(second.stdout.hasPrefix("Created postmortems/2026-03-01-disk-full-2.md ("))
        let firstID = try createdID(first.stdout)
        let secondID = try createdID(second.stdout)
        let warning: String =
            "  postmortems/2026-03-01-disk-full-2.md:1:1: warning: 'Disk full' looks like \(firstID) already in "
            + "the store (same title and date) but has another identity; stored as \(secondID). If it is the same "
            + "incident, give the document `id: \(firstID)` in its front matter and import it again, then "
            + "`pm delete \(secondID)`. [possible-duplicate]"
        #expect(second.stdout.split(separator: "\n").dropFirst().first.map(String.init) == warning)
        #expect(third.stdout.hasPrefix("Created postmortems/2026-03-01-disk-full-3.md ("))
        #expect(try read(firstFile) == firstText)
        let ids = try [first, second, third].map { try createdID($0.stdout) }
        #expect(Set(ids).count == 3)
        let listed = try json(try PMProcess.run(["list", "--format", "json"], in: root).stdout)
        #expect(Set(((listed["incidents"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }) == Set(ids))
    }

    @Test func titlesThatLookLikePathsOrDevicesStayPlainFilesInsidePostmortems() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let before = try folder.contents()

        for title in ["../../etc/passwd", "CON", "/tmp/x", "Ärger: Größe überschritten"] {
            let result = try PMProcess.run(["new", title, "--date", "2026-03-01"], in: root)
            #expect(result.status == 0, "\(result.stderr)")
        }

        let added = Set(try folder.contents()).subtracting(before).filter { !$0.hasPrefix("kb/.pm/") }
        #expect(
            added == [
                "kb/postmortems/2026-03-01-etc-passwd.md", "kb/postmortems/2026-03-01-con-incident.md",
                "kb/postmortems/2026-03-01-tmp-x.md", "kb/postmortems/2026-03-01-arger-grosse-uberschritten.md",
            ])
        let shown = try json(
            try PMProcess.run(
                [
                    "show", try createdID(try PMProcess.run(["new", "../../etc/passwd"], in: root).stdout), "--format",
                    "json",
                ],
                in: root
            ).stdout)
        #expect(shown["title"] as? String == "../../etc/passwd")
    }

    @Test func withoutATitleAndNoTerminalItFailsClearlyAndWritesNothing() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["new", "--severity", "SEV2"], in: root, input: "A title on standard input\n")

        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "pm: error: pm new needs a title: pm new \"Disk full on db-01\" (standard input is not a terminal to ask)\n"
        )
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("postmortems").path) == [])
    }

    /// On a terminal (util-linux `script` gives pm one), a missing title and severity are asked for.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalTheTitleAndSeverityAreAskedFor() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(try PMProcess.executable.path)' new --date 2026-03-02", "/dev/null"]
        process.currentDirectoryURL = root
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("\nPrompted title\nnot a level\nSEV3\n".utf8))
        try input.fileHandleForWriting.close()
        let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(transcript)")
        #expect(transcript.contains("Title: Title: Severity (SEV1 worst … SEV5; empty to leave unset): "))
        #expect(transcript.contains("'not a level' names no severity level; try SEV2, high, P1 or 2"))
        let text = try read(root.appendingPathComponent("postmortems/2026-03-02-prompted-title.md"))
        #expect(text.contains("\ntitle: Prompted title\ndate: 2026-03-02\nseverity: SEV3\nstatus: draft\n---\n"))
    }

    @Test func badFlagsAreRefusedBeforeAnythingIsWritten() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let cases: [([String], String)] = [
            (["new", "X", "--date", "01/03/2026"], "--date takes a day written YYYY-MM-DD, not '01/03/2026'"),
            (["new", "X", "--severity", "bad"], "--severity takes a level such as SEV2, high, P1 or 2, not 'bad'"),
            (["new", "   "], "the title is empty"),
            (["new", "X", "--list-templates"], "--list-templates takes no title"),
        ]
        for (arguments, message) in cases {
            let result = try PMProcess.run(arguments, in: root)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let unknown = try PMProcess.run(["new", "X", "--template", "postmortem"], in: root)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "pm: error: the theme has no file templates/new/postmortem.md.mustache (available: "
                + "templates/new/data-loss.md.mustache, templates/new/security.md.mustache, "
                + "templates/new/short.md.mustache, templates/new/standard.md.mustache); "
                + "add it to the knowledge base's own folder\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("postmortems").path) == [])
    }

    static let bundledList = """
        data-loss  bundled         Data lost or at risk: what was lost and recovered, the volumes involved, the restore step by step.
        security   bundled         A security incident: exposure, detection, containment, credentials rotated, who was notified.
        short      bundled         A short report for small incidents: summary, impact, timeline, root cause, action items.
        standard   bundled         The Google SRE book's post-mortem: summary, impact, timeline, root cause, trigger, detection, resolution, action items, lessons.

        """

    @Test func listTemplatesWorksInsideAndOutsideAKnowledgeBase() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let inside = try PMProcess.run(["new", "--list-templates"], in: root)
        let outside = try PMProcess.run(["new", "--list-templates"], in: folder.url)

        #expect(inside.status == 0 && outside.status == 0)
        #expect(inside.stdout == Self.bundledList)
        #expect(outside.stdout == Self.bundledList)
    }

    @Test func aKnowledgeBaseOverridesAndAddsTemplatesAndABrokenOneNamesItsLine() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(
            "{{! Our short report. }}\n{{{header}}}\n## Summary\n\n<!-- Services: {{#services}}{{.}} {{/services}}-->\n",
            to: root.appendingPathComponent("templates/new/short.md.mustache"))
        try write(
            "{{! A failed change. }}\n{{{header}}}\n## Change\n\n<!-- Which change, by which pipeline. -->\n",
            to: root.appendingPathComponent("templates/new/change.md.mustache"))

        let listed = try PMProcess.run(["new", "--list-templates"], in: root)
        let made = try PMProcess.run(["new", "Bad deploy", "--template", "change", "--date", "2026-03-01"], in: root)

        #expect(
            listed.stdout == """
                change     knowledge base  A failed change.
                data-loss  bundled         Data lost or at risk: what was lost and recovered, the volumes involved, the restore step by step.
                security   bundled         A security incident: exposure, detection, containment, credentials rotated, who was notified.
                short      knowledge base  Our short report.
                standard   bundled         The Google SRE book's post-mortem: summary, impact, timeline, root cause, trigger, detection, resolution, action items, lessons.

                """)
        #expect(made.status == 0, "\(made.stderr)")
        let id = try createdID(made.stdout)
        #expect(
            try read(root.appendingPathComponent("postmortems/2026-03-01-bad-deploy.md")) == """
                ---
                id: \(id)
                title: Bad deploy
                date: 2026-03-01
                status: draft
                ---

                # Bad deploy

                ## Change

                <!-- Which change, by which pipeline. -->

                """)

        try write(
            "{{! Broken. }}\n{{{header}}}\n## Summary\n\n{{#services}}\n- {{.}}\n",
            to: root.appendingPathComponent("templates/new/broken.md.mustache"))
        let broken = try PMProcess.run(["new", "X", "--template", "broken"], in: root)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("pm: error: templates/new/broken.md.mustache:"))
        #expect(broken.stderr.contains(": the template does not parse: a section is opened and never closed\n"))
        #expect(try PMProcess.run(["new", "Y", "--template", "short"], in: root).status == 0)
    }

    @Test func editOpensTheEditorOnTheFileThenImportsWhatWasWritten() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let editor = folder.url.appendingPathComponent("fake-editor")
        let log = folder.url.appendingPathComponent("editor.log")
        try write(
            """
            #!/bin/sh
            echo "$@" > '\(log.path)'
            sed -i 's/^<!-- Two or three sentences.*-->$/The WAL volume of db-01 filled up./' "$1"
            printf '| 2026-03-01 09:12 UTC | Disk alert fired | ✅ |\\n' > '\(folder.url.path)/row'
            sed -i "/^| Time | Event | Outcome |$/{n;r \(folder.url.path)/row
            }" "$1"
            """, to: editor, executable: true)

        let result = try PMProcess.run(
            ["new", "Disk full on db-01", "--template", "short", "--date", "2026-03-01", "--edit"], in: root,
            environment: ["EDITOR": editor.path])

        #expect(result.status == 0, "\(result.stderr)")
        let id = try createdID(result.stdout)
        let path = "postmortems/2026-03-01-disk-full-on-db-01.md"
        #expect(try read(log) == root.appendingPathComponent(path).path + "\n")
        #expect(
            result.stdout == """
                Created \(path) (\(id), draft, template short)
                updated    \(path): \(id) Disk full on db-01
                No similar past incidents found.

                """)
        let shown = try json(try PMProcess.run(["show", id, "--format", "json"], in: root).stdout)
        #expect(shown["summary"] as? String == "The WAL volume of db-01 filled up.")
        let timeline = try #require(shown["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["event"] as? String } == ["Disk alert fired"])
        #expect(timeline.map { $0["outcome"] as? String } == ["success"])
    }

    @Test func anEditorThatFailsLeavesTheDraftAndSaysSo() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(
            ["new", "Disk full", "--date", "2026-03-01", "--edit"], in: root, environment: ["EDITOR": "exit 3;"])

        #expect(result.status == 1)
        #expect(
            result.stderr
                == "pm: error: the editor 'exit 3;' exited with status 3; the draft stays at "
                + "postmortems/2026-03-01-disk-full.md: edit it and run `pm sync`\n")
        #expect(
            FileManager.default.fileExists(
                atPath: root.appendingPathComponent("postmortems/2026-03-01-disk-full.md").path))
    }

    @Test func similarPastIncidentsArePrintedBestFirst() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        let documents = [
            "2020-02-14-kafka-broker-disk-full.md", "2020-06-03-etcd-database-space-exceeded.md",
            "2021-04-18-redis-session-store-oom.md", "2025-11-04-keycloak-oomkilled-after-upgrade.md",
        ].map { corpus.appendingPathComponent($0).path }
        #expect(try PMProcess.run(["import"] + documents, in: root).status == 0)
        let listed = try json(try PMProcess.run(["list", "--format", "json"], in: root).stdout)
        var ids: [String: String] = [:]
        for incident in (listed["incidents"] as? [[String: Any]]) ?? [] {
            if let title = incident["title"] as? String, let id = incident["id"] as? String { ids[title] = id }
        }

        let result = try PMProcess.run(
            ["new", "Kafka disk full again", "--service", "kafka", "--date", "2026-03-01"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").dropFirst().map(String.init)
        let kafka = try #require(ids["Kafka brokers ran out of disk during the Valentine's Day peak"])
        let etcd = try #require(ids["etcd database space exceeded on kf-stage"])
        let redis = try #require(ids["Session store Redis evicted every login"])
        // The Kafka incident shares the title's words and the service; the etcd one speaks
        // of a full disk in its lessons, the Redis one of a full memory; Keycloak's shares nothing.
        #expect(
            lines == [
                "Similar past incidents (have we seen this before?):",
                "  \(kafka)  2020-02-14  Kafka brokers ran out of disk during the Valentine's Day peak — Title",
                "  \(etcd)  2020-06-03  etcd database space exceeded on kf-stage — Lessons",
                "  \(redis)  2021-04-18  Session store Redis evicted every login — Summary",
            ])
        let draft = try createdID(result.stdout)
        #expect(!lines.contains { $0.contains(draft) })
    }
}
