import Foundation
import PostmortemKit

/// Reads metadata: bold-label and `Key: value` lines (`**Date:** 27. November 2025`,
/// `Status: Resolved`, `**Date :** 12/03/2024`), one per line, several on one line
/// separated by `·` or `|` or run together (`**Severity:** SEV4 · **Status:** Resolved`), as
/// sentences in a line of prose (`Date: 9 August 2025. Sev: low.`), as a bullet list, and
/// two-column key–value tables (with a `Field | Value` or empty header row), in the
/// preamble, a "Details" section or at the start of the summary.
///
/// A paragraph made only of metadata lines is consumed; one that also holds other text is
/// read but kept verbatim (so nothing is lost), and only when it names at least two known keys.
struct MetadataExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.metadata]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        for block in segment.blocks where read(block, into: &incident, context: &context) {
            consumed.insert(block.id)
        }
        return consumed
    }

    /// Reads the metadata blocks at the start of `segment` (up to the first block that holds
    /// none); returns the ids consumed.
    func extractLeading(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext)
        -> Set<Int>
    {
        var consumed: Set<Int> = []
        for block in segment.blocks {
            if case .thematicBreak = block.kind { continue }
            guard isMetadataOnly(block, context: context) else { break }
            if read(block, into: &incident, context: &context) { consumed.insert(block.id) }
        }
        return consumed
    }

    /// Applies the metadata `block` holds; returns whether the block is consumed.
    private func read(_ block: MarkdownNode, into incident: inout Incident, context: inout ImportContext) -> Bool {
        switch block.kind {
        case .paragraph, .list:
            let (lines, complete) = metadataLines(of: block, context: context)
            let known = lines.filter { $0.key != nil }.count
            guard complete ? !lines.isEmpty : known >= 2 else { return false }
            for line in lines where complete || line.key != nil {
                apply(line, to: &incident, context: &context, at: block)
            }
            return complete
        case .table:
            guard let table = block.table, let rows = keyValueRows(table) else { return false }
            for line in rows { apply(line, to: &incident, context: &context, at: block) }
            return true
        default:
            return false
        }
    }

    private func isMetadataOnly(_ block: MarkdownNode, context: ImportContext) -> Bool {
        switch block.kind {
        case .paragraph, .list: return metadataLines(of: block, context: context).complete
        case .table: return block.table.flatMap(keyValueRows) != nil
        default: return false
        }
    }

    /// The metadata lines of a paragraph or list, and whether every part of it is one.
    func metadataLines(of block: MarkdownNode, context: ImportContext) -> (lines: [MetadataLine], complete: Bool) {
        let lines: [String]
        if case .list = block.kind {
            guard block.children.allSatisfy({ $0.children.count == 1 }) else { return ([], false) }
            lines = block.children.map { context.inlineMarkdown(of: $0) }
        } else {
            lines = block.sourceText.split(whereSeparator: \.isNewline).map(String.init)
        }
        var parsed: [MetadataLine] = []
        var complete = true
        for line in lines {
            let parts = Self.parts(of: line)
            if parts.isEmpty {
                complete = false
                parsed += Self.sentenceParts(of: line)
            } else {
                parsed += parts
            }
        }
        // A lone `Label: value` line of prose ("Note: restart it") is not metadata.
        if parsed.count == 1, parsed[0].key == nil, !TitleFinder.hasTitlePrefix(lines.first ?? "") {
            return ([], false)
        }
        return (parsed, complete && !parsed.isEmpty)
    }

    /// The metadata lines in one line of text: the whole line, or its parts split at ` · `,
    /// ` | `, before each further `**Label:**`, or at sentence ends; empty when no split
    /// gives labels everywhere (a sentence without a label makes the line incomplete, but
    /// its labelled sentences are still returned by ``sentenceParts(of:)``).
    static func parts(of line: String) -> [MetadataLine] {
        let trimmed = line.trimmingSpaces()
        for separator in [" \u{00B7} ", " | ", " \u{2022} "] where trimmed.contains(separator) {
            let pieces = trimmed.components(separatedBy: separator).map { $0.trimmingSpaces() }
            let parsed = pieces.compactMap(MetadataLine.parse)
            if parsed.count == pieces.count, parsed.contains(where: { $0.key != nil }) { return parsed }
        }
        let bold = boldLabelPieces(trimmed)
        if bold.count > 1 {
            let parsed = bold.compactMap(MetadataLine.parse)
            if parsed.count == bold.count { return parsed }
        }
        if let single = MetadataLine.parse(trimmed), !single.value.contains(". ") || single.key == nil {
            return [single]
        }
        let sentences = sentencePieces(trimmed)
        let parsed = sentences.compactMap(MetadataLine.parse)
        if sentences.count > 1, parsed.count == sentences.count, parsed.allSatisfy({ $0.key != nil }) {
            return parsed
        }
        return MetadataLine.parse(trimmed).map { [$0] } ?? []
    }

    /// The labelled sentences of a line of prose ("Quick write-up. Date: 9 August 2025. Sev: low.").
    static func sentenceParts(of line: String) -> [MetadataLine] {
        sentencePieces(line).compactMap(MetadataLine.parse).filter { $0.key != nil }
    }

    private static func sentencePieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        // Whether the last word of `current` (its last run of non-spaces) is a number of one
        // or two digits, tracked as characters arrive: splitting `current` at every
        // character would make a long line cost quadratic time.
        var lastWordLength = 0
        var lastWordIsNumber = false
        var afterSpace = true
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let isOrdinal = lastWordLength > 0 && lastWordLength <= 2 && lastWordIsNumber
            if character == ".", next == " ", !isOrdinal {
                pieces.append(current.trimmingSpaces())
                current = ""
                lastWordLength = 0
                afterSpace = true
            } else {
                current.append(character)
                if character == " " {
                    afterSpace = true
                } else {
                    if afterSpace {
                        lastWordLength = 0
                        lastWordIsNumber = true
                        afterSpace = false
                    }
                    lastWordLength += 1
                    lastWordIsNumber = lastWordIsNumber && character.isNumber
                }
            }
        }
        let last = current.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        if !last.isEmpty { pieces.append(last) }
        return pieces.filter { !$0.isEmpty }
    }

    /// Splits before every `**Label:**` after the first.
    private static func boldLabelPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while let range = rest.dropFirst(2).range(of: "**"),
            let close = rest[range.upperBound...].range(of: "**"),
            rest[range.upperBound..<close.lowerBound].hasSuffix(":")
                || rest[close.upperBound...].hasPrefix(":")
        {
            let piece = rest[..<range.lowerBound].trimmingSpaces()
            guard !piece.isEmpty else { break }
            pieces.append(piece)
            rest = rest[range.lowerBound...]
        }
        pieces.append(rest.trimmingSpaces())
        return pieces
    }

    /// The rows of a two-column table whose first column holds metadata labels; a header
    /// row that is empty or names the columns ("Field | Value", "Feld | Wert") is skipped.
    func keyValueRows(_ table: MarkdownTable) -> [MetadataLine]? {
        guard table.columnCount == 2 else { return nil }
        let headerIsLabel = MetadataKey(label: table.header[0].text) != nil
        let rows = ((headerIsLabel ? [table.header] : []) + table.rows).filter { !$0.allSatisfy { $0.text.isEmpty } }
        let lines = rows.map { row in
            MetadataLine(key: MetadataKey(label: row[0].text), label: row[0].text, value: row[1].markdown)
        }
        let known = lines.filter { $0.key != nil }.count
        guard known >= 2, known * 2 >= lines.count else { return nil }
        if !headerIsLabel, !table.header.allSatisfy({ $0.text.isEmpty }),
            !Self.columnNames.contains(table.header[0].text.lowercased())
        {
            return nil
        }
        return lines
    }

    /// Header words of a key–value table's first column.
    private static let columnNames: Set<String> = [
        "field", "key", "property", "item", "attribute", "name", "feld", "eigenschaft", "schlüssel", "champ", "clé",
        "propriété", "campo", "clave", "propiedad",
    ]

    /// Sets the incident's field for one metadata line; unknown keys are kept as metadata.
    func apply(_ line: MetadataLine, to incident: inout Incident, context: inout ImportContext, at node: MarkdownNode) {
        let value = line.value.trimmingSpaces()
        guard !value.isEmpty else {
            // A label pm does not know, with no value (a table row broken over two lines), is text.
            if line.key == nil, !line.label.isEmpty { incident.metadata.append(Field(name: line.label, value: "")) }
            return
        }
        // The title line of a wiki page ("Incident: …"), already read by `TitleFinder`.
        if TitleCleaner.isTitlePrefix(line.label),
            TitleCleaner.clean("\(line.label): \(value)", order: context.order).title == incident.title
        {
            return
        }
        // A single-valued field keeps its first value (the front matter's wins over the body);
        // a later, different value is kept as metadata rather than lost.
        let kept = Field(name: line.label, value: value)
        switch line.key {
        case .date:
            if let match = DateParser.findDay(in: value, order: context.order) {
                if incident.date == nil { incident.date = match.day }
                // "2024-01-01 (Saturday night, during the migration)": the words around the
                // date, or another date, are kept.
                var rest = value
                rest.removeSubrange(match.range)
                let others = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:()[]-–—"))
                if incident.date != match.day || !others.isEmpty { incident.metadata.append(kept) }
            } else {
                context.add(.warning, rule: "date-unreadable", "cannot read the date '\(value)'", at: node)
                incident.metadata.append(kept)
            }
        case .severity:
            Self.setOnce(
                &incident.severity, Severity(parsing: value) ?? Severity(label: value, level: 3), else: kept,
                into: &incident.metadata)
        case .status:
            Self.setOnce(&incident.status, IncidentStatus(label: value), else: kept, into: &incident.metadata)
        case .authors, .incidentCommander, .reporter:
            Self.append(Self.list(value), to: &incident.authors)
        case .services:
            Self.append(Self.list(value).map { ServiceName($0) }, to: &incident.services)
        case .environment:
            Self.setOnce(&incident.environment, value, else: kept, into: &incident.metadata)
        case .tags:
            Self.append(Self.list(value), to: &incident.tags)
        case .title:
            if context.titleFromFrontMatter {
                if value != incident.title { incident.metadata.append(kept) }
            } else {
                // A title line wins over the heading the title was first read from, which is kept.
                if !incident.title.isEmpty, incident.title != value {
                    incident.metadata.append(Field(name: "Page title", value: incident.title))
                }
                incident.title = value
            }
        case .kind:
            if let kind = KindDetector.kind(ofLabel: value) { incident.kind = kind }
            incident.metadata.append(kept)
        case .usersAffected, .duration, .dataLoss, .availability, .impact:
            ImpactMetrics.read(line, into: &incident.impact)
            if !ImpactMetrics.holds(value, of: line.key, in: incident.impact) { incident.metadata.append(kept) }
        case .rootCause:
            incident.rootCause = [incident.rootCause, value].compactMap { $0 }.joined(separator: "\n\n")
        case .summary:
            incident.summary = [incident.summary, value].compactMap { $0 }.joined(separator: "\n\n")
        default:
            incident.metadata.append(kept)
        }
    }

    /// Sets `field` when it is empty; otherwise keeps `other` in `metadata` when `value` differs.
    static func setOnce<T: Equatable>(_ field: inout T?, _ value: T, else other: Field, into metadata: inout [Field]) {
        if field == nil {
            field = value
        } else if field != value {
            metadata.append(other)
        }
    }

    /// Appends the values `list` does not hold yet, in order.
    static func append<T: Equatable>(_ values: [T], to list: inout [T]) {
        for value in values where !list.contains(value) { list.append(value) }
    }

    /// "Immich, Authentik", "a; b" → its items; commas inside parentheses do not split
    /// ("Zoë Château (zoe@example, +33 6 …)").
    static func list(_ value: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in value {
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth = max(0, depth - 1) }
            if depth == 0, character == "," || character == ";" {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
