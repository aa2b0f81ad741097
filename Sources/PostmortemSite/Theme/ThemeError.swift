import Foundation

/// Why a theme file could not be found, read or used.
public enum ThemeError: LocalizedError, Equatable, Sendable {
    /// No file of that path exists, bundled or in the knowledge base.
    case missing(path: String, available: [String])
    /// The path is not a plain relative path of the theme (`..`, an absolute path, odd characters).
    case invalidPath(String)
    /// The knowledge base's own copy exists but cannot be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// A Mustache template does not parse.
    case brokenTemplate(path: String, line: Int, column: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path, let available):
            let known = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "the theme has no file \(path) (available: \(known)); add it to the knowledge base's own folder"
        case .invalidPath(let path):
            return "\"\(path)\" is not a theme file name: use letters, digits, '-', '_' and '.' only"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the knowledge base's copy (\(reason)); fix or delete it to use the bundled one"
        case .brokenTemplate(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): the template does not parse: \(reason)"
        }
    }
}
