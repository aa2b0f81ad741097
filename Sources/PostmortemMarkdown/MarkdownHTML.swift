import CCmarkGFM
import PostmortemKit

/// Renders Markdown to HTML with cmark-gfm and the GFM extensions.
///
/// Always in cmark-gfm's safe mode (never `CMARK_OPT_UNSAFE`): raw HTML is replaced by
/// `<!-- raw HTML omitted -->`, and `javascript:`, `vbscript:`, `file:` and `data:` link
/// and image destinations (other than `data:image/png|gif|jpeg|webp`) become empty. The
/// check runs on the destination after entities are decoded (`&#106;avascript:` is caught);
/// control characters and spaces inside a destination are percent-encoded, which browsers
/// never decode in a scheme, so they cannot smuggle one past it.
public enum MarkdownHTML {
    /// The HTML of a Markdown body. Front matter is not recognised here: pass the body.
    ///
    /// - Parameter headingOffset: added to every heading's level (capped at 6), so a body
    ///   shown under a page's own `<h2>` can start its headings at `<h3>`. Default 0.
    /// - Returns: the HTML; never fails; "" only when cmark-gfm could not allocate a parser.
    public static func render(_ markdown: String, headingOffset: Int = 0) -> String {
        let bytes = Array(markdown.utf8)
        return CMarkEnvironment.withParsedDocument(bytes: bytes[...], options: CMARK_OPT_DEFAULT) { root, parser in
            if headingOffset != 0 { shiftHeadings(below: root, by: headingOffset) }
            return CMarkEnvironment.consume(
                cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))
            )
        } ?? ""
    }

    /// The HTML of one line of inline Markdown (a timeline event, an action item, a lesson),
    /// without a surrounding `<p>`.
    ///
    /// What would start a block at the beginning of a line (`# `, `> `, `- `, `1. `, a fence,
    /// a thematic break, a link reference definition) is escaped, so the text always reads
    /// as the sentence it is; line breaks become spaces. Text with no Markdown punctuation
    /// at all is escaped directly, as cmark-gfm would, without parsing.
    public static func renderInline(_ markdown: String) -> String {
        // Line breaks are bytes 0x0A to 0x0D in ASCII text; other text is checked by character.
        let mayBreak = markdown.utf8.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 >= 0x80 }
        var text =
            mayBreak && markdown.contains(where: \.isNewline)
            ? markdown.split(whereSeparator: \.isNewline).joined(separator: " ") : markdown
        text = text.trimmingWhitespace()
        guard !text.isEmpty else { return "" }
        if isPlain(text) { return escapePlain(text) }
        let html = render(neutraliseBlockStart(text))
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        return String(html.dropFirst(3).dropLast(5))
    }

    /// Bytes that may start inline Markdown syntax: escapes, code, emphasis, links, images,
    /// raw HTML and autolinks in angle brackets, entities, strikethrough, email autolinks.
    private static let inlineSyntaxBytes = byteTable("\\`*_[]<>&~@")
    /// Bytes that start a block when they open a line.
    private static let blockStartBytes = byteTable("#>-+*_=`~[0123456789")

    /// A lookup table over all byte values, true for the bytes of `members`.
    private static func byteTable(_ members: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in members.utf8 { table[Int(byte)] = true }
        return table
    }

    /// Whether `text` (trimmed, one line) holds nothing cmark-gfm would turn into markup.
    /// One pass over the UTF-8 bytes (this runs for every line of every page).
    static func isPlain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, !blockStartBytes[Int(first)] else { return false }
        // The last eight bytes, lower-cased, newest in the low byte: autolinks start with
        // "://", "www.", "mailto:" or "xmpp:".
        var recent: UInt64 = 0
        for byte in bytes {
            if inlineSyntaxBytes[Int(byte)] { return false }
            recent = recent << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            if recent & 0xFF_FFFF == 0x3A_2F2F || recent & 0xFFFF_FFFF == 0x7777_772E
                || recent & 0xFF_FFFF_FFFF == 0x78_6D70_703A || recent & 0xFF_FFFF_FFFF_FFFF == 0x6D_6169_6C74_6F3A
            {
                return false
            }
        }
        return true
    }

    /// Escapes text as cmark-gfm escapes a paragraph's plain text: `&`, `<`, `>` and `"`.
    static func escapePlain(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` with a backslash before whatever would make its start a block rather than
    /// the first words of a paragraph.
    static func neutraliseBlockStart(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return text }
        let second = scalars.count > 1 ? scalars[1] : " "
        switch first {
        case ">":
            return "\\" + text
        case "#" where isHeadingStart(scalars):
            return "\\" + text
        case "-", "+", "*", "_":
            let onlyMarks = scalars.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
            if second == " " || second == "\t" || onlyMarks {
                return "\\" + String(first) + String(String.UnicodeScalarView(scalars.dropFirst()))
            }
            return text
        case "`", "~":
            if scalars.prefix(3).allSatisfy({ $0 == first }) && scalars.count >= 3 { return "\\" + text }
            return text
        case "[":
            if let close = scalars.firstIndex(of: "]"), close + 1 < scalars.count, scalars[close + 1] == ":" {
                return "\\" + text
            }
            return text
        case "0"..."9":
            let digits = scalars.prefix { ("0"..."9").contains($0) }
            guard digits.count <= 9, digits.count < scalars.count else { return text }
            let mark = scalars[digits.count]
            let after = digits.count + 1 < scalars.count ? scalars[digits.count + 1] : " "
            guard mark == "." || mark == ")", after == " " || after == "\t" else { return text }
            return String(String.UnicodeScalarView(digits)) + "\\"
                + String(String.UnicodeScalarView(scalars.dropFirst(digits.count)))
        default:
            return text
        }
    }

    private static func isHeadingStart(_ scalars: [Unicode.Scalar]) -> Bool {
        let hashes = scalars.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return false }
        return hashes == scalars.count || scalars[hashes] == " " || scalars[hashes] == "\t"
    }

    private static func shiftHeadings(below root: OpaquePointer, by offset: Int) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HEADING
            else { continue }
            let level = Int(cmark_node_get_heading_level(node))
            cmark_node_set_heading_level(node, Int32(min(6, max(1, level + offset))))
        }
    }
}
