import Foundation
import PostmortemKit

/// Writes an incident in pm's canonical Markdown format (docs/FORMAT.md): YAML front
/// matter, then fixed section headings, the timeline, action items, volume mappings and
/// troubleshooting as GFM tables, the whys as a numbered list, and the sections pm did not
/// classify, verbatim, after a marker line. Deterministic: the same incident always gives
/// the same bytes. Empty parts are left out.
///
/// The importer reads this format back with full fidelity (``CanonicalReader``): for every
/// incident pm imports, importing what this writes gives the same incident again (apart
/// from where it was read from), and writing that gives the same bytes.
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

    /// The line that separates the canonical sections from the sections pm keeps as they
    /// were written: every `##` heading after it starts a kept section, whatever it says.
    public static let keptSectionsMarker = "<!-- pm: the sections below are kept as they were written -->"

    public static func markdown(for incident: Incident) -> String {
        var out = MarkdownText()
        out.raw(frontMatter(for: incident))
        out.block("# " + CanonicalText.line(incident.title))
        if let summary = incident.summary { out.section(Heading.summary, summary) }
        impact(incident.impact, into: &out)
        timeline(incident.timeline, date: incident.date, into: &out)
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
                    CanonicalText.why("\(index + 1). ", question: why.question, answer: why.answer)
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
                    header: CanonicalFormat.troubleshootingHeader,
                    rows: incident.troubleshooting.map { [$0.symptom, $0.cause, $0.fix] }))
        }
        if !incident.sections.isEmpty {
            out.block(keptSectionsMarker)
            for section in incident.sections {
                out.section(CanonicalText.line(section.heading), section.markdown)
            }
        }
        return out.text
    }

    // MARK: - Front matter

    static func frontMatter(for incident: Incident) -> String {
        var lines = ["---"]
        func scalar(_ key: String, _ value: String?) {
            guard let value else { return }
            lines.append("\(key): \(CanonicalYAML.scalar(value))")
        }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            lines += values.map { "  - \(CanonicalYAML.scalar($0))" }
        }
        // ISO dates and times are written bare: the reader keeps them as written.
        func bare(_ key: String, _ value: String?) {
            if let value { lines.append("\(key): \(value)") }
        }
        scalar("id", incident.id.rawValue)
        scalar("title", incident.title)
        if incident.kind != .incident { scalar("kind", incident.kind.rawValue) }
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
                lines.append("  - id: \(CanonicalYAML.scalar(mode.id.rawValue))")
                if !mode.evidence.isEmpty { lines.append("    evidence: \(CanonicalYAML.scalar(mode.evidence))") }
                lines.append("    score: \(score(mode.score))")
            }
        }
        if CanonicalFormat.metadataFitsAsKeys(incident.metadata) {
            for field in incident.metadata {
                lines.append("\(CanonicalYAML.scalar(field.name)): \(CanonicalYAML.scalar(field.value))")
            }
        } else {
            lines.append("\(CanonicalFormat.Key.metadata):")
            for field in incident.metadata {
                lines.append("  - \(CanonicalYAML.scalar(field.name)): \(CanonicalYAML.scalar(field.value))")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A score with two decimals ("0.75", "1.00") when that reads back as the same number,
    /// else its shortest exact spelling.
    static func score(_ value: Double) -> String {
        let rounded = IncidentText.score(value)
        return Double(rounded) == value ? rounded : String(describing: value)
    }

    // MARK: - Sections

    static func impact(_ impact: Impact, into out: inout MarkdownText) {
        guard !impact.isEmpty else { return }
        out.block("## " + Heading.impact)
        if !impact.items.isEmpty { out.block(bulletList(impact.items)) }
        var metrics: [[String]] = []
        typealias Metric = CanonicalFormat.Metric
        if let users = impact.usersAffected { metrics.append([Metric.usersAffected, String(users)]) }
        if let duration = impact.duration { metrics.append([Metric.duration, duration]) }
        if impact.durationSeconds != CanonicalFormat.seconds(of: impact.duration) {
            metrics.append([Metric.durationSeconds, impact.durationSeconds.map(String.init) ?? ""])
        }
        if let availability = impact.availability { metrics.append([Metric.availability, availability]) }
        if let dataLoss = impact.dataLoss { metrics.append([Metric.dataLoss, dataLoss]) }
        if !metrics.isEmpty { out.block(table(header: CanonicalFormat.metricsHeader, rows: metrics)) }
    }

    static func timeline(_ events: [TimelineEvent], date: Day?, into out: inout MarkdownText) {
        guard !events.isEmpty else { return }
        let columns = CanonicalFormat.extraColumns(events.map(\.extra))
        // An `At` cell only where resolving the written time would not give the event's own.
        var resolver = CanonicalTime.Resolver(date: date)
        var atCells: [String] = []
        for event in events {
            var probe = resolver
            let recorded = CanonicalTime.Resolved(event)
            if probe.resolve(event.time).0 == recorded {
                resolver = probe
                atCells.append("")
            } else {
                atCells.append(CanonicalTime.cell(for: recorded))
            }
        }
        let hasAt = atCells.contains { !$0.isEmpty }
        let rows = events.indices.map { index -> [String] in
            let event = events[index]
            var row = [event.time] + (hasAt ? [atCells[index]] : [])
            row += [event.event, event.outcome.map(CanonicalFormat.marker(of:)) ?? ""]
            return row + CanonicalFormat.values(of: event.extra, in: columns)
        }
        let header =
            [CanonicalFormat.Column.time] + (hasAt ? [CanonicalFormat.Column.at] : [])
            + [CanonicalFormat.Column.event, CanonicalFormat.Column.outcome] + columns.map(\.name)
        out.block("## " + Heading.timeline)
        out.block(table(header: header, rows: rows))
    }

    static func actionItems(_ items: [ActionItem], into out: inout MarkdownText) {
        guard !items.isEmpty else { return }
        out.block("## " + Heading.actionItems)
        out.block(
            table(
                header: CanonicalFormat.actionHeader,
                rows: items.map { item in
                    [
                        item.text, item.owner ?? "", item.priority?.label ?? "",
                        item.statusLabel ?? item.status.rawValue,
                        item.due?.description ?? "", item.tracking ?? "",
                    ]
                }))
    }

    /// Lessons in their own order: a `###` group heading each time the kind changes.
    static func lessons(_ lessons: [Lesson], into out: inout MarkdownText) {
        guard !lessons.isEmpty else { return }
        out.block("## " + Heading.lessons)
        var start = lessons.startIndex
        while start < lessons.endIndex {
            let kind = lessons[start].kind
            let end = lessons[start...].firstIndex { $0.kind != kind } ?? lessons.endIndex
            out.block("### " + CanonicalFormat.lessonGroup(of: kind))
            out.block(bulletList(lessons[start..<end].map(\.text)))
            start = end
        }
    }

    static func volumeMappings(_ mappings: [VolumeMapping], into out: inout MarkdownText) {
        guard !mappings.isEmpty else { return }
        let columns = CanonicalFormat.extraColumns(mappings.map(\.extra))
        out.block("## " + Heading.volumeMappings)
        out.block(
            table(
                header: CanonicalFormat.volumeHeader + columns.map(\.name),
                rows: mappings.map { mapping in
                    [
                        mapping.app, mapping.volume ?? "", mapping.size ?? "", mapping.claim ?? "",
                        mapping.role.rawValue, mapping.dataRange ?? "",
                    ] + CanonicalFormat.values(of: mapping.extra, in: columns)
                }))
    }

    // MARK: - Markdown helpers

    /// A GFM table; every cell written by ``CanonicalText/cell(_:)``.
    static func table(header: [String], rows: [[String]]) -> String {
        let row = { (cells: [String]) in "| " + cells.map(CanonicalText.cell).joined(separator: " | ") + " |" }
        var lines = [row(header)]
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        lines += rows.map(row)
        return lines.joined(separator: "\n")
    }

    static func numberedList(_ items: [String]) -> String {
        items.enumerated().map { CanonicalText.item("\($0.offset + 1). ", $0.element) }.joined(separator: "\n")
    }

    /// A bullet list; `*` for an item whose first line `-` would turn into a thematic
    /// break (`- --`).
    static func bulletList(_ items: [String]) -> String {
        items.map { item in
            // Only a first line of dashes and blanks can break: most items start otherwise.
            guard let head = item.utf8.first, head == 0x2D || head == 0x20 || head == 0x09 else {
                return CanonicalText.item("- ", item)
            }
            let first = item.prefix { $0 != "\n" }
            let dashes = first.filter { $0 == "-" }.count
            let breaksWithDash = dashes >= 2 && first.allSatisfy { $0 == "-" || $0 == " " || $0 == "\t" }
            return CanonicalText.item(breaksWithDash ? "* " : "- ", item)
        }.joined(separator: "\n")
    }
}

/// Accumulates Markdown blocks separated by blank lines.
struct MarkdownText {
    private(set) var text = ""

    mutating func raw(_ value: String) { text += value }

    mutating func block(_ value: String) {
        let trimmed = value.trimmingNewlines()
        guard !trimmed.isEmpty else { return }
        if !text.isEmpty { text += "\n" }
        text += trimmed + "\n"
    }

    /// A `##` heading (`##` alone for an empty one) and its body.
    mutating func section(_ heading: String, _ body: String) {
        block(heading.isEmpty ? "##" : "## " + heading)
        block(body)
    }
}
