import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore
import Testing

@testable import PostmortemSite

/// A fresh temporary folder, removed when the value goes away.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pm-site-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }
}

/// Knowledge bases for the publisher's tests, made in temporary folders.
enum SiteFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A knowledge base at `folder/kb` holding `incidents`.
    static func knowledgeBase(
        in folder: URL, incidents: [Incident], title: String = "Test KB", baseURL: String = ""
    ) throws -> (KnowledgeBase, IncidentStore) {
        var base = try KnowledgeBase.prepare(at: folder.appendingPathComponent("kb"), title: title)
        base.config.baseURL = baseURL
        let store = try IncidentStore(path: base.storeURL.path, options: .init(createIfMissing: true))
        try base.commitConfig()
        try store.save(incidents)
        return (base, store)
    }

    /// A knowledge base at `folder/kb` holding the bundled corpus/, imported as
    /// `pm import corpus` does (paths relative to the repository).
    static func corpusKnowledgeBase(in folder: URL) throws -> (KnowledgeBase, IncidentStore) {
        let (base, store) = try knowledgeBase(in: folder, incidents: [], title: "Corpus")
        let importer = LegacyImporter()
        let corpus = repositoryRoot.appendingPathComponent("corpus").path
        for item in DocumentFinder.items(for: [corpus]) {
            guard case .file(let path) = item, let data = FileManager.default.contents(atPath: path) else { continue }
            let relative = String(path.dropFirst(repositoryRoot.path.count + 1))
            let imported = importer.importDocument(bytes: Array(data), path: relative)
            guard imported.failure == nil else { continue }
            _ = try store.storeImport(
                imported.incidents, fingerprint: imported.fingerprint, sourcePath: relative,
                documentGaveIDs: imported.givesIDs)
        }
        return (base, store)
    }

    /// Publishes `base` to `output` (default: its public/ folder).
    @discardableResult
    /// Publishes `base`; without `cache`, every incident is read from the store and the
    /// cache beside it is neither read nor written.
    static func publish(
        _ base: KnowledgeBase, _ store: IncidentStore, to output: URL? = nil, date: Timestamp? = nil,
        cache: Bool = true
    ) throws -> PublishReport {
        var options = PublishOptions(output: output ?? base.defaultSiteOutputURL, date: date)
        options.usesInputCache = cache
        // Every page with a keyed list keeps its fragments, so the small corpus reaches them.
        options.fragmentThreshold = 1
        return try Publisher(knowledgeBase: base, store: store, options: options).publish()
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.resolvingSymlinksInPath().standardizedFileURL.path
            result[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    /// Every entry (file or folder) below `folder`, relative, sorted.
    static func entries(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    /// A day for tests.
    static func day(_ text: String) throws -> Day {
        try #require(Day(iso: text))
    }
}
