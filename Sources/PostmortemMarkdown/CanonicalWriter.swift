import PostmortemKit
import Yams

/// Writes an incident in pm's canonical Markdown format (docs/FORMAT.md): YAML front
/// matter, then fixed section headings, the timeline, action items, volume mappings and
/// troubleshooting as GFM tables, the whys as a numbered list. Deterministic: the same
/// incident always gives the same bytes. Empty parts are left out.
public enum CanonicalWriter {
    /// The section headings of the canonical format, in the order they are written.
    public enum Heading {
        public static let summary = "Summary"
        public static let impact = "Impact"
        public static let timeline = "Timeline"
        public static let rootCause = "Root Cause"
        public static let contributingFactors = "Contributing Factors"
        public static let whys = "5 Whys"
        public static let actionItems = "Action Items"
        public static let lessons = "Lessons Learned"
        public static let volumeMappings = "Volume Mappings"
        public static let procedure = "Procedure"
        public static let troubleshooting = "Troubleshooting"
    }

    public static func markdown(for incident: Incident) -> String {
        var out = MarkdownText()
        out.raw(frontMatter(for: incident))
        out.block("# " + singleLine(incident.title))
        if let summary = incident.summary { out.section(Heading.summary, summary) }
        impact(incident.impact, into: &out)
        timeline(incident.timeline, into: &out)
        if incident.rootCause != nil || !incident.contributingFactors.isEmpty {
            out.block("## " + Heading.rootCause)
            if let rootCause = incident.rootCause { out.block(rootCause) }
            if !incident.contributingFactors.isEmpty {
                out.block("### " + Heading.contributingFactors)
                out.block(numberedList(incident.contributingFactors))
            }
        }
        if !incident.whys.isEmpty {
            out.block("## " + Heading.whys)
            out.block(
                incident.whys.enumerated().map { index, why in
                    "\(index + 1). **\(singleLine(why.question))**\n   \(singleLine(why.answer))"
                }.joined(separator: "\n"))
        }
        actionItems(incident.actionItems, into: &out)
        lessons(incident.lessons, into: &out)
        volumeMappings(incident.volumeMappings, into: &out)
        if !incident.procedure.isEmpty { out.section(Heading.procedure, numberedList(incident.procedure)) }
        if !incident.troubleshooting.isEmpty {
            out.block("## " + Heading.troubleshooting)
            out.block(
                table(
                    header: ["Symptom", "Cause", "Fix"],
                    rows: incident.troubleshooting.map { [$0.symptom, $0.cause, $0.fix] }))
        }
        for section in incident.sections {
            out.section(singleLine(section.heading), section.markdown)
        }
        return out.text
    }

    // MARK: - Parts

    static func frontMatter(for incident: Incident) -> String {
        var lines = ["---"]
        func scalar(_ key: String, _ value: String?) {
            guard let value else { return }
            lines.append("\(key): \(yamlScalar(value))")
        }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            lines += values.map { "  - \(yamlScalar($0))" }
        }
        scalar("id", incident.id.rawValue)
        scalar("title", incident.title)
        if incident.kind != .incident { scalar("kind", incident.kind.rawValue) }
        // ISO dates are written bare: YAML reads them as dates, and pm's reader keeps them as written.
        func bare(_ key: String, _ value: String?) {
            if let value { lines.append("\(key): \(value)") }
        }
        bare("date", incident.date?.description)
        scalar("severity", incident.severity?.label)
        scalar("status", incident.status?.label)
        list("services", incident.services.map(\.rawValue))
        scalar("environment", incident.environment)
        list("tags", incident.tags)
        list("authors", incident.authors)
        bare("detected", incident.detected?.description)
        bare("resolved", incident.resolved?.description)
        if !incident.failureModes.isEmpty {
            lines.append("failure_modes:")
            for mode in incident.failureModes {
                lines.append("  - id: \(yamlScalar(mode.id.rawValue))")
                if !mode.evidence.isEmpty { lines.append("    evidence: \(yamlScalar(mode.evidence))") }
                lines.append("    score: \(IncidentText.score(mode.score))")
            }
        }
        for field in incident.metadata { scalar(field.name, field.value) }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    static func impact(_ impact: Impact, into out: inout MarkdownText) {
        guard !impact.isEmpty else { return }
        out.block("## " + Heading.impact)
        if !impact.items.isEmpty { out.block(impact.items.map { "- " + singleLine($0) }.joined(separator: "\n")) }
        var metrics: [[String]] = []
        if let users = impact.usersAffected { metrics.append(["Users affected", String(users)]) }
        if let duration = impact.duration { metrics.append(["Duration", duration]) }
        if let availability = impact.availability { metrics.append(["Availability", availability]) }
        if let dataLoss = impact.dataLoss { metrics.append(["Data loss", dataLoss]) }
        if !metrics.isEmpty { out.block(table(header: ["Metric", "Value"], rows: metrics)) }
    }

    static func timeline(_ events: [TimelineEvent], into out: inout MarkdownText) {
        guard !events.isEmpty else { return }
        var extraNames: [String] = []
        for event in events {
            for field in event.extra where !extraNames.contains(field.name) { extraNames.append(field.name) }
        }
        let rows = events.map { event -> [String] in
            var row = [event.time, event.event, event.outcome.map(outcomeMarker) ?? ""]
            row += extraNames.map { name in event.extra.first { $0.name == name }?.value ?? "" }
            return row
        }
        out.block("## " + Heading.timeline)
        out.block(table(header: ["Time", "Event", "Outcome"] + extraNames, rows: rows))
    }

    static func actionItems(_ items: [ActionItem], into out: inout MarkdownText) {
        guard !items.isEmpty else { return }
        out.block("## " + Heading.actionItems)
        out.block(
            table(
                header: ["Action", "Owner", "Priority", "Status", "Due", "Tracking"],
                rows: items.map { item in
                    [
                        item.text, item.owner ?? "", item.priority?.label ?? "",
                        item.statusLabel ?? item.status.rawValue,
                        item.due?.description ?? "", item.tracking ?? "",
                    ]
                }))
    }

    static func lessons(_ lessons: [Lesson], into out: inout MarkdownText) {
        guard !lessons.isEmpty else { return }
        out.block("## " + Heading.lessons)
        let groups: [(Lesson.Kind, String)] = [
            (.learned, "Lessons"), (.wentWell, "What went well"), (.wentWrong, "What went wrong"),
            (.lucky, "Where we got lucky"),
        ]
        for (kind, title) in groups {
            let texts = lessons.filter { $0.kind == kind }.map(\.text)
            guard !texts.isEmpty else { continue }
            out.block("### " + title)
            out.block(texts.map { "- " + singleLine($0) }.joined(separator: "\n"))
        }
    }

    static func volumeMappings(_ mappings: [VolumeMapping], into out: inout MarkdownText) {
        guard !mappings.isEmpty else { return }
        var extraNames: [String] = []
        for mapping in mappings {
            for field in mapping.extra where !extraNames.contains(field.name) { extraNames.append(field.name) }
        }
        out.block("## " + Heading.volumeMappings)
        out.block(
            table(
                header: ["App", "Volume", "Size", "Claim", "Role", "Data Range"] + extraNames,
                rows: mappings.map { mapping in
                    [
                        mapping.app, mapping.volume ?? "", mapping.size ?? "", mapping.claim ?? "",
                        mapping.role.rawValue, mapping.dataRange ?? "",
                    ] + extraNames.map { name in mapping.extra.first { $0.name == name }?.value ?? "" }
                }))
    }

    // MARK: - Markdown helpers

    static func outcomeMarker(_ outcome: Outcome) -> String {
        switch outcome {
        case .success: return "✅"
        case .warning: return "⚠️"
        case .failure: return "❌"
        }
    }

    /// A GFM table; cells are made single-line and their pipes escaped.
    static func table(header: [String], rows: [[String]]) -> String {
        let escape = { (cell: String) in singleLine(cell).replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + header.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows {
            lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func numberedList(_ items: [String]) -> String {
        items.enumerated().map { "\($0.offset + 1). \(singleLine($0.element))" }.joined(separator: "\n")
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
            .joined(separator: " ")
    }

    /// `text` as one YAML scalar, quoted only where YAML needs it.
    static func yamlScalar(_ text: String) -> String {
        let single = singleLine(text)
        let dumped = (try? Yams.dump(object: single, width: -1, allowUnicode: true)) ?? "''"
        var result = dumped.trimmingCharacters(in: .newlines)
        if result.hasSuffix("\n...") { result = String(result.dropLast(4)) }
        return result
    }
}

/// Accumulates Markdown blocks separated by blank lines.
struct MarkdownText {
    private(set) var text = ""

    mutating func raw(_ value: String) { text += value }

    mutating func block(_ value: String) {
        let trimmed = value.trimmingCharacters(in: .newlines)
        guard !trimmed.isEmpty else { return }
        if !text.isEmpty { text += "\n" }
        text += trimmed + "\n"
    }

    mutating func section(_ heading: String, _ body: String) {
        block("## " + heading)
        block(body)
    }
}
