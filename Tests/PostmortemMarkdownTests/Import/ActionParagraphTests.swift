import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite struct ActionParagraphTests {
    @Test func aLabelledParagraphInTheSummaryIsReadAsActionsAndLeavesTheSummary() throws {
        let incident = try ListFixtures.incident(
            """
            # DNS record removed

            **Date:** 2023-03-09

            ## Summary

            A cleanup PR deleted the `status` CNAME.

            Actions: a `prevent_destroy` lifecycle (owner Marco); thresholds back to 85/80 (done); and, again, \
            add alerting on PVC usage (owner Aiko, due 2023-04-01).
            """)
        #expect(incident.summary == "A cleanup PR deleted the `status` CNAME.")
        #expect(
            incident.actionItems == [
                ActionItem(text: "a `prevent_destroy` lifecycle", owner: "Marco", status: .open),
                ActionItem(text: "thresholds back to 85/80", status: .done),
                ActionItem(
                    text: "again, add alerting on PVC usage", owner: "Aiko", status: .open, due: Day(iso: "2023-04-01")),
            ])
    }

    @Test(arguments: [
        "Action: rotate the key (owner Aiko).",
        "**Action:** rotate the key (owner Aiko).",
        "Follow-up: rotate the key (owner Aiko)",
        "Maßnahmen: rotate the key (owner Aiko)",
    ])
    func labelsInSeveralFormsAndLanguages(paragraph: String) throws {
        let incident = try ListFixtures.incident(
            "# Key leaked\n\n**Date:** 2022-07-19\n\n## Summary\n\nIt leaked.\n\n" + paragraph)
        #expect(incident.actionItems == [ActionItem(text: "rotate the key", owner: "Aiko", status: .open)])
    }

    @Test func semicolonsInsideCodeOrParenthesesDoNotSplit() {
        #expect(
            ActionParagraph.parts(of: "run `a; b` first (see PR 1; PR 2); then c")
                == ["run `a; b` first (see PR 1; PR 2)", " then c"])
    }

    @Test func aParagraphWithAnotherLabelStaysProse() throws {
        let incident = try ListFixtures.incident(
            "# Outage\n\n**Date:** 2022-07-19\n\n## Summary\n\nNote from the on-call: a typo; nobody noticed.\n")
        #expect(incident.actionItems.isEmpty)
        #expect(incident.summary == "Note from the on-call: a typo; nobody noticed.")
    }
}
