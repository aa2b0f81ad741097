import Foundation
import PostmortemKit

/// Decides whether a folder may receive a site: pm replaces the output folder whole on every
/// publish, so it must never be the knowledge base, hold it, lie inside pm's own folders,
/// or be a folder of other files.
enum OutputCheck {
    /// The output folder to use for `requested` (symbolic links resolved), or why it cannot be.
    static func resolve(_ requested: URL, for knowledgeBase: KnowledgeBase) throws(PublishError) -> URL {
        let fileManager = FileManager.default
        let standardized = requested.standardizedFileURL
        let name = standardized.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw .output(
                path: requested.path, reason: "is not a folder pm can publish to",
                fix: "give --out a folder such as public/")
        }
        let parent = standardized.deletingLastPathComponent().resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .output(
                path: parent.path, reason: "the folder that would hold the site does not exist",
                fix: "create it first, or choose another --out")
        }
        var output = parent.appendingPathComponent(name, isDirectory: true)
        if let destination = try? fileManager.destinationOfSymbolicLink(atPath: output.path) {
            output = URL(fileURLWithPath: destination, relativeTo: parent).standardizedFileURL
                .resolvingSymlinksInPath()
        }

        let root = knowledgeBase.root.resolvingSymlinksInPath()
        let protected = [
            root, knowledgeBase.storeURL.deletingLastPathComponent(), knowledgeBase.postmortemsURL,
            knowledgeBase.templatesURL, knowledgeBase.siteOverridesURL,
        ].map { $0.resolvingSymlinksInPath().standardizedFileURL.path }
        let outputPath = output.standardizedFileURL.path
        for path in protected {
            if path == outputPath || path.hasPrefix(outputPath == "/" ? "/" : outputPath + "/")
                || (path != protected[0] && outputPath.hasPrefix(path + "/"))
            {
                throw .output(
                    path: outputPath,
                    reason: "holds or is part of the knowledge base (\(path)); publishing replaces the whole folder",
                    fix: "choose a folder of its own, such as the default \(knowledgeBase.defaultSiteOutputURL.path)")
            }
        }

        if fileManager.fileExists(atPath: outputPath, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .output(path: outputPath, reason: "is a file, not a folder", fix: "choose another --out")
            }
            let contents = (try? fileManager.contentsOfDirectory(atPath: outputPath)) ?? []
            let isSite = contents.contains(SitePath.manifest.rawValue)
            guard contents.isEmpty || isSite else {
                throw .output(
                    path: outputPath,
                    reason: "is not empty and holds no site pm published (no \(SitePath.manifest.rawValue)); "
                        + "publishing replaces the whole folder",
                    fix: "choose an empty or new folder, or empty this one yourself")
            }
        }
        return output.standardizedFileURL
    }
}
