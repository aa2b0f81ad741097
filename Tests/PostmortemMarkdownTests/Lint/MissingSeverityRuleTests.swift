import PostmortemKit
import Testing

@Suite struct MissingSeverityRuleTests {
    let rule = MissingSeverityRule()

    @Test func passesASeverity() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsADocumentWithout() throws {
        let text = LintFixtures.clean.replacingOccurrences(of: "severity: SEV2\n", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-severity",
                    message: "no severity: add one (`severity: SEV2` in the front matter, or a Severity: line)")
            ])
    }
}
