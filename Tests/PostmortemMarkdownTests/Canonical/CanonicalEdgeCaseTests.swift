import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Values the corpus does not hold but a user or another importer may: every one must
/// survive export and import whole (see `RoundTrip`).
@Suite struct CanonicalEdgeCaseTests {
    static let nasty = [
        "a | b", "a \\| b", "a \\\\| b", "ends with a pipe |", "two\nlines", "a <br> b", "a <br\\> b", "back\\\nslash",
        "yes", "no", "null", "~", "1.50", "0x1F", "2026-02-20", "12:30", "- dash", "# hash", "key: value", "a #b",
        "'quoted'", "\"double\"", "tab\there", "trailing colon:", "[flow]", "{map}", "*star*", "&anchor", "!tag",
        "émoji 🔥 日本語 עברית", "@handle", "%percent", "`code | pipe`", "***", "---", "- -", "1. numbered",
        "<!-- comment --> after", "a <!-- comment --> b", "**bold**", "x" + String(repeating: "y", count: 300),
    ]

    @Test(arguments: nasty)
    func aNastyValueSurvivesInEveryField(value: String) throws {
        let day = try #require(Day(iso: "2026-02-20"))
        let incident = Incident(
            id: "pm-edge00001", kind: .nearMiss, title: value, date: day,
            detected: Timestamp(day: day, hour: 9, minute: 12, utcOffsetMinutes: 60),
            resolved: Timestamp(day: day, hour: 13, minute: 40, second: 5, utcOffsetMinutes: -330),
            severity: Severity(parsing: value) ?? Severity(label: value, level: 3),
            status: IncidentStatus(label: value),
            authors: [value, "Jane Doe"], services: [ServiceName(value)], environment: value, tags: [value, ""],
            summary: "Prose with a value: " + value,
            timeline: [
                TimelineEvent(time: value, event: value, extra: [Field(name: value, value: value)]),
                TimelineEvent(
                    time: "14:02", at: Timestamp(day: day, hour: 14, minute: 2), precision: .exact, event: value,
                    outcome: .warning),
            ], rootCause: value, contributingFactors: [value, value], whys: [Why(question: value, answer: value)],
            impact: Impact(
                items: [value], usersAffected: 3, duration: value, durationSeconds: 12, availability: value,
                dataLoss: value),
            actionItems: [
                ActionItem(
                    text: value, owner: value, priority: Priority(parsing: value) ?? Priority(label: value, level: 2),
                    status: ActionStatus(parsing: value) ?? .open, statusLabel: value, due: day, tracking: value)
            ],
            lessons: [Lesson(text: value, kind: .lucky), Lesson(text: value, kind: .learned)],
            volumeMappings: [
                VolumeMapping(
                    app: value, volume: value, size: value, claim: value, role: .database, dataRange: value,
                    extra: [Field(name: value, value: value)])
            ], procedure: [value, "step\n```sh\nmake \\\n  all\n```"],
            troubleshooting: [TroubleshootingEntry(symptom: value, cause: value, fix: value)],
            failureModes: [FailureModeMatch(id: FailureModeID(value), evidence: value, score: 0.875)],
            sections: [Section(heading: value, markdown: "Kept text.")],
            metadata: [Field(name: value, value: value), Field(name: "Note", value: value)])
        try RoundTrip.check(incident)
    }

    @Test func keptSectionsNamedLikeCanonicalOnesStayKept() throws {
        let incident = Incident(
            id: "pm-edge00002", title: "Kept", summary: "Short.",
            sections: [
                Section(heading: "Timeline", markdown: "Prose that no reader understood."),
                Section(heading: "Summary", markdown: "A second summary."), Section(heading: "", markdown: ""),
                Section(heading: "Impact", markdown: "| a | b |\n|---|---|\n| 1 | 2 |"),
            ])
        try RoundTrip.check(incident)
    }

    @Test func metadataThatCannotBeKeysIsWrittenAsAList() throws {
        let incident = Incident(
            id: "pm-edge00003", title: "Metadata",
            metadata: [
                Field(name: "Page title", value: "Wiki"), Field(name: "Page title", value: "Incidents"),
                Field(name: "date", value: "sometime in May"), Field(name: "metadata", value: "x"),
            ])
        let markdown = CanonicalWriter.markdown(for: incident)
        #expect(markdown.contains("metadata:\n  - Page title: Wiki\n  - Page title: Incidents\n"))
        try RoundTrip.check(incident)
    }

    @Test func timesTheTextDoesNotGiveAreWrittenInAnAtColumn() throws {
        let day = try #require(Day(iso: "2026-02-20"))
        let next = try #require(Day(iso: "2026-02-21"))
        let incident = Incident(
            id: "pm-edge00004", title: "Times", date: day,
            timeline: [
                TimelineEvent(
                    time: "14:02", at: Timestamp(day: day, hour: 14, minute: 2), precision: .exact, event: "a"),
                TimelineEvent(
                    time: "01:10", at: Timestamp(day: next, hour: 1, minute: 10), precision: .exact, event: "b"),
                TimelineEvent(
                    time: "overnight", at: Timestamp(day: day, hour: 22, minute: 0),
                    end: Timestamp(day: next, hour: 6, minute: 0), precision: .range, event: "c"),
                TimelineEvent(time: "later", at: Timestamp(day: next), precision: .approximate, event: "d"),
                TimelineEvent(time: "14:00", precision: .unknown, event: "e"),
                TimelineEvent(time: "noon", at: Timestamp(day: next), precision: .exact, event: "f"),
                TimelineEvent(time: "??", event: "g"),
            ])
        let markdown = CanonicalWriter.markdown(for: incident)
        #expect(
            markdown.contains(
                """
                | Time | At | Event | Outcome |
                |---|---|---|---|
                | 14:02 |  | a |  |
                | 01:10 | 2026-02-21T01:10 | b |  |
                | overnight | 2026-02-20T22:00/2026-02-21T06:00 | c |  |
                | later | ~2026-02-21 | d |  |
                | 14:00 | ? | e |  |
                | noon | 2026-02-21 (exact) | f |  |
                | ?? |  | g |  |
                """))
        try RoundTrip.check(incident)
    }

    @Test func durationSecondsThatTheDurationDoesNotGiveAreWritten() throws {
        for impact in [
            Impact(duration: "about a day", durationSeconds: 86_400), Impact(duration: "2 hours", durationSeconds: nil),
            Impact(durationSeconds: 60), Impact(duration: "2 hours", durationSeconds: 7_200),
        ] {
            try RoundTrip.check(Incident(id: "pm-edge00005", title: "Duration", impact: impact))
        }
    }

    @Test func lessonsKeepTheirOrderAcrossKinds() throws {
        let incident = Incident(
            id: "pm-edge00006", title: "Lessons",
            lessons: [
                Lesson(text: "a", kind: .wentWell), Lesson(text: "b", kind: .learned),
                Lesson(text: "c", kind: .wentWell),
                Lesson(text: "d", kind: .wentWell), Lesson(text: "--", kind: .wentWrong),
            ])
        let markdown = CanonicalWriter.markdown(for: incident)
        #expect(
            markdown.hasSuffix(
                """
                ## Lessons Learned

                ### What went well

                - a

                ### Lessons

                - b

                ### What went well

                - c
                - d

                ### What went wrong

                * --

                """))
        try RoundTrip.check(incident)
    }

    @Test func actionStatusesAndLabelsSurvive() throws {
        let items = ActionStatus.allCases.flatMap { status in
            [
                ActionItem(text: "no label", status: status),
                ActionItem(text: "own name", status: status, statusLabel: status.rawValue),
                ActionItem(text: "label", status: status, statusLabel: "Done ✅ " + status.rawValue.uppercased()),
            ]
        }
        let consistent = items.filter {
            ($0.statusLabel.flatMap(ActionStatus.init(parsing:)) ?? .open) == $0.status || $0.statusLabel == nil
        }
        try RoundTrip.check(Incident(id: "pm-edge00007", title: "Actions", actionItems: consistent))
    }

    @Test func emptyStringsAndEmptySectionsSurvive() throws {
        let incident = Incident(
            id: "pm-edge00008", title: "", summary: "", rootCause: "", whys: [Why(question: "", answer: "")],
            impact: Impact(items: [""]), procedure: [""],
            troubleshooting: [TroubleshootingEntry(symptom: "", cause: "", fix: "")])
        try RoundTrip.check(incident)
    }
}
