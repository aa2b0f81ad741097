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
        if let compiled, let html = compiled.render(name, with: model) { return html }
        return try mustache.render(name, with: model)
    }
}
