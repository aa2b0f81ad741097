import PostmortemKit
import PostmortemMarkdown

/// The new reports `pm new` writes: a draft incident rendered through a Mustache template of
/// the theme's `templates/new/` folder (bundled: `standard`, `short`, `data-loss`,
/// `security`; a knowledge base overrides or adds its own in `<kb>/templates/new/`).
///
/// The template receives `header`: the front matter and `# Title` line, written by
/// ``CanonicalWriter`` so every value (a title with quotes, colons or `#`, service names)
/// is escaped as YAML needs, never by Mustache. It must start the report, unescaped
/// (`{{{header}}}`). Also available: `id`, `title`, `date`, `severity` and `services` (a
/// list of names), for guidance text. Guidance is written as HTML comments (`<!-- … -->`),
/// which readers never see and the importer does not read as content; a recognised table
/// with only its header row imports as nothing. So importing a fresh report gives a clean
/// draft: its front matter and nothing else.
public struct ReportScaffold: Sendable {
    /// The theme folder of report templates.
    public static let folder = "templates/new"
    /// The template used when none is named.
    public static let defaultTemplate = "standard"
    static let fileSuffix = ".md.mustache"

    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// Every report template, bundled and the knowledge base's own, sorted by name.
    public func templates() throws(ThemeError) -> [ReportTemplate] {
        try theme.files(under: Self.folder).filter { $0.path.hasSuffix(Self.fileSuffix) }.map(ReportTemplate.init)
    }

    /// The template called `name`.
    ///
    /// - Throws: ``ThemeError/invalidPath(_:)`` for a name that is not a plain file name,
    ///   ``ThemeError/missing(path:available:)`` naming the templates there are.
    public func template(named name: String) throws(ThemeError) -> ReportTemplate {
        let path = Self.folder + "/" + name + Self.fileSuffix
        do throws(ThemeError) {
            return ReportTemplate(file: try theme.file(path))
        } catch {
            guard case .missing = error else { throw error }
            throw .missing(path: path, available: try templates().map(\.path))
        }
    }

    /// The new report for `draft` from the template `name`, as Markdown.
    ///
    /// - Throws: ``ThemeError`` when the template is missing or does not parse (naming its
    ///   file, line and column); ``ReportScaffoldError/missingHeader(path:)`` when it does
    ///   not start with `{{{header}}}`.
    public func render(_ draft: Incident, template name: String) throws -> String {
        try render(draft, template: template(named: name))
    }

    /// The new report for `draft` from `template`, as Markdown.
    public func render(_ draft: Incident, template: ReportTemplate) throws -> String {
        let file = ThemeFile(path: template.path, contents: template.contents, origin: template.origin)
        let set = try TemplateSet(files: [file], folder: Self.folder)
        let header = CanonicalWriter.markdown(for: draft)
        let values: [String: Any] = [
            "header": header,
            "id": draft.id.rawValue,
            "title": draft.title,
            "date": draft.date?.description ?? "",
            "severity": draft.severity?.label ?? "",
            "services": draft.services.map(\.rawValue),
        ]
        let text = try set.render(template.name + ".md", with: values)
        guard text.hasPrefix(header) else { throw ReportScaffoldError.missingHeader(path: template.path) }
        return text
    }
}
