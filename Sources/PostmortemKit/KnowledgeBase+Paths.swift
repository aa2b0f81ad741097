import Foundation

extension KnowledgeBase {
    /// `url`'s path relative to the knowledge base's root (`postmortems/2026-03-01-disk-full.md`),
    /// or nil when it is not inside it. The path pm records as the source of the files it
    /// writes and syncs, so it does not depend on the working directory.
    public func relativePath(of url: URL) -> String? {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}
