import PostmortemKit
import Testing

@Suite struct ActionItemOwnerRuleTests {
    let rule = ActionItemOwnerRule()

    @Test func passesOwnedItems() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsAnItemWithoutAnOwnerAndOneOwnedByThePlaceholderBacklog() throws {
        let text = LintFixtures.clean(
            replacing: "Action Items",
            with: """
                ## Action Items

                | Action | Owner | Priority |
                |---|---|---|
                | Alert when WAL archiving fails for more than 10 minutes | | P1 |
                | Sync the archive credentials from Vault | Backlog | P2 |
                | Add a restore test to CI | Ana Lima | P2 |

                """)
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 35, column: 3, severity: .warning, rule: "action-item-owner",
                    message:
                        "action item 1 'Alert when WAL archiving fails for more than 10 minutes' has no owner: name the person or team responsible"
                ),
                Finding(
                    line: 36, column: 3, severity: .warning, rule: "action-item-owner",
                    message:
                        "action item 2 'Sync the archive credentials from Vault' has no owner ('Backlog' names no one who will do it): name the person or team responsible"
                ),
            ])
    }
}
