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
                were involved. Frank (a new user) signed up; `Frank Tessmer` appears only in code.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsPeopleOutsideTheAuthors() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The customer Frank Tessmer reported it; Dr. Weber confirmed.
                **Contact:** Jane Roe (support)


                """)
        let advice =
            "is not among the authors: replace the name with a role (\"a customer\", \"the on-call engineer\") before publishing, or add them to the authors"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 14, severity: .warning, rule: "person-name",
                    message: "'Frank Tessmer' named in the summary \(advice)"),
                Finding(
                    line: 13, column: 41, severity: .warning, rule: "person-name",
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
        // The user who registered during the incident, named in the timeline, the recovery
        // steps and the impact.
        var words = 0
        let name = try LintFixtures.seedText("003", line: 22, column: 16) { character in
            if character == " " { words += 1 }
            return words < 2 && (character.isLetter || character == " ")
        }
        let advice =
            "is not among the authors: replace the name with a role (\"a customer\", \"the on-call engineer\") before publishing, or add them to the authors"
        #expect(name.split(separator: " ").count == 2)
        #expect(
            try LintFixtures.findings(of: rule, inSeed: "003") == [
                Finding(
                    line: 22, column: 16, severity: .warning, rule: "person-name",
                    message: "'\(name)' named in timeline event 5 \(advice)"),
                Finding(
                    line: 25, column: 15, severity: .warning, rule: "person-name",
                    message: "'\(name)' named in timeline event 8 \(advice)"),
                Finding(
                    line: 71, column: 34, severity: .warning, rule: "person-name",
                    message: "'\(name)' named in step 3 of the procedure \(advice)"),
                Finding(
                    line: 112, column: 43, severity: .warning, rule: "person-name",
                    message: "'\(name)' named in impact item 3 \(advice)"),
            ])
    }
}
