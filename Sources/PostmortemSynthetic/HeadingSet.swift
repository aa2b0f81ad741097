/// The section headings and metadata labels of one language.
struct HeadingSet: Sendable {
    var summary: String
    var timeline: String
    var rootCause: String
    var fiveWhys: String
    var impact: String
    var resolution: String
    var actionItems: String
    var lessons: String
    var wentWell: String
    var wentWrong: String
    var volumes: String
    var notes: String
    var date: String
    var severity: String
    var status: String
    var authors: String
    var services: String
    var actionHeader: [String]
    var done: String
    var open: String
    var inProgress: String

    static func of(_ language: SyntheticFacts.HeadingLanguage) -> HeadingSet {
        switch language {
        case .english: english
        case .french: french
        case .german: german
        }
    }

    static let english = HeadingSet(
        summary: "Summary", timeline: "Timeline", rootCause: "Root Cause", fiveWhys: "5 Whys", impact: "Impact",
        resolution: "Resolution", actionItems: "Action Items", lessons: "Lessons Learned", wentWell: "What went well",
        wentWrong: "What went wrong", volumes: "Volume Mapping", notes: "Notes", date: "Date", severity: "Severity",
        status: "Status", authors: "Authors", services: "Services",
        actionHeader: ["Priority", "Action", "Owner", "Status", "Due"], done: "Done", open: "Open",
        inProgress: "In progress")

    static let french = HeadingSet(
        summary: "Résumé", timeline: "Chronologie", rootCause: "Cause racine", fiveWhys: "Les 5 pourquoi",
        impact: "Impact", resolution: "Résolution", actionItems: "Actions correctives", lessons: "Leçons apprises",
        wentWell: "Ce qui a bien fonctionné", wentWrong: "Points à améliorer", volumes: "Volumes concernés",
        notes: "Notes", date: "Date", severity: "Sévérité", status: "Statut", authors: "Auteurs",
        services: "Services concernés", actionHeader: ["Priorité", "Action", "Responsable", "Statut", "Échéance"],
        done: "Fait", open: "À faire", inProgress: "En cours")

    static let german = HeadingSet(
        summary: "Zusammenfassung", timeline: "Zeitleiste", rootCause: "Ursache", fiveWhys: "5 Warum",
        impact: "Auswirkungen", resolution: "Behebung", actionItems: "Maßnahmen", lessons: "Erkenntnisse",
        wentWell: "Was gut lief", wentWrong: "Was schlecht lief", volumes: "Betroffene Volumes", notes: "Anhang",
        date: "Datum", severity: "Schweregrad", status: "Status", authors: "Autoren", services: "Betroffene Systeme",
        actionHeader: ["Priorität", "Maßnahme", "Verantwortlich", "Status", "Fällig"], done: "Erledigt",
        open: "Offen", inProgress: "In Arbeit")
}
