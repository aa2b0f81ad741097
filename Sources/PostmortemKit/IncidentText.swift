/// Plain-text renderings for a terminal: what `pm show` and `pm list` print.
public enum IncidentText {
    /// A readable report of `incident`, section by section; empty parts are left out.
    public static func render(_ incident: Incident) -> String {
        var out = TextBlock()
        out.line(incident.title)
        out.line(String(repeating: "=", count: min(78, max(3, incident.title.count))))
        var facts: [(String, String)] = [("id", incident.id.rawValue), ("kind", incident.kind.rawValue)]
        if let date = incident.date { facts.append(("date", date.description)) }
        if let severity = incident.severity {
            facts.append(("severity", "\(severity.label) (level \(severity.level))"))
        }
        if let status = incident.status { facts.append(("status", status.label)) }
        if !incident.services.isEmpty {
            facts.append(("services", incident.services.map(\.rawValue).joined(separator: ", ")))
        }
        if let environment = incident.environment { facts.append(("environment", environment)) }
        if !incident.authors.isEmpty { facts.append(("authors", incident.authors.joined(separator: ", "))) }
        if !incident.tags.isEmpty { facts.append(("tags", incident.tags.joined(separator: ", "))) }
        if let detected = incident.detected { facts.append(("detected", detected.description)) }
        if let resolved = incident.resolved { facts.append(("resolved", resolved.description)) }
        if let source = incident.source { facts.append(("source", source.path)) }
        let width = facts.map(\.0.count).max() ?? 0
        for (key, value) in facts { out.line(key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value) }

        out.section("Summary", incident.summary.map { [$0] } ?? [])
        var impact = incident.impact.items.map { "- " + $0 }
        if let users = incident.impact.usersAffected { impact.append("users affected: \(users)") }
        if let duration = incident.impact.duration { impact.append("duration: \(duration)") }
        if let availability = incident.impact.availability { impact.append("availability: \(availability)") }
        if let dataLoss = incident.impact.dataLoss { impact.append("data loss: \(dataLoss)") }
        out.section("Impact", impact)
        out.section(
            "Timeline",
            incident.timeline.map { event in
                let mark = event.outcome.map { " [\($0.rawValue)]" } ?? ""
                return "\(event.time)  \(event.event)\(mark)"
            })
        out.section("Root cause", (incident.rootCause.map { [$0] } ?? []) + numbered(incident.contributingFactors))
        out.section(
            "5 whys",
            incident.whys.enumerated().map { "\($0.offset + 1). \($0.element.question)\n   \($0.element.answer)" })
        out.section(
            "Action items",
            incident.actionItems.map { item in
                var parts = ["[\(item.status.rawValue)]"]
                if let priority = item.priority { parts.append(priority.label) }
                parts.append(item.text)
                if let owner = item.owner { parts.append("(owner: \(owner))") }
                if let due = item.due { parts.append("(due \(due))") }
                return "- " + parts.joined(separator: " ")
            })
        out.section("Lessons", incident.lessons.map { "- [\($0.kind.rawValue)] \($0.text)" })
        out.section(
            "Volume mappings",
            incident.volumeMappings.map { mapping in
                [mapping.app, mapping.volume, mapping.size, mapping.claim, mapping.dataRange].compactMap { $0 }
                    .joined(separator: "  ")
            })
        out.section("Procedure", numbered(incident.procedure))
        out.section(
            "Troubleshooting",
            incident.troubleshooting.map { "- \($0.symptom)\n  cause: \($0.cause)\n  fix: \($0.fix)" })
        out.section("Failure modes", incident.failureModes.map { "- \($0.id) (\(score($0.score))): \($0.evidence)" })
        for section in incident.sections { out.section(section.heading, [section.markdown]) }
        return out.text
    }

    /// The table `pm list` prints.
    public static func renderList(_ summaries: [IncidentSummary], title: String) -> String {
        guard !summaries.isEmpty else {
            return "\(title): no incidents yet. `pm import PATH` or `pm new TITLE` adds some.\n"
        }
        let rows = summaries.map { summary in
            [
                summary.id.rawValue, summary.date?.description ?? "-", summary.severity?.label ?? "-",
                summary.kind == .incident ? "" : summary.kind.rawValue, summary.title,
            ]
        }
        let header = ["ID", "DATE", "SEVERITY", "KIND", "TITLE"]
        let widths = (0..<header.count).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        let format = { (row: [String]) in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n")
            + "\n\(summaries.count) of them in \(title)\n"
    }

    static func numbered(_ items: [String]) -> [String] {
        items.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// `value` with two decimals ("0.75", "1.00"), the same on every machine and locale.
    public static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

/// Accumulates the lines of a text rendering.
struct TextBlock {
    private(set) var text = ""

    mutating func line(_ value: String) { text += value + "\n" }

    mutating func section(_ heading: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        text += "\n" + heading + "\n" + String(repeating: "-", count: min(78, heading.count)) + "\n"
        for value in lines { line(value) }
    }
}
