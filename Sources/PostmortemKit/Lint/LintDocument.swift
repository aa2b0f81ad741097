/// What a lint rule reads: one incident, the path its findings are reported against and,
/// when known, the text it was read from, so findings point at a line and column.
public struct LintDocument: Sendable, Equatable {
    public var incident: Incident
    /// A file's path as given, or for a stored incident its source path when known, else its id.
    public var path: String
    /// The text the incident was read from; nil for a stored incident whose file is gone or
    /// has changed since. Without it, findings are about the whole document (`path:1:1`).
    public var source: LintSource?
    /// The incident's text, piece by piece, in document order of its parts.
    public let texts: [LintText]
    /// Where the incident's own text begins in `source` (its title's line; 1 when not found):
    /// an incident log holds several incidents, and each is looked for from its own start.
    private let firstLine: Int

    public init(incident: Incident, path: String, source: LintSource? = nil) {
        self.incident = incident
        self.path = path
        self.source = source
        self.texts = LintDocument.texts(of: incident)
        self.firstLine = source?.position(of: incident.title.trimmingSpaces())?.line ?? 1
    }

    /// The incident's title in the source, for findings about something the incident lacks
    /// (an incident log has several); the whole document when there is no source.
    public var head: LintPosition {
        guard source != nil else { return .document }
        return source?.position(of: incident.title.trimmingSpaces(), from: firstLine)
            ?? LintPosition(line: 1, column: 1)
    }

    /// Whether the importer kept a section of one of `kinds` with some text in it (a prose
    /// "Impact" paragraph is kept as a section rather than read into impact items).
    public func hasKeptSection(of kinds: Set<SectionKind>) -> Bool {
        incident.sections.contains { section in
            kinds.contains(SectionClassifier.classify(section.heading).kind) && Prose.hasWords(section.markdown)
        }
    }

    /// Where the whole of `text` is in the source (see ``position(of:in:)``).
    public func position(of text: LintText) -> LintPosition {
        position(of: text.text.startIndex..<text.text.endIndex, in: text)
    }

    /// Where `range` of `text` is in the source: the line of `text` holding it is looked
    /// for whole first (after the text's anchor, if any), then shorter stretches starting
    /// at the range, then the range's own text. The whole document when nothing is found.
    public func position(of range: Range<String.Index>, in text: LintText) -> LintPosition {
        guard let source else { return .document }
        let whole = text.text
        let lineStart =
            whole[..<range.lowerBound].lastIndex(where: LintSource.isLineBreak).map { whole.index(after: $0) }
            ?? whole.startIndex
        let lineEnd = whole[range.lowerBound...].firstIndex(where: LintSource.isLineBreak) ?? whole.endIndex
        let end = min(range.upperBound, lineEnd)
        var from = firstLine
        if let anchor = text.anchor, let line = anchorLine(anchor, in: source) { from = line }
        let column = { (fragmentStart: String.Index) in
            whole.utf8.distance(from: fragmentStart, to: range.lowerBound)
        }
        // The whole line, less surrounding spaces.
        let lineText = whole[lineStart..<lineEnd]
        let trimmedStart = lineText.firstIndex { !$0.isWhitespace } ?? range.lowerBound
        let trimmedEnd = lineText.lastIndex { !$0.isWhitespace }.map { whole.index(after: $0) } ?? end
        if trimmedStart <= range.lowerBound, trimmedEnd >= end,
            let found = find(String(whole[trimmedStart..<trimmedEnd]), in: source, from: from)
        {
            return LintPosition(line: found.line, column: found.column + column(trimmedStart))
        }
        // From the range towards the end of its line, shortened word by word: the importer
        // may have joined wrapped lines or added a column ("(Type: detect)") to the text.
        let lineTail = max(trimmedEnd, end)
        let shortest = whole[range.lowerBound..<lineTail].prefix(24).endIndex
        var stretchEnd = lineTail
        while stretchEnd > min(end, shortest) {
            if let found = find(String(whole[range.lowerBound..<stretchEnd]), in: source, from: from) {
                return found
            }
            stretchEnd = whole[range.lowerBound..<stretchEnd].dropLast().lastIndex { $0 == " " } ?? range.lowerBound
        }
        return find(String(whole[range.lowerBound..<end]), in: source, from: from) ?? .document
    }

    /// The position of the first occurrence of `fragment` in the incident's part of the
    /// source, or anywhere in it.
    private func find(_ fragment: String, in source: LintSource, from: Int) -> LintPosition? {
        source.position(of: fragment, from: from) ?? source.position(of: fragment)
    }

    private func anchorLine(_ anchor: String, in source: LintSource) -> Int? {
        let firstLineOfAnchor =
            anchor.split(whereSeparator: LintSource.isLineBreak).first.map { $0.trimmingSpaces() } ?? ""
        return find(firstLineOfAnchor, in: source, from: firstLine)?.line
    }
}
