/// Runs the enabled lint rules over documents and returns their findings, in document
/// order. Never prints: the caller reports.
public struct Linter: Sendable {
    /// Every rule pm has, in the order `pm lint --list-rules` shows them.
    public static let allRules: [any LintRule] = [
        MissingSummaryRule(), MissingImpactRule(), TimelineTooShortRule(), TimelineOrderRule(), TimelineTimeRule(),
        MissingRootCauseRule(), MissingActionItemsRule(), ActionItemOwnerRule(), ActionItemPriorityRule(),
        VagueActionItemRule(), MissingSeverityRule(), MissingDateRule(),
        CounterfactualRule(), BlamingWordsRule(), PersonBlamedRule(),
        EmailAddressRule(), PhoneNumberRule(), IPAddressRule(), PersonNameRule(),
    ]

    /// The rules that run: those given, less the disabled ones.
    public let rules: [any LintRule]
    public let configuration: LintConfiguration

    /// - Parameters:
    ///   - configuration: disabled rules and strictness (default: every rule, not strict).
    ///   - rules: the rules to choose from (default: ``allRules``).
    public init(configuration: LintConfiguration = LintConfiguration(), rules: [any LintRule] = Linter.allRules) {
        self.configuration = configuration
        self.rules = rules.filter { !configuration.disabledRules.contains($0.id) }
    }

    /// The ids among `ids` that name no rule (a typo in `pm.yml`), in the order given.
    public static func unknownRuleIDs(_ ids: some Sequence<String>) -> [String] {
        let known = Set(allRules.map(\.id))
        return ids.filter { !known.contains($0) }
    }

    /// The findings of every enabled rule that applies to the document's kind, sorted by
    /// position then rule, each reported once.
    public func lint(_ document: LintDocument) -> [Finding] {
        // Once per place and rule: an address in the authors and in a kept section is one
        // thing to fix. Findings with no place are told apart by their message.
        var seen = Set<String>()
        var findings: [Finding] = []
        for rule in rules where rule.kinds.contains(document.incident.kind) {
            let severity: Finding.Severity = configuration.strict && rule.severity == .warning ? .error : rule.severity
            for violation in rule.check(document) {
                let finding = Finding(
                    line: violation.position.line, column: violation.position.column, severity: severity,
                    rule: rule.id, message: violation.message)
                let key =
                    finding.line > 0
                    ? "\(finding.line):\(finding.column):\(finding.rule)" : "\(finding.rule):\(finding.message)"
                if seen.insert(key).inserted { findings.append(finding) }
            }
        }
        // Found order breaks ties: a rule's findings stay in the order of the parts they are about.
        return findings.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        .map(\.element)
    }
}
