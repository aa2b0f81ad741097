import PostmortemMarkdown
import Testing

@Suite("MarkdownNode and source lines")
struct MarkdownNodeTests {
    private let text = "# Title\r\n\r\nOne *two*\r\nthree  \r\nfour\r\n\r\n```\r\ncode\r\n```\r\n"

    @Test("plain text keeps the spaces cmark-gfm strips from a padded code span")
    func paddedCodeSpan() {
        let document = MarkdownDocument(parsing: "the toml` Secret `admin and `x`y ` z`\n")
        // "` Secret `" keeps its spaces; "`x`y" stays joined as written; "` z`" is not padded.
        #expect(document.root.plainText == "the toml Secret admin and xy  z")
    }

    @Test("plain text: soft breaks as spaces, hard breaks as newlines, blocks on their own lines")
    func plainText() throws {
        let document = MarkdownDocument(parsing: text)
        #expect(document.root.plainText == "Title\nOne two three\nfour\ncode")
        let paragraph = try #require(document.root.children.dropFirst().first)
        #expect(paragraph.kind == .paragraph)
        #expect(paragraph.plainText == "One two three\nfour")
    }

    @Test("parents, children, ids and equality")
    func structure() throws {
        let document = MarkdownDocument(parsing: text)
        let root = document.root
        #expect(root.parent == nil)
        #expect(root.id == 0)
        let heading = try #require(root.children.first)
        #expect(heading.kind == .heading(MarkdownNode.Heading(level: 1, isSetext: false)))
        #expect(heading.parent == root)
        let title = try #require(heading.children.first)
        #expect(title.kind == .text("Title"))
        #expect(title.parent == heading)
        #expect(title.id == 2)
        #expect(root.children.map(\.id) == [1, 3, 11])
        #expect(heading != MarkdownDocument(parsing: text).root.children.first)
    }

    @Test("source(lines:) is verbatim, clamped, CRLF kept between lines")
    func sourceLines() {
        let document = MarkdownDocument(parsing: text)
        #expect(document.lineCount == 9)
        #expect(document.source(lines: 3...5) == "One *two*\r\nthree  \r\nfour")
        #expect(document.source(lines: 0...1) == "# Title")
        #expect(document.source(lines: 9...20) == "```")
        #expect(document.source(lines: 10...20) == "")
        let mixed = MarkdownDocument(parsing: "a\rb\nc\r\nd")
        #expect(mixed.lineCount == 4)
        #expect(mixed.source(lines: 1...4) == "a\rb\nc\r\nd")
        #expect(mixed.source(lines: 2...3) == "b\nc")
    }

    @Test("a node's range selects its lines from the source")
    func rangeToSource() throws {
        let document = MarkdownDocument(parsing: text)
        let code = try #require(document.root.children.last)
        let range = try #require(code.range)
        #expect(document.source(lines: range.lines) == "```\r\ncode\r\n```")
    }
}

@Suite("Concurrent parsing")
struct ConcurrentParsingTests {
    @Test("documents parse and render concurrently (extension registration is guarded)")
    func concurrent() async {
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let document = MarkdownDocument(parsing: "| n |\n|---|\n| \(index) |\n\n- [x] ~~done~~")
                    let html = MarkdownHTML.render("~~\(index)~~")
                    return (document.root.children.count, document.root.plainText + " " + html)
                }
            }
            var results: [(Int, String)] = []
            for await result in group {
                results.append(result)
            }
            return results
        }
        #expect(results.count == 64)
        for index in 0..<64 {
            #expect(results.contains { $0 == (2, "n\n\(index)\ndone <p><del>\(index)</del></p>\n") })
        }
    }
}
