import PostmortemKit
import Testing

@Suite struct ActionItemPriorityRuleTests {
    let rule = ActionItemPriorityRule()

    @Test func passesPrioritisedItems() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsAnOpenItemWithoutAPriorityButNotADoneOne() throws {
        let text = LintFixtures.clean(
            replacing: "Action Items",
            with: """
                ## Action Items

                - [ ] Alert when WAL archiving fails for more than 10 minutes (owner: Ana Lima)
                - [x] Sync the archive credentials from Vault (owner: Ana Lima)

                """)
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 33, column: 7, severity: .warning, rule: "action-item-priority",
                    message:
                        "action item 1 'Alert when WAL archiving fails for more than 10 minutes' has no priority: give it one (P0–P3, or high, medium, low)"
                )
            ])
    }
}
