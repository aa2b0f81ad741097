/// One piece of an incident's text that a rule reads: the summary, a timeline event, an
/// action item, a kept section, a metadata value.
public struct LintText: Sendable, Equatable {
    /// What kind of text this is, for rules that read only some.
    public enum Role: String, Sendable, CaseIterable {
        /// Written about the incident: title, summary, timeline, root cause, whys, impact,
        /// action items, lessons, procedure, troubleshooting, kept sections.
        case narrative
        /// A value beside a label: front matter, `**Label:** value` lines, extra table columns.
        case metadata
        /// The authors, as the document lists them.
        case author
        /// The owner of an action item.
        case owner
    }

    /// Where the text is, for messages: "the summary", "timeline event 3", "section 'Contact'".
    public var part: String
    public var text: String
    public var role: Role
    /// The label of a metadata value ("Reported by"); nil for other roles.
    public var label: String?
    /// Text found in the source before this one is looked for, so a short text (an owner)
    /// is found on its own line (the action item's) rather than wherever it first appears.
    public var anchor: String?

    public init(part: String, text: String, role: Role = .narrative, label: String? = nil, anchor: String? = nil) {
        self.part = part
        self.text = text
        self.role = role
        self.label = label
        self.anchor = anchor
    }

    /// The stretches of `text` that are code: fenced blocks and inline code spans. Language
    /// rules skip them (a log line saying "failed to" blames nobody); personal-data rules do not.
    public var codeRanges: [Range<String.Index>] { CodeSpans.ranges(in: text) }

    /// The ranges of `text` outside code, for rules that read prose only.
    public var proseRanges: [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        for code in codeRanges {
            if start < code.lowerBound { result.append(start..<code.lowerBound) }
            start = max(start, code.upperBound)
        }
        if start < text.endIndex { result.append(start..<text.endIndex) }
        return result
    }
}

/// Finds code in Markdown text: fenced blocks (``` or ~~~, to the closing fence or the end)
/// and inline spans (a run of backticks to the next run of the same length).
enum CodeSpans {
    static func ranges(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var lineStart = text.startIndex
        var fence: (marker: Character, count: Int, start: String.Index)?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: LintSource.isLineBreak) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if let open = fence {
                let run = trimmed.prefix { $0 == open.marker }.count
                if run >= open.count, trimmed.dropFirst(run).allSatisfy(\.isWhitespace) {
                    result.append(open.start..<lineEnd)
                    fence = nil
                }
            } else if let marker = trimmed.first, marker == "`" || marker == "~" {
                let run = trimmed.prefix { $0 == marker }.count
                if run >= 3 {
                    fence = (marker, run, lineStart)
                } else {
                    result += inlineSpans(in: line)
                }
            } else {
                result += inlineSpans(in: line)
            }
            lineStart = next
        }
        if let open = fence { result.append(open.start..<text.endIndex) }
        return result
    }

    private static func inlineSpans(in line: Substring) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "`") {
            let run = line[open...].prefix { $0 == "`" }.count
            let afterOpen = line.index(open, offsetBy: run)
            var search = afterOpen
            var closed = false
            while let close = line[search...].firstIndex(of: "`") {
                let closeRun = line[close...].prefix { $0 == "`" }.count
                let afterClose = line.index(close, offsetBy: closeRun)
                if closeRun == run {
                    result.append(open..<afterClose)
                    index = afterClose
                    closed = true
                    break
                }
                search = afterClose
            }
            if !closed { index = afterOpen }
        }
        return result
    }
}
