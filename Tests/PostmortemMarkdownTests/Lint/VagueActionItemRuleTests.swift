import PostmortemKit
import Testing

@Suite struct VagueActionItemRuleTests {
    let rule = VagueActionItemRule()

    @Test func passesConcreteItems() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesAVaguePhraseFollowedByTheConcreteChange() throws {
        let text = LintFixtures.clean(
            replacing: "Action Items",
            with: """
                ## Action Items

                | Action | Owner | Priority |
                |---|---|---|
                | Improve monitoring: page when the WAL volume passes 80% | Ana Lima | P1 |
                | Be more careful with `rm -rf` on the database host | Ana Lima | P2 |

                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsGoodIntentions() throws {
        let text = LintFixtures.clean(
            replacing: "Action Items",
            with: """
                ## Action Items

                | Action | Owner | Priority |
                |---|---|---|
                | Be more careful | Ana Lima | P1 |
                | Improve monitoring of the database | Ana Lima | P2 |
                | Alert when WAL archiving fails for more than 10 minutes | Ana Lima | P1 |

                """)
        let advice =
            "say what will change (which alert, which check, which step), so someone can do it and see it done"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 35, column: 3, severity: .warning, rule: "vague-action-item",
                    message: "action item 1 'Be more careful' is vague ('Be more careful'): \(advice)"),
                Finding(
                    line: 36, column: 3, severity: .warning, rule: "vague-action-item",
                    message:
                        "action item 2 'Improve monitoring of the database' is vague ('Improve monitoring'): \(advice)"),
            ])
    }
}
