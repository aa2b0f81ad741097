import Foundation
import Testing

@testable import PostmortemSite

/// The generated BundledFiles.swift must hold exactly what templates/ and site/ hold.
struct BundledFilesTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func filesOnDisk() throws -> [String: String] {
        var files: [String: String] = [:]
        for folder in ["templates", "site"] {
            let base = repositoryRoot.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                    url.lastPathComponent != "README.md"
                else { continue }
                let relative = String(
                    url.standardizedFileURL.path.dropFirst(repositoryRoot.standardizedFileURL.path.count + 1))
                files[relative] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return files
    }

    @Test func theGeneratedFileMatchesTemplatesAndSite() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(
            BundledFiles.all.keys.sorted() == onDisk.keys.sorted(),
            "templates/ or site/ changed: run scripts/embed-assets")
        for (path, contents) in onDisk {
            #expect(BundledFiles.all[path] == contents, "\(path) changed: run scripts/embed-assets")
        }
    }
}
