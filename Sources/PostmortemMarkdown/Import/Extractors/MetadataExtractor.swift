import PostmortemKit

/// Reads metadata: front matter, bold-label and `Key: value` lines (`**Date:** 27. November
/// 2025`, `Status: Resolved`, `**Date :** 12/03/2024`), and two-column key–value tables, in
/// the preamble or a "Details" section.
struct MetadataExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.metadata]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        for block in segment.blocks {
            switch block.kind {
            case .paragraph, .list:
                let lines = metadataLines(of: block, context: context)
                guard !lines.isEmpty else { continue }
                for line in lines { apply(line, to: &incident, context: &context, at: block) }
                consumed.insert(block.id)
            case .table:
                guard let table = block.table, let rows = keyValueRows(table) else { continue }
                for line in rows { apply(line, to: &incident, context: &context, at: block) }
                consumed.insert(block.id)
            default:
                continue
            }
        }
        return consumed
    }

    /// The metadata lines of a paragraph or list when every line of it is one; else none.
    func metadataLines(of block: MarkdownNode, context: ImportContext) -> [MetadataLine] {
        let lines: [String]
        if case .list = block.kind {
            lines = block.children.map { context.inlineMarkdown(of: $0) }
        } else {
            lines = block.sourceText.split(whereSeparator: \.isNewline).map(String.init)
        }
        let parsed = lines.map { MetadataLine.parse($0) }
        guard !parsed.isEmpty, parsed.allSatisfy({ $0?.key != nil }) else { return [] }
        return parsed.compactMap { $0 }
    }

    /// The rows of a two-column table whose first column holds metadata labels.
    func keyValueRows(_ table: MarkdownTable) -> [MetadataLine]? {
        guard table.columnCount == 2 else { return nil }
        let rows = ([table.header] + table.rows).filter { !$0.allSatisfy { $0.text.isEmpty } }
        let lines = rows.map { row in
            MetadataLine(key: MetadataKey(label: row[0].text), label: row[0].text, value: row[1].markdown)
        }
        let known = lines.filter { $0.key != nil }.count
        guard known >= 2, known * 2 >= lines.count else { return nil }
        return lines
    }

    /// Sets the incident's field for one metadata line; unknown keys are kept as metadata.
    func apply(_ line: MetadataLine, to incident: inout Incident, context: inout ImportContext, at node: MarkdownNode) {
        let value = line.value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return }
        switch line.key {
        case .date:
            if let day = DateParser.day(in: value, order: context.order) {
                if incident.date == nil { incident.date = day }
            } else {
                context.add(.warning, rule: "date-unreadable", "cannot read the date '\(value)'", at: node)
                incident.metadata.append(Field(name: line.label, value: value))
            }
        case .severity:
            incident.severity = Severity(parsing: value) ?? Severity(label: value, level: 3)
        case .status:
            incident.status = IncidentStatus(label: value)
        case .authors, .incidentCommander, .reporter:
            Self.append(Self.list(value), to: &incident.authors)
        case .services:
            Self.append(Self.list(value).map { ServiceName($0) }, to: &incident.services)
        case .environment:
            incident.environment = value
        case .tags:
            Self.append(Self.list(value), to: &incident.tags)
        case .title:
            incident.title = value
        case .usersAffected:
            incident.impact.usersAffected = Int(value.filter(\.isNumber))
        case .duration:
            incident.impact.duration = value
            incident.impact.durationSeconds = DurationParser.seconds(in: value)
        case .dataLoss:
            incident.impact.dataLoss = value
        case .availability:
            incident.impact.availability = value
        default:
            incident.metadata.append(Field(name: line.label, value: value))
        }
    }

    /// Appends the values `list` does not hold yet, in order.
    static func append<T: Equatable>(_ values: [T], to list: inout [T]) {
        for value in values where !list.contains(value) { list.append(value) }
    }

    /// "Immich, Authentik", "a; b", "a and b" → its items.
    static func list(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
