import PostmortemKit

/// Reads a document written in pm's canonical format (docs/FORMAT.md) exactly: every
/// field comes back as ``CanonicalWriter`` wrote it, with no guessing.
///
/// A document is canonical when its YAML front matter names an `id` and a `title`, its
/// body opens with a `#` title, and every `##` section before the kept-sections marker is
/// one of the canonical sections, in order, each in the shape the writer gives it. Any
/// other document (or one edited out of that shape) is not read here: the importer reads
/// it with its legacy rules, which lose nothing either.
struct CanonicalReader {
    let document: MarkdownDocument

    /// Why a document is not canonical, for tests and debugging.
    struct Misfit: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// The incident and the findings (unreadable times), or why the document is not canonical.
    func read() -> Result<(Incident, [Finding]), Misfit> {
        do {
            var findings: [Finding] = []
            let incident = try readIncident(findings: &findings)
            return .success((incident, findings))
        } catch let misfit as Misfit {
            return .failure(misfit)
        } catch {
            return .failure(Misfit(line: 0, reason: "\(error)"))
        }
    }

    // MARK: - Front matter

    private func readIncident(findings: inout [Finding]) throws -> Incident {
        guard let frontMatter = document.frontMatter, frontMatter.format == .yaml,
            document.frontMatterProblem == nil
        else { throw Misfit(line: 1, reason: "no readable YAML front matter") }
        let fields = frontMatter.fields
        guard let idText = fields[CanonicalFormat.Key.id]?.text, IncidentID.isValid(idText) else {
            throw Misfit(line: 1, reason: "no usable id in the front matter")
        }
        guard let title = scalar(fields[CanonicalFormat.Key.title]) else {
            throw Misfit(line: 1, reason: "no title in the front matter")
        }
        var incident = Incident(id: IncidentID(idText), title: title)
        try readFrontMatter(fields, into: &incident)
        try readBody(into: &incident, findings: &findings)
        return incident
    }

    private func readFrontMatter(_ fields: FrontMatterTable, into incident: inout Incident) throws {
        typealias Key = CanonicalFormat.Key
        for entry in fields.entries {
            let value = entry.value
            func text() throws -> String {
                guard let text = scalar(value) else { throw Misfit(line: 1, reason: "'\(entry.key)' is not a value") }
                return text
            }
            switch entry.key {
            case Key.id, Key.title:
                continue
            case Key.kind:
                guard let kind = IncidentKind(rawValue: try text()) else {
                    throw Misfit(line: 1, reason: "unknown kind")
                }
                incident.kind = kind
            case Key.date:
                guard let day = Day(iso: try text()) else { throw Misfit(line: 1, reason: "date is not YYYY-MM-DD") }
                incident.date = day
            case Key.severity:
                let label = try text()
                incident.severity = Severity(parsing: label) ?? Severity(label: label, level: 3)
            case Key.status:
                incident.status = IncidentStatus(label: try text())
            case Key.services:
                incident.services = try strings(value, key: entry.key).map { ServiceName($0) }
            case Key.environment:
                incident.environment = try text()
            case Key.tags:
                incident.tags = try strings(value, key: entry.key)
            case Key.authors:
                incident.authors = try strings(value, key: entry.key)
            case Key.detected, Key.resolved:
                guard let time = Timestamp(iso: try text()) else {
                    throw Misfit(line: 1, reason: "'\(entry.key)' is not an ISO 8601 time")
                }
                if entry.key == Key.detected { incident.detected = time } else { incident.resolved = time }
            case Key.failureModes:
                incident.failureModes = try failureModes(value)
            case Key.metadata:
                guard case .array(let items) = value else { throw Misfit(line: 1, reason: "metadata is not a list") }
                for item in items {
                    guard case .table(let table) = item, table.entries.count == 1, let only = table.entries.first,
                        let text = scalar(only.value)
                    else { throw Misfit(line: 1, reason: "a metadata item is not one name and its value") }
                    incident.metadata.append(Field(name: only.key, value: text))
                }
            default:
                if let text = value.text { incident.metadata.append(Field(name: entry.key, value: text)) }
            }
        }
    }

    /// A scalar's text; nil for lists, maps and null.
    private func scalar(_ value: FrontMatterValue?) -> String? {
        switch value {
        case .string, .date, .int, .double, .bool: return value?.text
        default: return nil
        }
    }

    /// A list of strings, or a scalar split at commas.
    private func strings(_ value: FrontMatterValue, key: String) throws -> [String] {
        switch value {
        case .array(let items):
            return try items.map { item in
                guard let text = scalar(item) else { throw Misfit(line: 1, reason: "'\(key)' holds a non-value") }
                return text
            }
        default:
            guard let text = scalar(value) else { throw Misfit(line: 1, reason: "'\(key)' is not a list") }
            return MetadataExtractor.list(text)
        }
    }

    private func failureModes(_ value: FrontMatterValue) throws -> [FailureModeMatch] {
        guard case .array(let items) = value else { throw Misfit(line: 1, reason: "failure_modes is not a list") }
        return try items.map { item in
            guard case .table(let table) = item, let id = scalar(table["id"]) else {
                throw Misfit(line: 1, reason: "a failure mode has no id")
            }
            let score: Double
            switch table["score"] {
            case .double(let value): score = value
            case .int(let value): score = Double(value)
            case nil: score = 1
            default: throw Misfit(line: 1, reason: "a failure mode's score is not a number")
            }
            var evidence = ""
            if let written = table["evidence"] {
                guard let text = scalar(written) else {
                    throw Misfit(line: 1, reason: "a failure mode's evidence is not text")
                }
                evidence = text
            }
            return FailureModeMatch(id: FailureModeID(id), evidence: evidence, score: score)
        }
    }

    // MARK: - Body

    /// One `##` section: its heading as written, its lines and its top-level blocks.
    private struct Part {
        var heading: String
        var headingLine: Int
        /// The lines after the heading up to the next part, without blank lines at either end.
        var lines: ClosedRange<Int>?
        var blocks: [MarkdownNode]
        var isKept: Bool
    }

    private func readBody(into incident: inout Incident, findings: inout [Finding]) throws {
        let blocks = document.root.children
        guard let first = blocks.first, case .heading(let title) = first.kind, title.level == 1, !title.isSetext
        else { throw Misfit(line: 1, reason: "the body does not open with a # title") }
        let parts = try split(Array(blocks.dropFirst()))
        var position = -1
        for part in parts {
            if part.isKept {
                incident.sections.append(Section(heading: part.heading, markdown: text(of: part)))
                continue
            }
            let heading = part.heading.trimmingSpaces()
            guard let index = Self.order.firstIndex(of: heading), index > position else {
                throw Misfit(line: part.headingLine, reason: "'\(heading)' is not a canonical section here")
            }
            position = index
            try read(part, named: heading, into: &incident, findings: &findings)
        }
    }

    private static let order: [String] = {
        typealias Heading = CanonicalWriter.Heading
        return [
            Heading.summary, Heading.impact, Heading.timeline, Heading.rootCause, Heading.whys, Heading.actionItems,
            Heading.lessons, Heading.volumeMappings, Heading.procedure, Heading.troubleshooting,
        ]
    }()

    /// Splits the body at its top-level ATX `##` headings; after the kept-sections marker
    /// every part is kept.
    private func split(_ blocks: [MarkdownNode]) throws -> [Part] {
        var parts: [Part] = []
        var kept = false
        var current: Part?
        var preamble: [MarkdownNode] = []
        func close(before line: Int) {
            guard var part = current else { return }
            part.lines = contentLines(from: part.headingLine + 1, through: line - 1)
            parts.append(part)
            current = nil
        }
        for block in blocks {
            guard let range = block.range else { continue }
            if !kept, case .htmlBlock = block.kind,
                block.sourceText.trimmingWhitespace() == CanonicalWriter.keptSectionsMarker
            {
                close(before: range.start.line)
                kept = true
                continue
            }
            // The writer writes no other comment: notes to the author (the guidance of a report
            // fresh from `pm new`) are read by the legacy rules, which leave them out.
            if block.isCommentBlock {
                throw Misfit(line: range.start.line, reason: "an HTML comment: a note to the author")
            }
            if case .heading(let heading) = block.kind, heading.level == 2, !heading.isSetext {
                close(before: range.start.line)
                current = Part(
                    heading: headingText(line: range.start.line), headingLine: range.start.line, lines: nil,
                    blocks: [], isKept: kept)
                continue
            }
            if current == nil {
                preamble.append(block)
            } else {
                current?.blocks.append(block)
            }
        }
        close(before: document.lineCount + 1)
        if let stray = preamble.first {
            throw Misfit(line: stray.range?.start.line ?? 0, reason: "text outside any section")
        }
        return parts
    }

    /// A heading line's text after `##` and one space, as written.
    private func headingText(line: Int) -> String {
        let raw = document.source(lines: line...line).drop { $0 == " " }
        let text = raw.hasPrefix("## ") ? raw.dropFirst(3) : raw.dropFirst(2)
        return CanonicalText.readLine(String(text))
    }

    /// `from...through` without blank lines at either end; nil when nothing is left.
    private func contentLines(from: Int, through: Int) -> ClosedRange<Int>? {
        var first = from
        var last = through
        while first <= last, isBlank(first) { first += 1 }
        while last >= first, isBlank(last) { last -= 1 }
        return first <= last ? first...last : nil
    }

    private func isBlank(_ line: Int) -> Bool {
        document.source(lines: line...line).allSatisfy { $0 == " " || $0 == "\t" }
    }

    private func text(of part: Part) -> String {
        part.lines.map { document.source(lines: $0) } ?? ""
    }

    private func line(_ number: Int) -> String {
        document.source(lines: number...number)
    }

    // MARK: - Sections

    private func read(_ part: Part, named heading: String, into incident: inout Incident, findings: inout [Finding])
        throws
    {
        typealias Heading = CanonicalWriter.Heading
        switch heading {
        case Heading.summary:
            incident.summary = text(of: part)
        case Heading.impact:
            incident.impact = try impact(part)
        case Heading.timeline:
            incident.timeline = try timeline(part, date: incident.date, findings: &findings)
        case Heading.rootCause:
            try rootCause(part, into: &incident)
        case Heading.whys:
            incident.whys = try whys(part)
        case Heading.actionItems:
            incident.actionItems = try actionItems(part)
        case Heading.lessons:
            incident.lessons = try lessons(part)
        case Heading.volumeMappings:
            incident.volumeMappings = try volumeMappings(part)
        case Heading.procedure:
            incident.procedure = try numberedItems(onlyList(part))
        case Heading.troubleshooting:
            let rows = try table(part, header: CanonicalFormat.troubleshootingHeader)
            incident.troubleshooting = rows.cells.map { TroubleshootingEntry(symptom: $0[0], cause: $0[1], fix: $0[2]) }
        default:
            throw Misfit(line: part.headingLine, reason: "unknown section")
        }
    }

    private func impact(_ part: Part) throws -> Impact {
        var impact = Impact()
        var blocks = part.blocks[...]
        // Several lists when an item needed another bullet (see `CanonicalWriter.bulletList`).
        while let list = blocks.first, case .list(let kind) = list.kind, !kind.isOrdered {
            impact.items += try bulletItems(list)
            blocks = blocks.dropFirst()
        }
        if let node = blocks.first {
            let rows = try table(node, header: CanonicalFormat.metricsHeader)
            typealias Metric = CanonicalFormat.Metric
            var seconds: Int??
            for (index, row) in rows.cells.enumerated() {
                let value = row[1]
                switch row[0] {
                case Metric.usersAffected:
                    guard let users = Int(value) else { throw Misfit(line: rows.lines[index], reason: "not a count") }
                    impact.usersAffected = users
                case Metric.duration: impact.duration = value
                case Metric.durationSeconds:
                    guard value.isEmpty || Int(value) != nil else {
                        throw Misfit(line: rows.lines[index], reason: "not a number of seconds")
                    }
                    seconds = .some(Int(value))
                case Metric.availability: impact.availability = value
                case Metric.dataLoss: impact.dataLoss = value
                default: throw Misfit(line: rows.lines[index], reason: "unknown metric '\(row[0])'")
                }
            }
            impact.durationSeconds = seconds ?? CanonicalFormat.seconds(of: impact.duration)
            blocks = blocks.dropFirst()
        }
        if let stray = blocks.first { throw Misfit(line: stray.range?.start.line ?? 0, reason: "unexpected block") }
        return impact
    }

    private func timeline(_ part: Part, date: Day?, findings: inout [Finding]) throws -> [TimelineEvent] {
        guard part.blocks.count == 1, let node = part.blocks.first, let table = node.table else {
            throw Misfit(line: part.headingLine, reason: "the timeline is not one table")
        }
        let header = table.header.map { CanonicalText.readCell($0.markdown) }
        typealias Column = CanonicalFormat.Column
        let hasAt = header.count > 1 && header[1] == Column.at
        let fixed = [Column.time] + (hasAt ? [Column.at] : []) + [Column.event, Column.outcome]
        guard header.count >= fixed.count, Array(header.prefix(fixed.count)) == fixed else {
            throw Misfit(line: node.range?.start.line ?? 0, reason: "not the timeline's header")
        }
        let extraNames = header.dropFirst(fixed.count)
        var resolver = CanonicalTime.Resolver(date: date)
        var events: [TimelineEvent] = []
        for row in table.rows {
            let cells = row.map { CanonicalText.readCell($0.markdown) }
            let rowLine = row.first?.node.parent?.range?.start.line ?? 0
            let time = cells[0]
            let atCell = hasAt ? cells[1] : ""
            let resolved: CanonicalTime.Resolved
            if atCell.isEmpty {
                let (derived, readable) = resolver.resolve(time)
                if !readable {
                    findings.append(
                        Finding(
                            line: rowLine, column: 1, severity: .warning, rule: "timeline-time-unreadable",
                            message: "cannot read the time \"\(time)\" of this timeline row; write it like \"14:02\", "
                                + "\"Feb 20 14:02\" or \"??\""))
                }
                resolved = derived
            } else {
                guard let explicit = CanonicalTime.read(cell: atCell) else {
                    throw Misfit(line: rowLine, reason: "'\(atCell)' is not an At cell")
                }
                resolved = explicit
            }
            let outcomeCell = cells[fixed.count - 1]
            var outcome: Outcome?
            if !outcomeCell.isEmpty {
                guard let marker = CanonicalFormat.outcome(ofMarker: outcomeCell) else {
                    throw Misfit(line: rowLine, reason: "'\(outcomeCell)' is not an outcome marker")
                }
                outcome = marker
            }
            let extra = zip(extraNames, cells.dropFirst(fixed.count)).filter { !$0.1.isEmpty }
                .map { Field(name: $0.0, value: $0.1) }
            events.append(
                TimelineEvent(
                    time: time, at: resolved.at, end: resolved.end, precision: resolved.precision,
                    event: cells[fixed.count - 2], outcome: outcome, extra: extra))
        }
        return events
    }

    private func rootCause(_ part: Part, into incident: inout Incident) throws {
        let factorsHeading = part.blocks.firstIndex { block in
            guard case .heading(let heading) = block.kind, heading.level == 3, !heading.isSetext,
                let line = block.range?.start.line
            else { return false }
            return self.line(line).trimmingSpaces() == "### " + CanonicalWriter.Heading.contributingFactors
        }
        guard let factorsHeading, let headingLine = part.blocks[factorsHeading].range?.start.line else {
            incident.rootCause = text(of: part)
            return
        }
        let prose = contentLines(from: part.headingLine + 1, through: headingLine - 1)
        incident.rootCause = prose.map { document.source(lines: $0) }
        let rest = part.blocks[(factorsHeading + 1)...]
        guard rest.count == 1, let list = rest.first, case .list(let kind) = list.kind, kind.isOrdered else {
            throw Misfit(line: headingLine, reason: "contributing factors are not one numbered list")
        }
        incident.contributingFactors = try numberedItems(list)
    }

    private func whys(_ part: Part) throws -> [Why] {
        let list = try onlyList(part, ordered: true)
        var whys: [Why] = []
        for item in try itemLines(list, ordered: true) {
            let question = item.first
            guard question.count >= 4, question.hasPrefix("**"), question.hasSuffix("**") else {
                throw Misfit(line: item.line, reason: "a why's question is not in bold")
            }
            whys.append(
                Why(
                    question: CanonicalText.readLine(String(question.dropFirst(2).dropLast(2))),
                    answer: CanonicalText.readLine(item.rest.joined(separator: "\n"))))
        }
        return whys
    }

    private func actionItems(_ part: Part) throws -> [ActionItem] {
        let rows = try table(part, header: CanonicalFormat.actionHeader)
        return try rows.cells.enumerated().map { index, cells in
            var item = ActionItem(
                text: cells[0], owner: nonEmpty(cells[1]),
                priority: nonEmpty(cells[2]).map { Priority(parsing: $0) ?? Priority(label: $0, level: 2) },
                tracking: nonEmpty(cells[5]))
            if !cells[3].isEmpty { (item.status, item.statusLabel) = ActionTable.status(of: cells[3]) }
            if !cells[4].isEmpty {
                guard let due = Day(iso: cells[4]) else {
                    throw Misfit(line: rows.lines[index], reason: "due date is not YYYY-MM-DD")
                }
                item.due = due
            }
            return item
        }
    }

    private func lessons(_ part: Part) throws -> [Lesson] {
        var lessons: [Lesson] = []
        var kind: Lesson.Kind?
        var groupIsEmpty = false
        for block in part.blocks {
            let line = block.range?.start.line ?? 0
            switch block.kind {
            case .heading(let heading) where heading.level == 3 && !heading.isSetext:
                let text = self.line(line).trimmingSpaces()
                guard !groupIsEmpty, text.hasPrefix("### "),
                    let group = CanonicalFormat.lessonKind(ofGroup: String(text.dropFirst(4)))
                else { throw Misfit(line: line, reason: "not a lesson group heading") }
                kind = group
                groupIsEmpty = true
            case .list(let list) where !list.isOrdered:
                guard let kind else { throw Misfit(line: line, reason: "lessons outside a group") }
                lessons += try bulletItems(block).map { Lesson(text: $0, kind: kind) }
                groupIsEmpty = false
            default:
                throw Misfit(line: line, reason: "unexpected block among lessons")
            }
        }
        guard !groupIsEmpty else { throw Misfit(line: part.headingLine, reason: "a lesson group with no lessons") }
        return lessons
    }

    private func volumeMappings(_ part: Part) throws -> [VolumeMapping] {
        guard part.blocks.count == 1, let node = part.blocks.first, let table = node.table else {
            throw Misfit(line: part.headingLine, reason: "volume mappings are not one table")
        }
        let fixed = CanonicalFormat.volumeHeader
        let header = table.header.map { CanonicalText.readCell($0.markdown) }
        guard Array(header.prefix(fixed.count)) == fixed else {
            throw Misfit(line: node.range?.start.line ?? 0, reason: "not the volume mappings' header")
        }
        let extraNames = header.dropFirst(fixed.count)
        return try table.rows.map { row in
            let cells = row.map { CanonicalText.readCell($0.markdown) }
            guard let role = VolumeMapping.Role(rawValue: cells[4]) else {
                throw Misfit(line: row.first?.node.parent?.range?.start.line ?? 0, reason: "unknown role")
            }
            let extra = zip(extraNames, cells.dropFirst(fixed.count)).filter { !$0.1.isEmpty }
                .map { Field(name: $0.0, value: $0.1) }
            return VolumeMapping(
                app: cells[0], volume: nonEmpty(cells[1]), size: nonEmpty(cells[2]), claim: nonEmpty(cells[3]),
                role: role, dataRange: nonEmpty(cells[5]), extra: extra)
        }
    }

    // MARK: - Tables and lists

    /// A table's body cells, read; and the line of each row.
    private struct Rows {
        var cells: [[String]]
        var lines: [Int]
    }

    private func table(_ part: Part, header: [String]) throws -> Rows {
        guard part.blocks.count == 1, let node = part.blocks.first else {
            throw Misfit(line: part.headingLine, reason: "'\(part.heading)' is not one table")
        }
        return try table(node, header: header)
    }

    private func table(_ node: MarkdownNode, header expected: [String]) throws -> Rows {
        guard let table = node.table, table.header.map({ CanonicalText.readCell($0.markdown) }) == expected else {
            throw Misfit(line: node.range?.start.line ?? 0, reason: "not a table with the header \(expected)")
        }
        return Rows(
            cells: table.rows.map { row in row.map { CanonicalText.readCell($0.markdown) } },
            lines: table.rows.map { $0.first?.node.parent?.range?.start.line ?? 0 })
    }

    private func onlyList(_ part: Part, ordered: Bool = true) throws -> MarkdownNode {
        guard part.blocks.count == 1, let node = part.blocks.first, case .list(let list) = node.kind,
            list.isOrdered == ordered
        else { throw Misfit(line: part.headingLine, reason: "'\(part.heading)' is not one list") }
        return node
    }

    /// One list item's lines: the first without its marker, the rest without their indentation.
    private struct ItemLines {
        var line: Int
        var first: String
        var rest: [String]

        /// The item's value: its lines joined, read by ``CanonicalText/readLine(_:)``.
        var value: String { CanonicalText.readLine(([first] + rest).joined(separator: "\n")) }
    }

    /// The items of a list, read line by line from its source: a line with a marker at
    /// the margin starts an item, indented lines continue it (without the indentation),
    /// and blank lines inside an item are kept as empty lines.
    private func itemLines(_ list: MarkdownNode, ordered: Bool) throws -> [ItemLines] {
        guard let range = list.range?.lines else { return [] }
        var items: [ItemLines] = []
        var indent = ""
        var blanks = 0
        for number in range {
            let text = line(number)
            if let marker = Self.marker(of: text, ordered: ordered) {
                indent = String(repeating: " ", count: marker.count)
                items.append(ItemLines(line: number, first: String(text.dropFirst(marker.count)), rest: []))
                blanks = 0
            } else if !items.isEmpty, text.hasPrefix(indent) {
                items[items.count - 1].rest +=
                    Array(repeating: "", count: blanks) + [String(text.dropFirst(indent.count))]
                blanks = 0
            } else if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                blanks += 1
            } else if !items.isEmpty, text.hasPrefix(" ") {
                items[items.count - 1].rest += Array(repeating: "", count: blanks) + [text.trimmingSpaces()]
                blanks = 0
            } else {
                throw Misfit(line: number, reason: "a list line that is not an item")
            }
        }
        return items
    }

    /// The marker a list line starts with ("- ", "12. "), or nil.
    private static func marker(of line: String, ordered: Bool) -> String? {
        if !ordered {
            for marker in ["- ", "* "] where line.hasPrefix(marker) { return marker }
            return line == "-" || line == "*" ? line : nil
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
        let rest = after.dropFirst()
        if rest.isEmpty { return String(line) }
        return rest.first == " " ? String(line.prefix(digits.count + 2)) : nil
    }

    /// The items of a bullet list, each its lines joined.
    private func bulletItems(_ list: MarkdownNode) throws -> [String] {
        try itemLines(list, ordered: false).map(\.value)
    }

    /// The items of a numbered list, each its lines joined.
    private func numberedItems(_ list: MarkdownNode) throws -> [String] {
        try itemLines(list, ordered: true).map(\.value)
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
