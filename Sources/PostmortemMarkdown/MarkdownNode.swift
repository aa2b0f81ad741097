/// One node of a parsed Markdown document: a cheap, immutable view into the document.
///
/// Read what a node is from ``kind`` (with its facts as associated values), where it came
/// from from ``range``, and its text from ``plainText``. Walk a tree with a
/// ``MarkdownWalker`` rather than by hand. Nodes compare equal when they are the same node
/// of the same parsed document.
public struct MarkdownNode: Sendable, Hashable, Identifiable {
    let tree: MarkdownTree
    let index: Int

    init(tree: MarkdownTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    private var record: MarkdownTree.Record { tree.records[index] }

    /// The node's position in document order (the root is 0). Unique within one document.
    public var id: Int { index }

    /// What the node is.
    public var kind: Kind { record.kind }

    /// Where the node is in the original file (lines include any front matter), or nil
    /// for nodes cmark-gfm gives no position: soft and hard line breaks, and the empty
    /// cells it adds to short table rows.
    public var range: SourceRange? { record.range }

    /// The enclosing node, nil for the document.
    public var parent: MarkdownNode? {
        let parent = record.parent
        return parent >= 0 ? MarkdownNode(tree: tree, index: parent) : nil
    }

    /// The node's children in order.
    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = index + 1
        let end = record.end
        while child < end {
            result.append(MarkdownNode(tree: tree, index: child))
            child = tree.records[child].end
        }
        return result
    }

    /// The number of nodes under this one, at any depth.
    public var descendantCount: Int { record.end - index - 1 }

    /// The node's text without markup: the literals of its text and code spans, soft line
    /// breaks as spaces, hard line breaks as newlines, consecutive blocks separated by a
    /// newline and table cells in a row by a tab. Raw HTML contributes nothing.
    /// Costs one copy of the text, never a walk.
    public var plainText: String {
        let record = record
        return String(decoding: tree.plainText[record.plainStart..<record.plainEnd], as: UTF8.self)
    }

    /// Whether both are the same node of the same parsed document.
    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
        lhs.tree === rhs.tree && lhs.index == rhs.index
    }

    /// Hashes the node's identity (document and position), consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(tree))
        hasher.combine(index)
    }
}

extension MarkdownNode {
    /// The node's source text exactly as written, from its start to its end position
    /// (continuation lines keep their indentation and markers); "" for a node without a
    /// range.
    public var sourceText: String {
        range.map { tree.source.text(in: $0) } ?? ""
    }
}
