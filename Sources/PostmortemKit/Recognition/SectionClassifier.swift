import Foundation

/// Names a section's kind from its heading through one synonym table (English, French,
/// German, Spanish), after normalising case, diacritics, emoji, numbering and punctuation.
///
/// Matching: the whole normalised heading against the table first; then the longest table
/// phrase contained in it as whole words (the earliest on a tie), so "Detailed Timeline of
/// Judgment Errors" is a timeline and "Recovery Procedures (For Future Reference)" a
/// procedure. A heading holding both a lessons phrase and an action-items phrase is
/// `.lessonsAndActions`. A heading phrased as a question ("Why Recovery Can't Go Through
/// ArgoCD") matches by containment only from its first word.
///
/// "Conclusion", "Appendix", "Notes" and the like are recognised as headings but map to
/// `.other`: a conclusion is not the summary, and its text is kept as a section of its own.
public enum SectionClassifier {
    /// A heading's kind and its normalised forms.
    public struct Classification: Hashable, Sendable {
        public var kind: SectionKind
        /// The heading without emphasis, emoji, numbering or trailing colon ("Root Cause").
        public var title: String
        /// The folded matching key ("root cause").
        public var key: String
        /// Whether the table knows the heading (true for "Conclusion" too, which is `.other`).
        public var isRecognised: Bool

        public init(kind: SectionKind, title: String, key: String, isRecognised: Bool) {
            self.kind = kind
            self.title = title
            self.key = key
            self.isRecognised = isRecognised
        }
    }

    /// Classifies one heading's text.
    public static func classify(_ heading: String) -> Classification {
        let title = LabelText.clean(heading)
        let key = LabelText.key(heading)
        if let kind = exact[key] {
            return Classification(kind: kind, title: title, key: key, isRecognised: true)
        }
        let isQuestion = key.split(separator: " ").first.map { interrogatives.contains(String($0)) } ?? false
        var best: (kind: SectionKind, words: Int, offset: Int)?
        var kinds: Set<SectionKind> = []
        for (phrase, kind) in synonyms {
            guard let offset = LabelText.wordOffset(of: phrase, in: key), !isQuestion || offset == 0 else { continue }
            kinds.insert(kind)
            let words = phrase.split(separator: " ").count
            if let current = best, current.words > words || (current.words == words && current.offset <= offset) {
                continue
            }
            best = (kind, words, offset)
        }
        if kinds.contains(.lessons) && kinds.contains(.actionItems) {
            return Classification(kind: .lessonsAndActions, title: title, key: key, isRecognised: true)
        }
        guard let best else { return Classification(kind: .other, title: title, key: key, isRecognised: false) }
        return Classification(kind: best.kind, title: title, key: key, isRecognised: true)
    }

    /// Whether a line of a headingless document reads as a section title: short (at most
    /// eight words), no terminal full stop or comma, not a list item, quote or table row,
    /// not a metadata line ("Status: Critical Investigation"), and either a known heading or
    /// mostly capitalised words ("Detailed Timeline of Judgment Errors"). One unknown word
    /// ("Antigravity") or a one-word label before a colon ("To: The User") is not a title,
    /// unless the label is a title prefix ("Post-Mortem: …").
    public static func isLikelyBareTitle(_ line: String) -> Bool {
        let text = LabelText.collapse(line)
        guard !text.isEmpty, text.count <= 100, !text.contains("|"), !text.contains("`"),
            !text.contains("://"), let first = text.first, let last = text.last
        else { return false }
        if "-*+>([!#".contains(first) || ".,;!".contains(last) { return false }
        if let metadata = MetadataLine.parse(text), metadata.key != nil, !metadata.value.isEmpty { return false }
        let classification = classify(text)
        let words = text.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }
        guard (1...8).contains(words.count) else { return false }
        let looksNumberedListItem = text.prefixMatch(of: numberedItemStartPattern) != nil
        if classification.isRecognised {
            return true
        }
        if looksNumberedListItem || last == ":" || last == "?" || words.count == 1 { return false }
        if let colon = text.firstIndex(of: ":"),
            text[..<colon].split(separator: " ").count == 1, !classify(String(text[..<colon])).isRecognised,
            !TitleCleaner.isTitlePrefix(String(text[..<colon]))
        {
            return false
        }
        let significant = words.filter { word in
            guard let letter = word.first(where: { $0.isLetter }) else { return false }
            return letter.isUppercase || !functionWords.contains(word.lowercased())
        }
        guard let lead = words.first?.first(where: { $0.isLetter || $0.isNumber }),
            lead.isUppercase || lead.isNumber, !significant.isEmpty
        else { return false }
        let capitalised = significant.filter { $0.first(where: { $0.isLetter })?.isUppercase ?? false }
        return capitalised.count * 10 >= significant.count * 7
    }

    // MARK: - The table

    private static let interrogatives: Set<String> = [
        "why", "how", "what", "when", "where", "who", "pourquoi", "comment", "quand", "warum", "wie", "wann",
        "por", "como", "cuando",
    ]

    private static let functionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "into", "with", "at", "by", "from", "&",
        "de", "la", "le", "les", "des", "du", "et", "en", "der", "die", "das", "und", "von", "im", "el", "y",
    ]

    /// Every phrase, already folded, with its kind; `.other` marks known headings with no kind.
    private static let synonyms: [(String, SectionKind)] = table.flatMap { kind, phrases in
        phrases.map { (LabelText.key($0), kind) }
    }

    private static let exact: [String: SectionKind] = Dictionary(synonyms, uniquingKeysWith: { first, _ in first })

    private static let table: [(SectionKind, [String])] = [
        (
            .summary,
            [
                "Summary", "Executive Summary", "Incident Summary", "Overview", "TL;DR", "TLDR", "Abstract", "Synopsis",
                "Description", "Incident Description", "What Happened", "Résumé", "Résumé de l'incident", "Synthèse",
                "Vue d'ensemble", "Aperçu", "Zusammenfassung", "Überblick", "Übersicht", "Kurzfassung", "Resumen",
                "Descripción", "Resumen ejecutivo", "What Almost Happened", "What Nearly Happened",
            ]
        ),
        (.background, ["Background", "Context", "Contexte", "Hintergrund", "Kontext", "Antecedentes", "Contexto"]),
        (
            .timeline,
            [
                "Timeline", "Time line", "Chronology", "Sequence of Events", "Timeline of Events", "Detailed Timeline",
                "Incident Timeline", "Event Timeline", "Visual Timeline", "Chronologie", "Déroulement", "Déroulé",
                "Historique", "Zeitablauf", "Zeitleiste", "Zeitlicher Ablauf", "Ablauf", "Chronik", "Cronología",
                "Línea de tiempo",
            ]
        ),
        (
            .rootCause,
            [
                "Root Cause", "Root Causes", "Root Cause Analysis", "RCA", "Cause", "Causes", "Why It Happened",
                "Cause racine", "Causes racines", "Cause première", "Cause profonde", "Analyse des causes",
                "Ursache", "Ursachen", "Grundursache", "Ursachenanalyse", "Fehlerursache", "Causa raíz",
                "Análisis de causa raíz",
            ]
        ),
        (
            .contributingFactors,
            [
                "Contributing Factors", "Contributing Causes", "Causal Chain", "Facteurs contributifs",
                "Why It Nearly Went Wrong", "Why It Almost Happened", "Causes contributives", "Facteurs aggravants",
                "Beitragende Faktoren", "Begünstigende Faktoren",
                "Mitwirkende Faktoren", "Factores contribuyentes",
            ]
        ),
        (
            .trigger,
            ["Trigger", "Triggering Event", "Déclencheur", "Élément déclencheur", "Auslöser", "Desencadenante"]
        ),
        (
            .impact,
            [
                "Impact", "Impacts", "Impact Assessment", "Business Impact", "Customer Impact", "User Impact",
                "Users Affected", "Affected Users", "Services Affected", "Affected Services", "Blast Radius",
                "What Broke", "What Was Affected", "Conséquences", "Auswirkungen", "Auswirkung", "Impacto",
            ]
        ),
        (
            .detection,
            ["Detection", "How It Was Detected", "Discovery", "Détection", "Erkennung", "Entdeckung", "Detección"]
        ),
        (
            .resolution,
            [
                "Resolution", "Recovery", "Mitigation", "Fix", "The Fix", "Immediate Actions", "Immediate Fix",
                "Permanent Fix", "Workaround", "Incident Response", "What I Changed", "What We Changed", "Résolution",
                "Rétablissement", "Correctif",
                "Atténuation", "Lösung", "Behebung", "Wiederherstellung", "Resolución", "Recuperación", "Mitigación",
            ]
        ),
        (
            .actionItems,
            [
                "Action Items", "Actions", "Action Plan", "Follow-ups", "Follow-up", "Follow-up Actions", "Remediation",
                "Remediation Items", "Corrective Actions", "Preventive Actions", "Prevention", "Prevention Measures",
                "Preventive Measures", "Next Steps", "To Do", "TODO", "Recommendations", "Actions correctives",
                "Plan d'action", "Mesures correctives", "Actions de suivi", "Prochaines étapes", "Maßnahmen",
                "Massnahmen", "Folgemaßnahmen", "Folgemassnahmen", "Korrekturmaßnahmen", "Nächste Schritte",
                "Acciones correctivas", "Próximos pasos", "Plan de acción",
            ]
        ),
        (
            .lessons,
            [
                "Lessons Learned", "Lessons Learnt", "Lessons", "Key Takeaways", "Takeaways", "Learnings",
                "Key Learnings", "Leçons apprises", "Leçons tirées", "Enseignements", "Retour d'expérience",
                "Erkenntnisse", "Lehren", "Lecciones aprendidas",
            ]
        ),
        (
            .wentWell,
            [
                "What Went Well", "Went Well", "Things That Went Well", "What Worked", "Ce qui a bien fonctionné",
                "Ce qui a bien marché", "Points positifs", "Was gut lief", "Was lief gut", "Was hat gut funktioniert",
                "Qué salió bien", "Lo que salió bien",
            ]
        ),
        (
            .wentWrong,
            [
                "What Went Wrong", "What Went Badly", "Went Wrong", "What Could Be Improved",
                "What Could Have Gone Better", "What Didn't Work", "Areas for Improvement", "Improvements",
                "Ce qui n'a pas fonctionné", "Ce qui a mal fonctionné", "Points à améliorer", "Axes d'amélioration",
                "Was schlecht lief", "Was lief schlecht", "Was nicht gut lief", "Verbesserungspotenzial",
                "Qué salió mal",
            ]
        ),
        (
            .lucky,
            ["Where We Got Lucky", "We Got Lucky", "Lucky", "Luck", "Où nous avons eu de la chance", "Glück gehabt"]
        ),
        (
            .lessonsAndActions,
            [
                "Lessons Learned & Action Items", "Lessons & Action Items", "Lessons & Actions",
                "Takeaways & Action Items", "Leçons & actions", "Erkenntnisse & Maßnahmen",
            ]
        ),
        (
            .whys,
            [
                "5 Whys", "Five Whys", "5 Why", "5 Whys Analysis", "Why Analysis", "Les 5 pourquoi", "5 pourquoi",
                "Cinq pourquoi", "5 Warum", "Fünf Warum", "5 porqués", "Cinco porqués",
            ]
        ),
        (
            .volumes,
            [
                "Volume Mapping", "Volume Mappings", "PV Mapping", "PVC Mapping", "Storage", "Affected Volumes",
                "Volumes", "Persistent Volumes", "Volume Inventory", "PV Inventory", "Stockage", "Volumes concernés",
                "Speicher", "Betroffene Volumes", "Datenträger",
            ]
        ),
        (
            .procedure,
            [
                "Procedure", "Procedures", "Steps", "Recovery Procedure", "Recovery Procedures", "Restore Procedure",
                "Runbook", "Playbook", "Step by Step", "Instructions", "How to Recover", "Prerequisites",
                "Procédure", "Étapes", "Mode opératoire", "Prérequis", "Vorgehen", "Vorgehensweise", "Anleitung",
                "Schritte", "Voraussetzungen", "Procedimiento", "Pasos",
            ]
        ),
        (
            .troubleshooting,
            [
                "Troubleshooting", "Common Errors", "Common Issues", "Known Issues", "FAQ", "Debugging", "Dépannage",
                "Résolution des problèmes", "Problèmes connus", "Fehlerbehebung", "Fehlersuche", "Bekannte Probleme",
                "Solución de problemas",
            ]
        ),
        (
            .metadata,
            [
                "Details", "Incident Details", "Metadata", "Incident Metadata", "Incident Information", "Key Facts",
                "At a Glance", "Contact", "Contacts", "Fiche incident", "Informations", "Détails", "Métadonnées",
                "Eckdaten", "Metadaten", "Detalles",
            ]
        ),
        (
            .other,
            [
                "Conclusion", "Conclusions", "Closing Thoughts", "Final Thoughts", "Appendix", "Appendices",
                "References", "Notes", "Glossary", "Annexe", "Annexes", "Références", "Fazit", "Schlussfolgerung",
                "Anhang", "Referenzen", "Conclusión", "Anexo",
            ]
        ),
    ]
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let numberedItemStartPattern = #/\d+[.)]\s/#
