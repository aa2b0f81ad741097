import PostmortemMarkdown

/// A plain-text dump of a parsed document, one node per line with its range, for golden
/// files. Written as a `MarkdownWalker`, so it exercises the walker too.
struct TreeDump: MarkdownWalker {
    private(set) var lines: [String] = []
    private var depth = 0

    static func dump(_ document: MarkdownDocument) -> String {
        var dump = TreeDump()
        if let frontMatter = document.frontMatter {
            dump.lines.append(
                "front matter \(frontMatter.format.rawValue) lines \(frontMatter.lines.lowerBound)-"
                    + "\(frontMatter.lines.upperBound)")
            for entry in frontMatter.fields.entries {
                dump.lines.append("  \(entry.key) = \(describe(entry.value))")
            }
        }
        if let problem = document.frontMatterProblem {
            dump.lines.append("front matter problem \(problem)")
        }
        dump.visit(document.root)
        return dump.lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ value: FrontMatterValue) -> String {
        switch value {
        case .string(let string): "string(\(String(reflecting: string)))"
        case .int(let int): "int(\(int))"
        case .double(let double): "double(\(double))"
        case .bool(let bool): "bool(\(bool))"
        case .date(let date): "date(\(date))"
        case .null: "null"
        case .array(let values): "[" + values.map(describe).joined(separator: ", ") + "]"
        case .table(let table):
            "{" + table.entries.map { "\($0.key) = \(describe($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    private mutating func line(_ node: MarkdownNode, _ text: String) {
        let range = node.range.map { " \($0)" } ?? ""
        lines.append(String(repeating: "  ", count: depth) + text + range)
        depth += 1
        defaultVisit(node)
        depth -= 1
    }

    mutating func visitDocument(_ node: MarkdownNode) { line(node, "document") }
    mutating func visitBlockQuote(_ node: MarkdownNode) { line(node, "blockQuote") }
    mutating func visitList(_ node: MarkdownNode, _ list: MarkdownNode.List) {
        let order = list.start.map { "ordered start \($0)" } ?? "bullet"
        line(node, "list \(order) '\(list.delimiter.rawValue)' \(list.isTight ? "tight" : "loose")")
    }
    mutating func visitListItem(_ node: MarkdownNode, _ checkbox: MarkdownNode.Checkbox?) {
        line(node, checkbox.map { "item [\($0.rawValue)]" } ?? "item")
    }
    mutating func visitCodeBlock(_ node: MarkdownNode, _ codeBlock: MarkdownNode.CodeBlock) {
        let style = codeBlock.isFenced ? "fenced" : "indented"
        line(
            node,
            "codeBlock \(style) info \(String(reflecting: codeBlock.info)) \(String(reflecting: codeBlock.literal))")
    }
    mutating func visitHTMLBlock(_ node: MarkdownNode, _ html: String) {
        line(node, "htmlBlock \(String(reflecting: html))")
    }
    mutating func visitParagraph(_ node: MarkdownNode) { line(node, "paragraph") }
    mutating func visitHeading(_ node: MarkdownNode, _ heading: MarkdownNode.Heading) {
        line(
            node,
            "heading \(heading.level) \(heading.isSetext ? "setext" : "atx") \(String(reflecting: node.plainText))")
    }
    mutating func visitThematicBreak(_ node: MarkdownNode) { line(node, "thematicBreak") }
    mutating func visitTable(_ node: MarkdownNode, _ alignments: [MarkdownNode.TableAlignment]) {
        line(node, "table \(alignments.count) columns [\(alignments.map(\.rawValue).joined(separator: ", "))]")
    }
    mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool) { line(node, isHeader ? "headerRow" : "row") }
    mutating func visitTableCell(_ node: MarkdownNode) { line(node, "cell") }
    mutating func visitText(_ node: MarkdownNode, _ text: String) { line(node, "text \(String(reflecting: text))") }
    mutating func visitSoftBreak(_ node: MarkdownNode) { line(node, "softBreak") }
    mutating func visitLineBreak(_ node: MarkdownNode) { line(node, "lineBreak") }
    mutating func visitInlineCode(_ node: MarkdownNode, _ code: String) {
        line(node, "inlineCode \(String(reflecting: code))")
    }
    mutating func visitInlineHTML(_ node: MarkdownNode, _ html: String) {
        line(node, "inlineHTML \(String(reflecting: html))")
    }
    mutating func visitEmphasis(_ node: MarkdownNode) { line(node, "emphasis") }
    mutating func visitStrong(_ node: MarkdownNode) { line(node, "strong") }
    mutating func visitStrikethrough(_ node: MarkdownNode) { line(node, "strikethrough") }
    mutating func visitLink(_ node: MarkdownNode, _ link: MarkdownNode.Link) {
        line(node, "link \(String(reflecting: link.destination)) title \(String(reflecting: link.title))")
    }
    mutating func visitImage(_ node: MarkdownNode, _ image: MarkdownNode.Link) {
        line(node, "image \(String(reflecting: image.destination)) title \(String(reflecting: image.title))")
    }
    mutating func visitOther(_ node: MarkdownNode, _ typeName: String) { line(node, "other \(typeName)") }
}
