extension FailureModeClassifier {
    /// Where in an incident a sentence was found; each place weighs differently, because a
    /// phrase in the root cause says more about the failure than one in an action item.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case title, summary, rootCause, contributingFactor, whyQuestion, whyAnswer
        case timeline, impact
        case lessonLearned, lessonWentWrong, lessonWentWell, lessonLucky
        case troubleshootingSymptom, troubleshootingCause, troubleshootingFix
        case procedure, actionItem, section

        /// The weight used unless a ``Configuration`` says otherwise: 1 for the title, root
        /// cause, contributing factors, why answers and a troubleshooting cause; 0.3 for what
        /// went well, the least telling.
        public var defaultWeight: Double {
            switch self {
            case .title, .rootCause, .contributingFactor, .whyAnswer, .troubleshootingCause: 1
            case .summary, .troubleshootingSymptom: 0.9
            case .timeline: 0.8
            case .whyQuestion, .impact, .lessonWentWrong: 0.7
            case .lessonLearned, .troubleshootingFix: 0.6
            case .procedure, .actionItem, .section: 0.5
            case .lessonLucky: 0.4
            case .lessonWentWell: 0.3
            }
        }

        init(_ kind: Lesson.Kind) {
            switch kind {
            case .learned: self = .lessonLearned
            case .wentWrong: self = .lessonWentWrong
            case .wentWell: self = .lessonWentWell
            case .lucky: self = .lessonLucky
            }
        }
    }

    /// The texts of `incident` the classifier reads, each with its field, in the order that
    /// breaks ties between equally good evidence: the most telling fields first.
    static func texts(of incident: Incident) -> [(Field, String)] {
        var texts: [(Field, String)] = []
        func add(_ field: Field, _ text: String?) {
            if let text, !text.isEmpty { texts.append((field, text)) }
        }
        add(.rootCause, incident.rootCause)
        for factor in incident.contributingFactors { add(.contributingFactor, factor) }
        for why in incident.whys {
            add(.whyAnswer, why.answer)
            add(.whyQuestion, why.question)
        }
        add(.title, incident.title)
        add(.summary, incident.summary)
        for entry in incident.troubleshooting {
            add(.troubleshootingCause, entry.cause)
            add(.troubleshootingSymptom, entry.symptom)
            add(.troubleshootingFix, entry.fix)
        }
        for event in incident.timeline {
            add(.timeline, event.event)
            for extra in event.extra { add(.timeline, extra.value) }
        }
        for item in incident.impact.items { add(.impact, item) }
        add(.impact, incident.impact.dataLoss)
        for lesson in incident.lessons { add(Field(lesson.kind), lesson.text) }
        for step in incident.procedure { add(.procedure, step) }
        for item in incident.actionItems { add(.actionItem, item.text) }
        for section in incident.sections {
            add(.section, section.heading)
            add(.section, section.markdown)
        }
        return texts
    }
}
