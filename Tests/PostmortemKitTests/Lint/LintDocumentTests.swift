import PostmortemKit
import Testing

/// Where findings point: the offending text looked up in the source it was read from.
@Suite struct LintDocumentTests {
    func document(_ incident: Incident, _ source: String) -> LintDocument {
        LintDocument(incident: incident, path: "x.md", source: LintSource(text: source))
    }

    @Test func columnsCountUTF8BytesAndCarriageReturnsAreNotPartOfALine() {
        let text = LintText(part: "the summary", text: "Le café a brûlé: should have")
        let document = document(
            Incident(id: "pm-a", title: "Panne", summary: text.text), "# Panne\r\n\r\nLe café a brûlé: should have\r\n")
        let range = text.text.firstRange(of: "should have")
        // "Le café a brûlé: " is 17 characters but 20 bytes.
        #expect(range.map { document.position(of: $0, in: text) } == LintPosition(line: 3, column: 21))
    }

    @Test func textJoinedFromWrappedLinesIsFoundByItsStart() {
        let text = LintText(part: "the root cause", text: "The archive credentials were rotated by hand last week")
        let document = document(
            Incident(id: "pm-a", title: "T", rootCause: text.text),
            "# T\n\n## Root Cause\n\nThe archive credentials were\nrotated by hand last week\n")
        #expect(document.position(of: text) == LintPosition(line: 5, column: 1))
    }

    @Test func anAnchorFindsAShortTextOnItsOwnLine() {
        let owner = LintText(part: "the owner", text: "Ana", role: .owner, anchor: "Add a restore test")
        let document = document(
            Incident(id: "pm-a", title: "T"), "# T\n\nAna noticed it.\n\n| Add a restore test | Ana | P1 |\n")
        #expect(document.position(of: owner) == LintPosition(line: 5, column: 24))
    }

    @Test func anIncidentOfALogIsLookedForFromItsOwnTitle() {
        let source = "# Log\n\n## First\n\nshould have\n\n## Second\n\nshould have\n"
        let text = LintText(part: "the summary", text: "should have")
        #expect(
            document(Incident(id: "pm-a", title: "Second"), source).position(of: text)
                == LintPosition(line: 9, column: 1))
        #expect(document(Incident(id: "pm-a", title: "Second"), source).head == LintPosition(line: 7, column: 4))
        #expect(
            document(Incident(id: "pm-a", title: "First"), source).position(of: text)
                == LintPosition(line: 5, column: 1))
    }

    @Test func withoutASourceEverythingIsAboutTheWholeDocument() {
        let document = LintDocument(incident: Incident(id: "pm-a", title: "T", summary: "x"), path: "pm-a")
        #expect(document.head == .document)
        #expect(document.position(of: LintText(part: "the summary", text: "x")) == .document)
    }

    @Test func textNotInTheSourceIsAboutTheWholeDocument() {
        let document = document(Incident(id: "pm-a", title: "T"), "# T\n")
        #expect(document.position(of: LintText(part: "the summary", text: "nowhere")) == .document)
    }

    @Test func proseRangesLeaveOutFencedBlocksAndInlineCode() {
        let text = LintText(
            part: "x", text: "Before `code one` middle ``two ` ticks`` after\n```sh\nfenced\n```\nend")
        #expect(
            text.proseRanges.map { String(text.text[$0]) } == ["Before ", " middle ", " after\n", "\nend"])
    }

    @Test func theIncidentsTextsNameTheirParts() {
        let incident = Incident(
            id: "pm-a", title: "T", authors: ["Ana"], summary: "S",
            timeline: [TimelineEvent(time: "1", event: "E", extra: [Field(name: "Who", value: "Bo")])],
            actionItems: [ActionItem(text: "A", owner: "Cy")], sections: [Section(heading: "H", markdown: "M")],
            metadata: [Field(name: "Reporter", value: "Di")])
        let texts = LintDocument(incident: incident, path: "x").texts
        #expect(
            texts.map { "\($0.part)=\($0.text)/\($0.role.rawValue)" } == [
                "the title=T/narrative", "the summary=S/narrative", "timeline event 1=E/narrative",
                "timeline event 1 (Who)=Bo/metadata", "action item 1=A/narrative",
                "the owner of action item 1=Cy/owner", "section 'H'=M/narrative", "metadata 'Reporter'=Di/metadata",
                "the authors=Ana/author",
            ])
    }
}
