import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// What the canonical reader accepts besides the writer's own output (a file written by
/// hand from a template), and what it leaves to the legacy rules.
@Suite struct CanonicalReaderTests {
    static func read(_ text: String) -> Result<(Incident, [Finding]), CanonicalReader.Misfit> {
        CanonicalReader(document: MarkdownDocument(parsing: text)).read()
    }

    @Test func aHandWrittenFileIsReadExactly() throws {
        let text = """
            ---
            id: pm-handmade01
            title: Loki PVC full
            date: 2025-08-09
            severity: SEV3
            services: loki, grafana
            team: observability
            ---

            # Loki PVC full

            ## Summary

            Loki stopped ingesting.

            ## Timeline

            | Time | Event | Outcome |
            |---|---|---|
            | 01:28 | Ingestion stopped | ❌ |
            | yesterday-ish | Someone noticed |  |

            ## Action Items

            | Action | Owner | Priority | Status | Due | Tracking |
            |---|---|---|---|---|---|
            | Alert on PVC usage | Sam | high |  |  |  |
            | Grow the PVC |  |  | Done | 2025-08-10 |  |

            ## Lessons Learned

            ### Lessons

            - Retention is not a quota.
            """
        let (incident, findings) = try Self.read(text).get()
        let day = try #require(Day(iso: "2025-08-09"))
        let expected = Incident(
            id: "pm-handmade01", title: "Loki PVC full", date: day, severity: Severity(label: "SEV3", level: 3),
            services: ["loki", "grafana"], summary: "Loki stopped ingesting.",
            timeline: [
                TimelineEvent(
                    time: "01:28", at: Timestamp(day: day, hour: 1, minute: 28), precision: .exact,
                    event: "Ingestion stopped", outcome: .failure),
                TimelineEvent(time: "yesterday-ish", precision: .unknown, event: "Someone noticed"),
            ],
            actionItems: [
                ActionItem(text: "Alert on PVC usage", owner: "Sam", priority: Priority(label: "high", level: 1)),
                ActionItem(text: "Grow the PVC", status: .done, statusLabel: "Done", due: Day(iso: "2025-08-10")),
            ],
            lessons: [Lesson(text: "Retention is not a quota.")],
            metadata: [Field(name: "team", value: "observability")])
        #expect(incident == expected)
        #expect(
            findings.map(\.rule) == ["timeline-time-unreadable"] && findings.map(\.line) == [21],
            "the unreadable time is reported on its row")
    }

    @Test(arguments: [
        ("no front matter", "# T\n\n## Summary\n\nx\n", "no readable YAML front matter"),
        ("no id", "---\ntitle: T\n---\n\n# T\n", "no usable id in the front matter"),
        ("no title line", "---\nid: a\ntitle: T\n---\n\n## Summary\n\nx\n", "the body does not open with a # title"),
        ("unknown heading", "---\nid: a\ntitle: T\n---\n\n# T\n\n## Background\n\nx\n", "'Background' is not"),
        (
            "out of order",
            "---\nid: a\ntitle: T\n---\n\n# T\n\n## Timeline\n\n| Time | Event | Outcome |\n|---|---|---|\n\n## Summary\n\nx\n",
            "'Summary' is not"
        ),
        (
            "prose timeline", "---\nid: a\ntitle: T\n---\n\n# T\n\n## Timeline\n\nAt 14:02 the alert fired.\n",
            "the timeline is not one table"
        ),
        (
            "bad outcome",
            "---\nid: a\ntitle: T\n---\n\n# T\n\n## Timeline\n\n| Time | Event | Outcome |\n|---|---|---|\n| 14:02 | x | ok |\n",
            "'ok' is not an outcome marker"
        ),
        ("bad date", "---\nid: a\ntitle: T\ndate: 9 Aug\n---\n\n# T\n", "date is not YYYY-MM-DD"),
        ("text before sections", "---\nid: a\ntitle: T\n---\n\n# T\n\nIntro.\n", "text outside any section"),
    ])
    func aDocumentOutOfShapeIsLeftToTheLegacyRules(name: String, text: String, reason: String) {
        guard case .failure(let misfit) = Self.read(text) else {
            Issue.record("\(name) was read as canonical")
            return
        }
        #expect(misfit.reason.hasPrefix(reason), "\(name): \(misfit.reason)")
    }

    @Test func anEditedCanonicalFileStillImportsWithTheLegacyRules() throws {
        let text = """
            ---
            id: pm-edited0001
            title: Edited
            ---

            # Edited

            ## Timeline

            At 14:02 the alert fired.

            At 14:30 we rolled back.

            ## Background

            Written by hand.
            """
        let document = LegacyImporter().importDocument(text: text, path: "edited.md")
        let incident = try #require(document.incidents.first)
        #expect(incident.id == "pm-edited0001")
        #expect(incident.timeline.map(\.time) == ["14:02", "14:30"])
        #expect(incident.sections == [Section(heading: "Background", markdown: "Written by hand.")])
    }

    @Test func tableCellsLoseTheirSurroundingBlanksAndNothingElse() throws {
        let incident = Incident(
            id: "pm-blanks0001", title: "  Blanks  ", summary: "  indented prose",
            actionItems: [ActionItem(text: "  padded action  ", owner: " Sam ")], procedure: ["  indented step"])
        let back = try #require(
            LegacyImporter().importDocument(text: CanonicalWriter.markdown(for: incident), path: "x.md").incidents.first
        )
        var expected = incident
        expected.actionItems = [ActionItem(text: "padded action", owner: "Sam")]
        expected.source = back.source
        #expect(back == expected)
    }

    @Test(arguments: [
        ("a | b", "a \\| b"), ("two\nlines", "two<br>lines"), ("a <br> b", "a <br\\> b"), ("<br\\>", "<br\\\\>"),
        ("back\\\nslash", "back\\<br>slash"), ("a \\| b", "a \\\\| b"), ("plain", "plain"),
    ])
    func cellsEscapePipesAndLineBreaks(value: String, cell: String) {
        #expect(CanonicalText.cell(value) == cell)
        #expect(CanonicalText.readCell(cell) == value)
    }

    @Test(arguments: [
        ("Immich outage", "Immich outage"), ("yes", "\"yes\""), ("Incident: x", "\"Incident: x\""),
        ("2026-02-20", "2026-02-20"), ("42", "42"), ("042", "\"042\""), ("1.50", "\"1.50\""),
        ("08:15", "\"08:15\""), ("a #b", "\"a #b\""), ("two\nlines", "\"two\\nlines\""), ("", "\"\""),
        ("Zoë", "Zoë"), ("🔥 fire", "\"🔥 fire\""), ("say \"hi\"", "say \"hi\""), ("-x", "\"-x\""),
    ])
    func yamlScalarsArePlainOnlyWhereSafe(value: String, written: String) throws {
        #expect(CanonicalYAML.scalar(value) == written)
        let document = MarkdownDocument(parsing: "---\nkey: \(written)\n---\n")
        #expect(document.frontMatter?.fields["key"]?.text == value)
    }
}
