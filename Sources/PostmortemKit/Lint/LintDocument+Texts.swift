extension LintDocument {
    /// Every piece of text of `incident` a rule may read, labelled with where it is.
    static func texts(of incident: Incident) -> [LintText] {
        var texts: [LintText] = [LintText(part: "the title", text: incident.title)]
        if let summary = incident.summary { texts.append(LintText(part: "the summary", text: summary)) }
        for (number, event) in zip(1..., incident.timeline) {
            texts.append(LintText(part: "timeline event \(number)", text: event.event))
            for field in event.extra {
                texts.append(
                    LintText(
                        part: "timeline event \(number) (\(field.name))", text: field.value, role: .metadata,
                        label: field.name, anchor: event.event))
            }
        }
        if let rootCause = incident.rootCause { texts.append(LintText(part: "the root cause", text: rootCause)) }
        for (number, factor) in zip(1..., incident.contributingFactors) {
            texts.append(LintText(part: "contributing factor \(number)", text: factor))
        }
        for (number, why) in zip(1..., incident.whys) {
            texts.append(LintText(part: "why \(number)", text: why.question))
            texts.append(LintText(part: "the answer to why \(number)", text: why.answer))
        }
        for (number, item) in zip(1..., incident.impact.items) {
            texts.append(LintText(part: "impact item \(number)", text: item))
        }
        for (number, item) in zip(1..., incident.actionItems) {
            texts.append(LintText(part: "action item \(number)", text: item.text))
            if let owner = item.owner {
                texts.append(
                    LintText(part: "the owner of action item \(number)", text: owner, role: .owner, anchor: item.text))
            }
        }
        for (number, lesson) in zip(1..., incident.lessons) {
            texts.append(LintText(part: "lesson \(number)", text: lesson.text))
        }
        for (number, step) in zip(1..., incident.procedure) {
            texts.append(LintText(part: "step \(number) of the procedure", text: step))
        }
        for (number, entry) in zip(1..., incident.troubleshooting) {
            for (name, value) in [("symptom", entry.symptom), ("cause", entry.cause), ("fix", entry.fix)] {
                texts.append(LintText(part: "the \(name) of troubleshooting entry \(number)", text: value))
            }
        }
        for section in incident.sections {
            texts.append(LintText(part: "section '\(section.heading)'", text: section.markdown))
        }
        for field in incident.metadata {
            texts.append(
                LintText(part: "metadata '\(field.name)'", text: field.value, role: .metadata, label: field.name))
        }
        for author in incident.authors {
            texts.append(LintText(part: "the authors", text: author, role: .author))
        }
        return texts.filter { !$0.text.isEmpty }
    }
}
