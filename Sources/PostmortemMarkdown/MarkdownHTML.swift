import CCmarkGFM

/// Renders Markdown to HTML with cmark-gfm and the GFM extensions.
///
/// Always in cmark-gfm's safe mode (never `CMARK_OPT_UNSAFE`): raw HTML is replaced by
/// `<!-- raw HTML omitted -->`, and `javascript:`, `vbscript:`, `file:` and `data:` link
/// and image destinations (other than `data:image/png|gif|jpeg|webp`) become empty.
public enum MarkdownHTML {
    /// The HTML of a Markdown body. Front matter is not recognised here: pass the body.
    /// Never fails; "" only when cmark-gfm could not allocate a parser.
    public static func render(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        return CMarkEnvironment.withParsedDocument(bytes: bytes[...], options: CMARK_OPT_DEFAULT) { root, parser in
            CMarkEnvironment.consume(
                cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))
            )
        } ?? ""
    }
}
