import PostmortemMarkdown
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    private typealias Entry = FrontMatterTable.Entry

    @Test("YAML front matter decodes in order, with types, and offsets the body's lines")
    func yaml() {
        let document = MarkdownDocument(parsing: "---\r\nid: INC-7\r\nlist:\r\n  - 1\r\n  - x\r\n---\r\n# Title\r\n")
        let expected = FrontMatter(
            format: .yaml,
            raw: "id: INC-7\r\nlist:\r\n  - 1\r\n  - x",
            lines: 1...6,
            fields: FrontMatterTable([
                Entry(key: "id", value: .string("INC-7")),
                Entry(key: "list", value: .array([.int(1), .string("x")])),
            ])
        )
        #expect(document.frontMatter == expected)
        #expect(document.frontMatterProblem == nil)
        #expect(
            document.root.children.first?.range
                == SourceRange(start: .init(line: 7, column: 1), end: .init(line: 7, column: 7)))
    }

    @Test("TOML front matter: strings, numbers, dates, arrays, inline and [table] keys")
    func toml() {
        let toml = """
            +++
            a = "tab\\tquote\\" \\u00e9"
            b = '''
            raw \\n
            lines'''
            c = \"\"\"
            one \\
              two\"\"\"
            hex = 0xff
            big = 1_000
            neg = -17
            exp = 6.02e23
            inf = -inf
            when = 1979-05-27 07:32:00-08:00
            day = 1979-05-27
            time = 07:32:00
            nested = [[1, 2], ["x"]]
            point = { x = 1, y.z = "deep" }
            [server.main]
            port = 8080 # comment
            +++
            body
            """
        let document = MarkdownDocument(parsing: toml)
        #expect(document.frontMatterProblem == nil)
        #expect(
            document.frontMatter?.fields
                == FrontMatterTable([
                    Entry(key: "a", value: .string("tab\tquote\" é")),
                    Entry(key: "b", value: .string("raw \\n\nlines")),
                    Entry(key: "c", value: .string("one two")),
                    Entry(key: "hex", value: .int(255)),
                    Entry(key: "big", value: .int(1000)),
                    Entry(key: "neg", value: .int(-17)),
                    Entry(key: "exp", value: .double(6.02e23)),
                    Entry(key: "inf", value: .double(-.infinity)),
                    Entry(key: "when", value: .date("1979-05-27 07:32:00-08:00")),
                    Entry(key: "day", value: .date("1979-05-27")),
                    Entry(key: "time", value: .date("07:32:00")),
                    Entry(key: "nested", value: .array([.array([.int(1), .int(2)]), .array([.string("x")])])),
                    Entry(
                        key: "point",
                        value: .table(
                            FrontMatterTable([
                                Entry(key: "x", value: .int(1)), Entry(key: "y.z", value: .string("deep")),
                            ]))),
                    Entry(key: "server.main.port", value: .int(8080)),
                ]))
        #expect(document.frontMatter?.lines == 1...21)
        #expect(document.root.children.first?.range?.start == SourcePosition(line: 22, column: 1))
    }

    @Test(
        "bad front matter becomes a problem with its position, never an error",
        arguments: [
            (
                "---\ntitle: ok\nbad: [unclosed\n---\n", 4, 1,
                "invalid YAML front matter: did not find expected ',' or ']'"
            ),
            (
                "---\na: 1\n  b: 2\n---\n", 3, 4,
                "invalid YAML front matter: mapping values are not allowed in this context"
            ),
            (
                "---\n- just\n- a list\n---\n", 2, 1,
                "YAML front matter must be a mapping of keys to values (key: value lines)"
            ),
            ("---\na: 1\na: 2\n---\n", 2, 1, "YAML front matter repeats the key a; keep one"),
            (
                "+++\ntitle = unquoted words\n+++\n", 2, 9,
                "invalid TOML front matter: 'unquoted' is not a TOML value (quote strings)"
            ),
            ("+++\na = 1\na = 2\n+++\n", 3, 6, "invalid TOML front matter: the key 'a' is defined twice"),
            (
                "+++\n[[items]]\nx = 1\n+++\n", 2, 1,
                "invalid TOML front matter: arrays of tables ([[name]]) are not supported in front matter"
            ),
            ("+++\ns = \"open\n+++\n", 2, 5, "invalid TOML front matter: the string is not closed"),
            ("+++\na = [1, 2\nb = 3\n+++\n", 3, 1, "invalid TOML front matter: expected ',' or ']' in the array"),
        ])
    func problems(text: String, line: Int, column: Int, message: String) {
        let document = MarkdownDocument(parsing: text + "# Body\n")
        #expect(document.frontMatterProblem == FrontMatterProblem(line: line, column: column, message: message))
        #expect(document.frontMatter?.fields == FrontMatterTable())
        #expect(document.frontMatter?.raw.isEmpty == false)
        #expect(document.root.children.first?.plainText == "Body")
    }

    /// Nine levels of nine aliases each: 9^9 strings if expanded.
    private static func billionLaughs(blockStyle: Bool) -> String {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var yaml = "---\n"
        var previous = ""
        for name in names {
            let items = Array(repeating: previous.isEmpty ? "\"lol\"" : "*\(previous)", count: 9)
            if blockStyle {
                yaml += "\(name): &\(name)\n" + items.map { "  - \($0)\n" }.joined()
            } else {
                yaml += "\(name): &\(name) [\(items.joined(separator: ","))]\n"
            }
            previous = name
        }
        return yaml + "---\nbody\n"
    }

    @Test("YAML billion laughs is refused as a problem, quickly", arguments: [(false, 4, 29), (true, 30, 5)])
    func billionLaughs(blockStyle: Bool, line: Int, column: Int) {
        let document = MarkdownDocument(parsing: Self.billionLaughs(blockStyle: blockStyle))
        #expect(
            document.frontMatterProblem
                == FrontMatterProblem(
                    line: line,
                    column: column,
                    message: "YAML front matter uses more than 16 aliases (*name); it was not decoded, "
                        + "as aliases can expand without bound. Write the values out instead"
                ))
        #expect(document.frontMatter?.fields.isEmpty == true)
        #expect(document.root.plainText == "body")
    }

    @Test("a few YAML aliases are fine and expand")
    func fewAliases() {
        let document = MarkdownDocument(parsing: "---\nbase: &b [1, 2]\ncopy: *b\n---\n")
        #expect(document.frontMatterProblem == nil)
        #expect(document.frontMatter?.fields["copy"] == .array([.int(1), .int(2)]))
    }

    @Test("deeply nested YAML is refused, not a stack overflow")
    func deepYAML() {
        let deep =
            "---\na: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n"
        let document = MarkdownDocument(parsing: deep)
        #expect(
            document.frontMatterProblem?.message == "YAML front matter nests deeper than 64 levels; it was not decoded")
    }

    @Test("deeply nested TOML is refused, not a stack overflow")
    func deepTOML() {
        let deep =
            "+++\na = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n+++\n"
        let document = MarkdownDocument(parsing: deep)
        #expect(
            document.frontMatterProblem?.message
                == "invalid TOML front matter: arrays or tables nest deeper than 64 levels")
    }

    @Test("front matter not closed within 64 KiB is a problem and the text stays Markdown")
    func tooLarge() {
        let text = "---\n" + String(repeating: "key: value\n", count: 7_000) + "---\nbody\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.frontMatter == nil)
        #expect(
            document.frontMatterProblem
                == FrontMatterProblem(
                    line: 1,
                    column: 1,
                    message: "front matter is not closed within 64 KiB; it is read as Markdown instead "
                        + "(shorten it or close it with a '---' line)"
                ))
        #expect(document.root.children.first?.kind == .thematicBreak)
    }

    @Test("an opening fence without a closing one is Markdown, not front matter")
    func unclosed() {
        let document = MarkdownDocument(parsing: "---\nnot: front matter\n")
        #expect(document.frontMatter == nil)
        #expect(document.frontMatterProblem == nil)
        #expect(document.root.children.first?.kind == .thematicBreak)
    }

    @Test("empty front matter, '...' as YAML end, and a byte-order mark")
    func edges() {
        let empty = MarkdownDocument(parsing: "---\n---\n# H\n")
        #expect(empty.frontMatter == FrontMatter(format: .yaml, raw: "", lines: 1...2, fields: FrontMatterTable()))
        let dots = MarkdownDocument(parsing: "\u{FEFF}---\nk: v\n...\nbody")
        #expect(dots.frontMatter?.fields == FrontMatterTable([Entry(key: "k", value: .string("v"))]))
        #expect(dots.root.plainText == "body")
    }

    @Test("a NUL written as an escape becomes U+FFFD, in YAML and in TOML")
    func nulEscapes() {
        let yaml = MarkdownDocument(parsing: "---\nsummary: \"a\\u0000b\"\n\"k\\0\": [\"\\0\"]\n---\n")
        #expect(
            yaml.frontMatter?.fields
                == FrontMatterTable([
                    Entry(key: "summary", value: .string("a\u{FFFD}b")),
                    Entry(key: "k\u{FFFD}", value: .array([.string("\u{FFFD}")])),
                ]))
        let toml = MarkdownDocument(parsing: "+++\nsummary = \"a\\u0000b\"\n+++\n")
        #expect(toml.frontMatter?.fields == FrontMatterTable([Entry(key: "summary", value: .string("a\u{FFFD}b"))]))
    }
}
