import PostmortemMarkdown
import Testing

@Suite("MarkdownWalker")
struct MarkdownWalkerTests {
    /// Records every kind it visits, in order, by descending everywhere.
    private struct KindRecorder: MarkdownWalker {
        var visited: [String] = []
        mutating func defaultVisit(_ node: MarkdownNode) {
            visited.append(Self.name(node.kind))
            for child in node.children {
                visit(child)
            }
        }
        static func name(_ kind: MarkdownNode.Kind) -> String {
            switch kind {
            case .document: "document"
            case .heading: "heading"
            case .paragraph: "paragraph"
            case .text: "text"
            case .emphasis: "emphasis"
            case .link: "link"
            case .blockQuote: "blockQuote"
            case .list: "list"
            case .listItem: "listItem"
            case .softBreak: "softBreak"
            default: "other"
            }
        }
    }

    /// Collects headings and link destinations, and skips block quotes entirely.
    private struct Collector: MarkdownWalker {
        var headings: [String] = []
        var links: [String] = []
        var texts: [String] = []
        mutating func visitHeading(_ node: MarkdownNode, _ heading: MarkdownNode.Heading) {
            headings.append("\(heading.level):\(node.plainText)")
            defaultVisit(node)
        }
        mutating func visitLink(_ node: MarkdownNode, _ link: MarkdownNode.Link) {
            links.append(link.destination)
        }
        mutating func visitText(_ node: MarkdownNode, _ text: String) {
            texts.append(text)
        }
        mutating func visitBlockQuote(_ node: MarkdownNode) {}
    }

    private let markdown = """
        # One *two*

        See [the runbook](https://example.com/rb) now.

        > Quoted [hidden](https://example.com/hidden) text

        - item
        """

    @Test("visits every node in document order through defaultVisit")
    func visitsInOrder() {
        var recorder = KindRecorder()
        recorder.visit(MarkdownDocument(parsing: markdown).root)
        #expect(
            recorder.visited == [
                "document", "heading", "text", "emphasis", "text",
                "paragraph", "text", "link", "text", "text",
                "blockQuote", "paragraph", "text", "link", "text", "text",
                "list", "listItem", "paragraph", "text",
            ])
    }

    @Test("visit<Kind> overrides get the kind's facts, and not descending skips children")
    func overridesAndSkipping() {
        var collector = Collector()
        collector.visit(MarkdownDocument(parsing: markdown).root)
        #expect(collector.headings == ["1:One two"])
        // The link's own text is not visited (visitLink does not descend), the quote is skipped.
        #expect(collector.links == ["https://example.com/rb"])
        #expect(collector.texts == ["One ", "two", "See ", " now.", "item"])
    }
}
