/// One lint check, with a stable id that findings carry and `pm.yml` can switch off.
///
/// A rule reads a ``LintDocument`` and returns what it objects to; the ``Linter`` turns
/// that into findings with the rule's id and severity. Rules never print.
public protocol LintRule: Sendable {
    /// The stable id: `missing-summary`, `counterfactual`, `ip-address`.
    var id: String { get }
    var category: LintCategory { get }
    /// The severity of the rule's findings (`--strict` makes warnings errors).
    var severity: Finding.Severity { get }
    /// One line saying what the rule checks, for `pm lint --list-rules`.
    var summary: String { get }
    /// The kinds of document the rule applies to (default: every kind). Completeness rules
    /// leave runbooks alone: they have no incident to describe.
    var kinds: Set<IncidentKind> { get }

    func check(_ document: LintDocument) -> [LintViolation]
}

extension LintRule {
    public var kinds: Set<IncidentKind> { Set(IncidentKind.allCases) }
}

/// What a rule objects to: a message and where.
public struct LintViolation: Hashable, Sendable {
    public var position: LintPosition
    public var message: String

    public init(at position: LintPosition, _ message: String) {
        self.position = position
        self.message = message
    }
}

/// What a rule is about.
public enum LintCategory: String, Sendable, CaseIterable, Codable {
    /// A part every post-mortem needs is there and usable.
    case completeness
    /// The text describes systems and decisions, not people's failings.
    case blamelessLanguage = "blameless-language"
    /// Nothing that identifies a person or a machine goes out when the report is published.
    case personalData = "personal-data"
}
