import PostmortemMarkdown
import Testing

@Suite("Robustness")
struct RobustnessTests {
    /// The deepest chain of nodes under `node`, found without recursion.
    private func depth(of node: MarkdownNode) -> Int {
        var deepest = 0
        var pending = [(node, 0)]
        while let (current, level) = pending.popLast() {
            deepest = max(deepest, level)
            pending.append(contentsOf: current.children.map { ($0, level + 1) })
        }
        return deepest
    }

    /// Counts nodes with the recursive walker API, to prove walking is safe.
    private struct Counter: MarkdownWalker {
        var count = 0
        mutating func defaultVisit(_ node: MarkdownNode) {
            count += 1
            for child in node.children {
                visit(child)
            }
        }
    }

    @Test(
        "10,000 levels of nesting: no crash, depth capped, text kept",
        arguments: [
            String(repeating: ">", count: 10_000) + " deep",
            String(repeating: "- ", count: 10_000) + "deep",
            String(repeating: "1. ", count: 10_000) + "deep",
            String(repeating: "> - ", count: 5_000) + "deep",
            String(repeating: "*a ", count: 10_000) + "deep" + String(repeating: "*", count: 10_000),
            String(repeating: "[", count: 10_000) + "deep" + String(repeating: "](u)", count: 10_000),
        ])
    func deepNesting(markdown: String) {
        let document = MarkdownDocument(parsing: markdown)
        #expect(depth(of: document.root) <= MarkdownDocument.maximumNestingDepth + 1)
        #expect(document.root.plainText.contains("deep"))
        var counter = Counter()
        counter.visit(document.root)
        #expect(counter.count == document.root.descendantCount + 1)
    }

    @Test("nesting past the limit is reported; ordinary nesting is not")
    func nestingFlag() {
        #expect(MarkdownDocument(parsing: String(repeating: ">", count: 10_000) + " x").exceedsNestingLimit)
        #expect(!MarkdownDocument(parsing: "> > - x").exceedsNestingLimit)
    }

    @Test("a table with 10,000 columns")
    func wideTable() throws {
        let columns = 10_000
        let header = "|" + (0..<columns).map { "c\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + Array(repeating: ":-:", count: columns).joined(separator: "|") + "|"
        let row = "|" + (0..<columns).map { "`v\($0)`" }.joined(separator: "|") + "|"
        let document = MarkdownDocument(parsing: [header, delimiter, row, "| short |"].joined(separator: "\n"))
        let table = try #require(document.root.children.first?.table)
        #expect(table.columnCount == columns)
        #expect(table.alignments.allSatisfy { $0 == .center })
        #expect(table.header.count == columns)
        #expect(table.header.last?.text == "c9999")
        #expect(table.rows.count == 2)
        #expect(table.rows[0].last?.markdown == "`v9999`")
        #expect(table.rows[0].last?.text == "v9999")
        #expect(table.rows[1].count == columns)
        #expect(table.rows[1].first?.text == "short")
    }

    @Test("NUL bytes become U+FFFD in the tree and stay verbatim in the source")
    func nulBytes() {
        let document = MarkdownDocument(parsing: "# a\u{0}b\n\nc\u{0}")
        #expect(document.root.plainText == "a\u{FFFD}b\nc\u{FFFD}")
        #expect(document.source(lines: 1...1) == "# a\u{0}b")
    }

    @Test("a 50 MB document parses")
    func fiftyMegabytes() {
        let paragraph = String(repeating: "The primary ran out of disk because WAL archiving stalled. ", count: 60)
        let chunk = "## Section\n\n\(paragraph)\n\n- item *one*\n- item `two`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        let count = 50 * 1024 * 1024 / chunk.utf8.count + 1
        let text = String(repeating: chunk, count: count)
        #expect(text.utf8.count >= 50 * 1024 * 1024)
        let document = MarkdownDocument(parsing: text)
        #expect(document.root.children.count == count * 4)
        #expect(document.lineCount == count * 11)
        #expect(document.root.children.last?.range?.end.line == count * 11 - 1)
    }

    @Test("empty and blank input")
    func empty() {
        let document = MarkdownDocument(parsing: "")
        #expect(document.root.kind == .document)
        #expect(document.root.children.isEmpty)
        #expect(document.lineCount == 0)
        #expect(document.source(lines: 1...3) == "")
        #expect(MarkdownDocument(parsing: "\n\n  \n").root.children.isEmpty)
    }
}
