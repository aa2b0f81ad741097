/// The immutable storage behind a document's nodes.
///
/// Nodes live in one array in document (pre-)order: a node's descendants are the records
/// that follow it up to its `end`. Nothing points from parent to child, so no depth of
/// nesting can make building, walking the storage or freeing it recurse.
final class MarkdownTree: Sendable {
    /// One node as stored.
    struct Record: Sendable {
        var kind: MarkdownNode.Kind
        var range: SourceRange?
        /// The parent's index, or -1 for the root.
        var parent: Int
        /// The index just past this node's last descendant.
        var end: Int
        /// This node's slice of `plainText`, in bytes.
        var plainStart: Int
        var plainEnd: Int
    }

    let source: SourceText
    let records: [Record]
    /// The plain text of the whole document; each node's plain text is a slice of it.
    let plainText: [UInt8]

    init(source: SourceText, records: [Record], plainText: [UInt8]) {
        self.source = source
        self.records = records
        self.plainText = plainText
    }

    /// A tree with an empty document node only.
    static func empty(source: SourceText) -> MarkdownTree {
        MarkdownTree(
            source: source,
            records: [Record(kind: .document, range: nil, parent: -1, end: 1, plainStart: 0, plainEnd: 0)],
            plainText: []
        )
    }
}
