import PostmortemKit
import Testing

@Suite struct BlamingWordsRuleTests {
    let rule = BlamingWordsRule()

    @Test func passesPlainDescription() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesANegatedUse() throws {
        let text = LintFixtures.clean(
            replacing: "Root Cause",
            with:
                "## Root Cause\n\nThis was not human error: the rotation script did not update the archive secret.\n\n")
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsBlamingWords() throws {
        let text = LintFixtures.clean(
            replacing: "Root Cause",
            with: "## Root Cause\n\nHuman error. A careless rotation of the credentials broke archiving.\n\n")
        let advice =
            "blames a person: describe what made the mistake possible and what will make it harder (a check, a guard rail, a safer default)"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 29, column: 1, severity: .warning, rule: "blaming-words",
                    message: "'Human error' in the root cause \(advice)"),
                Finding(
                    line: 29, column: 16, severity: .warning, rule: "blaming-words",
                    message: "'careless' in the root cause \(advice)"),
            ])
    }
}
