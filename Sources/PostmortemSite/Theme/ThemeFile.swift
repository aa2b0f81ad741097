/// One file of the theme: a Mustache template or a front-end asset, with where it came from.
public struct ThemeFile: Sendable, Equatable {
    /// Where a theme file was found.
    public enum Origin: Sendable, Equatable {
        /// Compiled into pm from the repository's templates/ or site/ folder.
        case bundled
        /// The knowledge base's own copy, which overrides the bundled one of the same path.
        case knowledgeBase
    }

    /// The path relative to the theme root, e.g. `templates/new/standard.md.mustache` or `site/style.css`.
    public var path: String
    /// The file's text.
    public var contents: String
    /// Bundled, or overridden by the knowledge base.
    public var origin: Origin

    public init(path: String, contents: String, origin: Origin) {
        self.path = path
        self.contents = contents
        self.origin = origin
    }
}
