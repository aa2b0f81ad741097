import PostmortemKit

/// The search documents of an incident: one per searchable piece, in a fixed order.
enum SearchDocuments {
    static func records(for incident: Incident) -> [SearchDocRecord] {
        let id = incident.id.rawValue
        var records: [SearchDocRecord] = []
        func add(_ kind: SearchDocKind, _ position: Int, title: String = "", body: String) {
            guard !title.isEmpty || !body.isEmpty else { return }
            records.append(
                SearchDocRecord(
                    id: nil, incidentID: id, kind: kind.rawValue, position: position, title: title, body: body))
        }
        add(.title, 0, title: incident.title, body: "")
        add(.summary, 0, body: incident.summary ?? "")
        add(.rootCause, 0, body: incident.rootCause ?? "")
        for (index, text) in incident.contributingFactors.enumerated() { add(.contributingFactor, index, body: text) }
        for (index, event) in incident.timeline.enumerated() { add(.timeline, index, body: event.event) }
        for (index, why) in incident.whys.enumerated() { add(.why, index, body: why.question + "\n" + why.answer) }
        for (index, lesson) in incident.lessons.enumerated() { add(.lesson, index, body: lesson.text) }
        for (index, item) in incident.actionItems.enumerated() { add(.action, index, body: item.text) }
        for (index, step) in incident.procedure.enumerated() { add(.procedure, index, body: step) }
        for (index, entry) in incident.troubleshooting.enumerated() {
            add(.troubleshooting, index, body: [entry.symptom, entry.cause, entry.fix].joined(separator: "\n"))
        }
        for (index, section) in incident.sections.enumerated() {
            add(.section, index, title: section.heading, body: section.markdown)
        }
        return records
    }
}
