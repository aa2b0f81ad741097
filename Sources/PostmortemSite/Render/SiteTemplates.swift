/// The site's page templates: parsed by ``TemplateSet`` (which reports a broken template
/// with its file, line and column) and, when they use only what ``CompiledTemplates``
/// renders, compiled for speed; rendered by whichever is there.
struct SiteTemplates: Sendable {
    let mustache: TemplateSet
    let compiled: CompiledTemplates?

    init(files: [ThemeFile], folder: String, compile: Bool = true) throws(ThemeError) {
        mustache = try TemplateSet(files: files, folder: folder)
        compiled = compile ? CompiledTemplates(files: files, folder: folder) : nil
    }

    var names: [String] { mustache.names }

    func render(_ name: String, with model: PageModel) throws(ThemeError) -> String {
        try render(name, with: model, frame: nil, previous: nil).html
    }

    /// `render(_:with:)`, the keyed lists of `model` rendered as fragments (see
    /// ``CompiledTemplates/render(_:with:frame:previous:)``) when the templates are
    /// compiled; otherwise made whole, with no fragments.
    func render(_ name: String, with model: PageModel, frame: Fingerprint?, previous: PreviousRender?)
        throws(ThemeError) -> (html: String, fragments: [PageFragments.Fragment])
    {
        if let compiled, let rendered = compiled.render(name, with: model, frame: frame, previous: previous) {
            return rendered
        }
        return (try mustache.render(name, with: KeyedItems.materialized(model)), [])
    }
}
