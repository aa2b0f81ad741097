import PostmortemKit
import Testing

@Suite struct PersonNameRuleTests {
    let rule = PersonNameRule()

    @Test func passesAuthorsOwnersAndCapitalisedWordsThatAreNoNames() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                Ana Lima noticed the alert. Flux Deleted Volumes, the Grafana Dashboard and Platform team
                were involved. Frank (a new user) signed up; `Frank Basinski` appears only in code.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsPeopleOutsideTheAuthors() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The customer Frank Basinski reported it; Dr. Weber confirmed.
                **Contact:** Jane Roe (support)


                """)
        let advice =
            "is not among the authors: replace the name with a role (\"a customer\", \"the on-call engineer\") before publishing, or add them to the authors"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 14, severity: .warning, rule: "person-name",
                    message: "'Frank Basinski' named in the summary \(advice)"),
                Finding(
                    line: 13, column: 42, severity: .warning, rule: "person-name",
                    message: "'Dr. Weber' named in the summary \(advice)"),
                Finding(
                    line: 14, column: 14, severity: .warning, rule: "person-name",
                    message: "'Jane Roe' named in the summary \(advice)"),
            ])
    }

    @Test func flagsANameInAPersonLabelledMetadataValue() throws {
        let text = """
            # Grafana logins broken

            **Date:** 2023-03-02 · **On call:** Aiko Tanabe
            """
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 3, column: 38, severity: .warning, rule: "person-name",
                    message:
                        "'Aiko Tanabe' named in metadata 'On call' is not among the authors: replace the name with a role (\"a customer\", \"the on-call engineer\") before publishing, or add them to the authors"
                )
            ])
    }

    @Test(.enabled(if: Fixtures.seedsPresent, "../shared/seeds is absent"))
    func findsTheNewUserInSeed003() throws {
        let findings = try LintFixtures.findings(of: rule, inSeed: "003")
        #expect(findings.map { "\($0.line):\($0.column)" } == ["22:16", "25:15", "71:34", "112:43"])
        #expect(findings.allSatisfy { $0.message.hasPrefix("'Frank Basinski' named in ") })
    }
}
