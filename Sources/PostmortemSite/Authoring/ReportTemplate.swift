/// One report template of `pm new`: a Mustache file in the theme's `templates/new/` folder.
public struct ReportTemplate: Sendable, Equatable {
    /// The name `pm new --template` takes: the file name without `.md.mustache` (`data-loss`).
    public var name: String
    /// The theme path, e.g. `templates/new/data-loss.md.mustache`.
    public var path: String
    /// Bundled with pm, or the knowledge base's own (overriding a bundled one of the same name, or added).
    public var origin: ThemeFile.Origin
    /// The one-line description: the text of a Mustache comment (`{{! … }}`) on the template's
    /// first line; empty when there is none.
    public var summary: String
    /// The template's text.
    public var contents: String

    public init(file: ThemeFile) {
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        name =
            fileName.hasSuffix(ReportScaffold.fileSuffix)
            ? String(fileName.dropLast(ReportScaffold.fileSuffix.count)) : fileName
        path = file.path
        origin = file.origin
        contents = file.contents
        summary = Self.summary(of: file.contents)
    }

    /// The text of a `{{! … }}` comment that is the first line, trimmed; "" otherwise.
    static func summary(of contents: String) -> String {
        guard let first = contents.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
        else { return "" }
        let line = first.trimmingSpaces()
        guard line.hasPrefix("{{!"), line.hasSuffix("}}") else { return "" }
        return line.dropFirst(3).dropLast(2).trimmingSpaces()
    }
}
