/// Which rules run and how hard they are: from `pm.yml`'s `disabled_lint_rules` and
/// `pm lint --strict`.
public struct LintConfiguration: Sendable, Equatable {
    /// Rule ids switched off.
    public var disabledRules: Set<String>
    /// Warnings become errors (default false).
    public var strict: Bool

    public init(disabledRules: some Sequence<String> = [String](), strict: Bool = false) {
        self.disabledRules = Set(disabledRules)
        self.strict = strict
    }

    /// The configuration a knowledge base's `pm.yml` gives.
    public init(config: KnowledgeBaseConfig, strict: Bool = false) {
        self.init(disabledRules: config.disabledLintRules, strict: strict)
    }
}
