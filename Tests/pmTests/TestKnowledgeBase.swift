import Foundation
import Testing

/// A knowledge base made by `pm init kb` in a fresh temporary folder: the folder (to
/// remove) and the knowledge base's root.
func knowledgeBase() throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
    return (folder, folder.url.appendingPathComponent("kb"))
}

/// Writes `text` to `url`, creating the folders it needs.
func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// `text` read as a JSON object.
func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
