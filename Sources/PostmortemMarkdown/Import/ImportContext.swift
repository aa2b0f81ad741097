import PostmortemKit

/// What the extractors of one incident share: the parsed document, the date parser that
/// knows the document's own date, and the findings so far.
struct ImportContext {
    let document: MarkdownDocument
    var findings: [Finding] = []
    /// Resolves year-less and weekday times against the incident's date.
    var dates: DateParser.Context
    /// Day-first or month-first for numeric dates, from the document's language when known.
    var order: DateOrder?
    /// The incident's top-level blocks (all of its segments), for extractors that weigh a
    /// section against the rest of the incident.
    var incidentBlocks: [MarkdownNode] = []
    /// Whether the front matter named the title (it then wins over a `Title:` line).
    var titleFromFrontMatter = false

    init(document: MarkdownDocument, order: DateOrder? = nil) {
        self.document = document
        self.order = order
        self.dates = DateParser.Context(referenceDay: nil, order: order)
    }

    /// Makes `day` the reference for year-less and weekday times.
    mutating func setReferenceDay(_ day: Day?) {
        dates = DateParser.Context(referenceDay: day, order: order)
    }

    mutating func add(
        _ severity: Finding.Severity, rule: String, _ message: String, at node: MarkdownNode? = nil
    ) {
        let position = node?.range?.start
        findings.append(
            Finding(
                line: position?.line ?? 0, column: position?.column ?? 0, severity: severity, rule: rule,
                message: message))
    }

    /// The verbatim Markdown of consecutive runs of `blocks`: whole source lines from the
    /// first block's first line to the last block's last line, runs separated by a blank line.
    func markdown(of blocks: [MarkdownNode]) -> String {
        var runs: [String] = []
        var current: ClosedRange<Int>?
        for block in blocks {
            guard let lines = block.range?.lines else { continue }
            if let open = current, lines.lowerBound <= open.upperBound + 2 {
                current = open.lowerBound...max(open.upperBound, lines.upperBound)
            } else {
                if let open = current { runs.append(document.source(lines: open)) }
                current = lines
            }
        }
        if let open = current { runs.append(document.source(lines: open)) }
        return runs.map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The inline Markdown of a paragraph, heading or list item, on one line: its source
    /// with list markers, task boxes and line breaks folded away.
    func inlineMarkdown(of node: MarkdownNode) -> String {
        InlineText.fold(node.sourceText, isListItem: { if case .listItem = node.kind { true } else { false } }())
    }
}

/// Folding block source into one line of inline Markdown.
enum InlineText {
    /// Joins the lines of `source` with single spaces; for a list item, drops its marker
    /// ("- ", "1. ", "* [x] ").
    static func fold(_ source: String, isListItem: Bool) -> String {
        var lines = source.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
        if isListItem, let first = lines.first {
            lines[0] = dropListMarker(first)
        }
        return lines.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func dropListMarker(_ line: String) -> String {
        var text = Substring(line)
        if let marker = text.first, "-*+".contains(marker) {
            text = text.dropFirst()
        } else {
            let digits = text.prefix(while: \.isNumber)
            if !digits.isEmpty, digits.count <= 9, let next = text.dropFirst(digits.count).first,
                next == "." || next == ")"
            {
                text = text.dropFirst(digits.count + 1)
            }
        }
        text = text.drop(while: { $0 == " " || $0 == "\t" })
        for box in ["[ ]", "[x]", "[X]"] where text.hasPrefix(box) {
            text = text.dropFirst(box.count).drop(while: { $0 == " " })
        }
        return String(text)
    }
}
