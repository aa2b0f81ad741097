import PostmortemKit
import Testing

@Suite struct MissingActionItemsRuleTests {
    let rule = MissingActionItemsRule()

    @Test func passesActionItems() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsADocumentWithout() throws {
        let text = LintFixtures.clean(replacing: "Action Items", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-action-items",
                    message:
                        "no action items: add an Action Items table (Action | Owner | Priority) with the changes that stop this happening again"
                )
            ])
    }
}
