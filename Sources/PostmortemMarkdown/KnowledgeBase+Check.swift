import Foundation
import PostmortemKit

extension KnowledgeBase {
    /// What `checkMarkdownIDs()` found: how many Markdown files it read, and the problems.
    public struct MarkdownIDCheck: Sendable, Equatable {
        public var files: Int
        public var problems: [CheckProblem]
    }

    /// Reads the front matter of every Markdown file under the knowledge base's
    /// `postmortems/` folder (recursively, hidden files left out) and reports ids given by
    /// more than one file (importing both would keep only one incident) and ids pm cannot use.
    public func checkMarkdownIDs() -> MarkdownIDCheck {
        let folder = postmortemsURL.path
        var files: [String: [String]] = [:]
        var problems: [CheckProblem] = []
        let paths = DocumentFinder.walk(folder: folder, fileManager: .default)
        for path in paths {
            guard let id = Self.frontMatterID(atPath: path) else { continue }
            let shown = relativePath(path)
            if IncidentID.isValid(id) {
                files[id, default: []].append(shown)
            } else {
                problems.append(
                    CheckProblem(
                        kind: .invalidID, subject: shown,
                        message:
                            "the front matter gives the id '\(id)', which pm cannot use (ids become file names and URLs)",
                        fix: "Write an id of 1–64 letters, digits, '-', '_' or '.' (such as pm-7f3k9q2ahx), "
                            + "or delete the `id:` line, and import the file again"))
            }
        }
        for id in files.keys.sorted() {
            guard let names = files[id], names.count > 1 else { continue }
            problems.append(
                CheckProblem(
                    kind: .duplicateID, subject: id,
                    message: "\(names.joined(separator: " and ")) all give the id \(id) in their front matter; "
                        + "the store keeps one incident for them, the one imported last",
                    fix: "If they are different incidents, give all but one a new id (or delete their `id:` line, "
                        + "and pm makes one) and import them again; if they are copies, delete all but one"))
        }
        return MarkdownIDCheck(files: paths.count, problems: problems)
    }

    /// The `id:` of the file's front matter, or nil when it has none or cannot be read.
    static func frontMatterID(atPath path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path),
            let decoded = try? TextDecoder.decode(Array(data))
        else { return nil }
        return FrontMatterReader.read(SourceText(decoded.text)).frontMatter?.fields["id"]?.text
    }

    /// `path` relative to the knowledge base's root when it lies inside it.
    func relativePath(_ path: String) -> String {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
