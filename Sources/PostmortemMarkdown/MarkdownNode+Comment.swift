import PostmortemKit

extension MarkdownNode {
    /// Whether this is an HTML block made only of comments (`<!-- … -->`): a note to whoever
    /// edits the file, invisible to its readers, such as the guidance `pm new` writes under
    /// each heading of a new report. The importer does not read such blocks as content.
    public var isCommentBlock: Bool {
        guard case .htmlBlock(let html) = kind else { return false }
        var rest = Substring(html.trimmingWhitespace())
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard rest.hasPrefix("<!--"), let end = rest.dropFirst(4).firstRange(of: "-->") else { return false }
            rest = Substring(rest[end.upperBound...].trimmingWhitespace())
        }
        return true
    }
}
