import Mustache

/// A set of parsed Mustache templates that can include each other as partials (`{{> name}}`).
///
/// Templates are named by their theme path relative to a folder, without the `.mustache`
/// extension: `templates/site/incident.html.mustache` in folder `templates/site` is `incident.html`.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// The names of the templates, sorted.
    public let names: [String]
    private let paths: [String: String]

    /// Parses every `.mustache` file of `files` under `folder`.
    ///
    /// - Throws: ``ThemeError/brokenTemplate(path:line:column:reason:)`` naming the first file that
    ///   does not parse, with the line and column the parser stopped at.
    public init(files: [ThemeFile], folder: String) throws(ThemeError) {
        var templates: [String: MustacheTemplate] = [:]
        var paths: [String: String] = [:]
        let prefix = folder + "/"
        for file in files where file.path.hasPrefix(prefix) && file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(string: file.contents)
            } catch let error as MustacheTemplate.ParserError {
                throw .brokenTemplate(
                    path: file.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    reason: Self.describe(error.error))
            } catch {
                throw .brokenTemplate(path: file.path, line: 1, column: 1, reason: String(describing: error))
            }
            paths[name] = file.path
        }
        self.library = MustacheLibrary(templates: templates)
        self.names = templates.keys.sorted()
        self.paths = paths
    }

    /// Renders the template `name` with `object` (a dictionary, array or value whose properties
    /// the template names).
    ///
    /// - Throws: ``ThemeError/missing(path:available:)`` when there is no such template.
    public func render(_ name: String, with object: Any) throws(ThemeError) -> String {
        guard let rendered = library.render(object, withTemplate: name) else {
            throw .missing(path: name + ".mustache", available: names.compactMap { paths[$0] })
        }
        return rendered
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return String(describing: error) }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name other than the one it opened with"
        case .unfinishedName: return "a tag is not closed (missing '}}')"
        case .expectedSectionEnd: return "a section is opened and never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "an inherited section holds a tag it may not"
        case .textInsideInheritSection: return "an inherited section holds text outside its blocks"
        case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
        case .unrecognisedConfigVariable: return "a configuration tag names an unknown setting"
        @unknown default: return String(describing: error)
        }
    }
}
