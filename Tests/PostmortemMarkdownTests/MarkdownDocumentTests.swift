import PostmortemMarkdown
import Testing

@Suite("MarkdownDocument")
struct MarkdownDocumentTests {
    @Test("golden tree dumps", arguments: ["headings", "lists", "table", "code", "yaml", "toml"])
    func goldenTree(name: String) throws {
        let document = MarkdownDocument(parsing: try Golden.read("\(name).md"))
        try Golden.check(TreeDump.dump(document), against: "\(name).tree.txt")
    }
}
