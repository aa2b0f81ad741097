import PostmortemKit
import Testing

/// The Linter itself: which rules run, how hard, in what order; on incidents built in code.
@Suite struct LinterTests {
    /// An incident with everything but a date and severity, and one vague, ownerless item.
    static let incident = Incident(
        id: "pm-test000001", title: "Disk full on db-01", summary: "The WAL volume filled up.",
        timeline: ["14:02", "14:10", "14:27"].map { time in
            TimelineEvent(time: time, at: Timestamp(iso: "2024-05-02T" + time), precision: .exact, event: "Event")
        },
        rootCause: "Archiving failed.", impact: Impact(items: ["Checkout down for 25 minutes"]),
        actionItems: [ActionItem(text: "Be more careful", priority: Priority(label: "P1", level: 1))])

    @Test func everyRuleHasAStableUniqueID() {
        #expect(
            Linter.allRules.map(\.id) == [
                "missing-summary", "missing-impact", "timeline-too-short", "timeline-order", "timeline-time",
                "missing-root-cause", "missing-action-items", "action-item-owner", "action-item-priority",
                "vague-action-item", "missing-severity", "missing-date", "counterfactual", "blaming-words",
                "person-blamed", "email-address", "phone-number", "ip-address", "person-name",
            ])
    }

    @Test func withoutASourceFindingsAreAboutTheWholeDocumentInRuleOrder() {
        let findings = Linter().lint(LintDocument(incident: Self.incident, path: "pm-test000001"))
        #expect(
            findings == [
                Finding(
                    line: 0, column: 0, severity: .warning, rule: "action-item-owner",
                    message:
                        "action item 1 'Be more careful' has no owner: name the person or team responsible"),
                Finding(
                    line: 0, column: 0, severity: .warning, rule: "vague-action-item",
                    message:
                        "action item 1 'Be more careful' is vague ('Be more careful'): say what will change (which alert, which check, which step), so someone can do it and see it done"
                ),
                Finding(
                    line: 0, column: 0, severity: .error, rule: "missing-severity",
                    message: "no severity: add one (`severity: SEV2` in the front matter, or a Severity: line)"),
                Finding(
                    line: 0, column: 0, severity: .error, rule: "missing-date",
                    message:
                        "no date: add the day the incident started (`date: YYYY-MM-DD` in the front matter, or a Date: line)"
                ),
            ])
    }

    @Test func disabledRulesDoNotRun() {
        let config = KnowledgeBaseConfig(disabledLintRules: ["missing-date", "vague-action-item", "action-item-owner"])
        let linter = Linter(configuration: LintConfiguration(config: config))
        #expect(!linter.rules.contains { config.disabledLintRules.contains($0.id) })
        #expect(linter.rules.count == Linter.allRules.count - 3)
        #expect(
            linter.lint(LintDocument(incident: Self.incident, path: "x")).map(\.rule) == ["missing-severity"])
    }

    @Test func strictMakesEveryWarningAnError() {
        let linter = Linter(configuration: LintConfiguration(strict: true))
        let findings = linter.lint(LintDocument(incident: Self.incident, path: "x"))
        #expect(findings.count == 4)
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func completenessRulesLeaveRunbooksAlone() {
        var runbook = Self.incident
        runbook.kind = .runbook
        runbook.summary = "Call Ana at ana@example.org."
        #expect(
            Linter().lint(LintDocument(incident: runbook, path: "x")).map(\.rule) == ["email-address"])
    }

    @Test func unknownRuleIDsAreNamed() {
        #expect(Linter.unknownRuleIDs(["ip-address", "ip-adress", "blameless"]) == ["ip-adress", "blameless"])
    }

    @Test func theSamePlaceIsReportedOncePerRule() {
        var incident = Self.incident
        incident.authors = ["Ana Lima (ana@example.org)"]
        incident.sections = [Section(heading: "Contact", markdown: "Ana Lima (ana@example.org)")]
        let source = LintSource(text: "# Disk full on db-01\n\n## Contact\n\nAna Lima (ana@example.org)\n")
        let findings = Linter(rules: [EmailAddressRule()]).lint(
            LintDocument(incident: incident, path: "x.md", source: source))
        #expect(
            findings == [
                Finding(
                    line: 5, column: 11, severity: .warning, rule: "email-address",
                    message:
                        "e-mail address 'ana@example.org' in section 'Contact': remove it or replace it with a role (\"the reporter\") before publishing"
                )
            ])
    }
}
