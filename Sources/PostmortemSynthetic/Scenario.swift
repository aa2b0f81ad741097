/// One kind of failure the generator writes post-mortems about, as text templates.
///
/// Templates may name `{svc}` (the service that failed; `{svcId}` its name in commands), `{dep}` (what it depends on),
/// `{host}`, `{cluster}`, `{who}` and `{other}` (two people of the team); the composer
/// fills them in per document.
struct Scenario: Sendable {
    /// A short id, used in file names and facts ("disk-full").
    var id: String
    /// Titles, without any prefix or date.
    var titles: [String]
    /// Root-cause sentences, in the order they read best.
    var causes: [String]
    /// Timeline steps in order: detection, investigation, mitigation, recovery.
    var steps: [String]
    /// Five why questions with their answers.
    var whys: [(question: String, answer: String)]
    var actions: [String]
    var wentWell: [String]
    var wentWrong: [String]
    var impact: [String]
    /// Whether the scenario involves persistent volumes (so a PV table fits it).
    var involvesVolumes: Bool
}
