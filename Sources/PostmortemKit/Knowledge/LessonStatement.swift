/// One thing an incident teaches, as the lesson index reads it: a lesson of the incident,
/// or the fix of a runbook's troubleshooting entry (a runbook states what was learned as
/// "when you see this, do that").
public struct LessonStatement: Hashable, Sendable, Codable {
    /// Where the statement comes from.
    public enum Origin: String, Codable, Sendable, CaseIterable {
        /// A lesson learned.
        case learned
        /// Something that went well.
        case wentWell
        /// Something that went wrong (or to improve).
        case wentWrong
        /// Where the team was lucky.
        case lucky
        /// A runbook's troubleshooting entry: its symptom and its fix.
        case troubleshooting

        public init(_ kind: Lesson.Kind) {
            switch kind {
            case .learned: self = .learned
            case .wentWell: self = .wentWell
            case .wentWrong: self = .wentWrong
            case .lucky: self = .lucky
            }
        }
    }

    public var incident: IncidentID
    /// The statement's position among its incident's lessons (or troubleshooting entries).
    public var position: Int
    /// The statement as shown: the lesson's text, or `symptom: fix` for a troubleshooting
    /// entry.
    public var text: String
    /// What is compared with other statements: the lesson's text, or the fix alone.
    public var matchText: String
    public var origin: Origin

    public init(incident: IncidentID, position: Int, text: String, matchText: String? = nil, origin: Origin) {
        self.incident = incident
        self.position = position
        self.text = text
        self.matchText = matchText ?? text
        self.origin = origin
    }

    /// The statement of a lesson.
    public init(incident: IncidentID, position: Int, lesson: Lesson) {
        self.init(incident: incident, position: position, text: lesson.text, origin: Origin(lesson.kind))
    }

    /// The statement of a troubleshooting entry: shown as "symptom: fix", compared by its
    /// fix; a fix is cut before its first code block (the commands are in the runbook). Nil
    /// when that leaves no fix.
    public init?(incident: IncidentID, position: Int, troubleshooting entry: TroubleshootingEntry) {
        let symptom = entry.symptom.trimmingWhitespace()
        let fix = Self.prose(of: entry.fix)
        guard !fix.isEmpty else { return nil }
        self.init(
            incident: incident, position: position, text: symptom.isEmpty ? fix : symptom + ": " + fix,
            matchText: fix, origin: .troubleshooting)
    }

    /// Every statement of `incident`: its lessons, then its troubleshooting entries that
    /// have a fix.
    public static func statements(of incident: Incident) -> [LessonStatement] {
        incident.lessons.enumerated().map { LessonStatement(incident: incident.id, position: $0, lesson: $1) }
            + incident.troubleshooting.enumerated().compactMap {
                LessonStatement(incident: incident.id, position: $0, troubleshooting: $1)
            }
    }

    /// `text` up to its first code fence, trimmed.
    static func prose(of text: String) -> String {
        var run = 0
        for index in text.utf8.indices {
            run = text.utf8[index] == UInt8(ascii: "`") ? run + 1 : 0
            if run == 3 {
                let fence = text.utf8.index(index, offsetBy: -2)
                return text[..<fence].trimmingWhitespace()
            }
        }
        return text.trimmingWhitespace()
    }
}
