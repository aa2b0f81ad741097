import PostmortemMarkdown

/// HTML that is safe to insert unescaped (`{{{…}}}` in a template): made only by escaping
/// text, by cmark-gfm in safe mode, or by the publisher's own SVG writers, which escape
/// every string they are given.
struct SafeHTML: Hashable, Sendable, CustomStringConvertible {
    let html: String

    private init(html: String) {
        self.html = html
    }

    var description: String { html }

    var isEmpty: Bool { html.isEmpty }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
    static func text(_ text: String) -> SafeHTML {
        SafeHTML(html: escape(text))
    }

    /// A Markdown body (summary, root cause, a kept section), headings shifted by `headingOffset`.
    static func markdown(_ markdown: String, headingOffset: Int = 0) -> SafeHTML {
        SafeHTML(html: MarkdownHTML.render(markdown, headingOffset: headingOffset))
    }

    /// One line of inline Markdown (a timeline event, an action item, a lesson).
    static func inline(_ markdown: String) -> SafeHTML {
        SafeHTML(html: MarkdownHTML.renderInline(markdown))
    }

    /// Markup the publisher wrote itself from escaped parts (SVG charts).
    static func trusted(_ html: String) -> SafeHTML {
        SafeHTML(html: html)
    }

    /// `text` escaped for HTML and XML text and attribute values.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
