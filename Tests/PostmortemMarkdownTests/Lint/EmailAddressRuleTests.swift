import PostmortemKit
import Testing

@Suite struct EmailAddressRuleTests {
    let rule = EmailAddressRule()

    @Test func passesLookAlikesThatAreNoAddresses() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                `postgresql@16-main.service` stopped; the fix is in git@github.com:example/infra.git and
                the logo@2x.png was unaffected. Mail from noreply@example.org went out as usual.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsAnAddressWhereItStands() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: "## Summary\n\nA customer (jane.roe+billing@shop.example.com) reported failed checkouts.\n\n")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 13, severity: .warning, rule: "email-address",
                    message:
                        "e-mail address 'jane.roe+billing@shop.example.com' in the summary: remove it or replace it with a role (\"the reporter\") before publishing"
                )
            ])
    }

    @Test(.enabled(if: Fixtures.seedsPresent, "../shared/seeds is absent"))
    func findsTheAddressInSeed003() throws {
        // The reporter's address, on the contact line at the end.
        let address = try LintFixtures.seedText("003", line: 228, column: 34) { $0 != ")" && $0 != " " }
        #expect(address.split(separator: "@").count == 2)
        #expect(
            try LintFixtures.findings(of: rule, inSeed: "003") == [
                Finding(
                    line: 228, column: 34, severity: .warning, rule: "email-address",
                    message:
                        "e-mail address '\(address)' in the authors: remove it or replace it with a role (\"the reporter\") before publishing"
                )
            ])
    }
}
