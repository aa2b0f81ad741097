import PostmortemKit
import Testing

@Suite struct MissingDateRuleTests {
    let rule = MissingDateRule()

    @Test func passesADate() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsADocumentWithout() throws {
        let text = LintFixtures.clean.replacingOccurrences(of: "date: 2024-05-02\n", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-date",
                    message:
                        "no date: add the day the incident started (`date: YYYY-MM-DD` in the front matter, or a Date: line)"
                )
            ])
    }
}
