import CCmarkGFM

/// The cost floor of reading Markdown: cmark-gfm parsing bytes with the options and GFM
/// extensions `MarkdownDocument` uses, and nothing else (no Swift tree, no front matter,
/// no decoding). Benchmarks compare the importer against it.
public enum CMarkBaseline {
    /// Parses `bytes` with cmark-gfm and frees everything again. Returns whether cmark-gfm
    /// produced a document (it always does for any bytes, unless out of memory).
    @discardableResult
    public static func parse(_ bytes: [UInt8]) -> Bool {
        CMarkEnvironment.withParsedDocument(bytes: bytes[...], options: CMARK_OPT_SOURCEPOS) { _, _ in true } ?? false
    }
}
