import PostmortemKit
import Testing

@Suite struct PhoneNumberRuleTests {
    let rule = PhoneNumberRule()

    @Test func passesDatesTimesVersionsAndCounts() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                On 2024-05-02 at 14:02:10 the volume (pvc-1145acca, 20Gi) grew by +1200 MB; postgres 16.2.1
                logged 2,730,112 rows and build 555-123-4567-rc1 was running. Ticket INC-2024-0512-0042.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsInternationalNorthAmericanAndLabelledNumbers() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The customer called from +49 151 2387 4410, then from (555) 123-4567.
                Mobile: 0171 2345678.


                """)
        let advice = "remove it before publishing (name the role or the rota instead)"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 26, severity: .warning, rule: "phone-number",
                    message: "phone number '+49 151 2387 4410' in the summary: \(advice)"),
                Finding(
                    line: 13, column: 55, severity: .warning, rule: "phone-number",
                    message: "phone number '(555) 123-4567' in the summary: \(advice)"),
                Finding(
                    line: 14, column: 9, severity: .warning, rule: "phone-number",
                    message: "phone number '0171 2345678' in the summary: \(advice)"),
            ])
    }
}
