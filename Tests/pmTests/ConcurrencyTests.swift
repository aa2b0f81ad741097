import Foundation
import GRDB
import PostmortemKit
import PostmortemStore
import PostmortemSynthetic
import Testing

/// Several pm processes on one knowledge base at once: they all finish, or one fails with a
/// clear "knowledge base busy" after its timeout; nothing is lost either way.
@Suite(.serialized) struct ConcurrencyTests {
    /// Writes `count` synthetic documents of corpus `seed` into `folder`.
    func writeDocuments(seed: UInt64, count: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for document in SyntheticCorpus(seed: seed).documents(count: count) {
            try Data(document.bytes).write(to: folder.appendingPathComponent(document.name))
        }
    }

    func sortedIncidents(_ root: URL) throws -> [Incident] {
        try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path).fetchAll().sorted {
            $0.id < $1.id
        }
    }

    @Test func twoImportsAtOnceBothFinishAndNothingIsLost() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url.appendingPathComponent("kb")
        let reference = folder.url.appendingPathComponent("reference")
        for base in [root, reference] { #expect(try PMProcess.run(["init", base.path], in: folder.url).status == 0) }
        let first = folder.url.appendingPathComponent("first")
        let second = folder.url.appendingPathComponent("second")
        let shared = folder.url.appendingPathComponent("shared")
        try writeDocuments(seed: 1, count: 50, into: first)
        try writeDocuments(seed: 2, count: 50, into: second)
        try writeDocuments(seed: 3, count: 15, into: shared)
        let directory = folder.url

        // Both import the shared documents too, at about the same moment.
        async let a = Task.detached {
            try PMProcess.run(["import", "--kb", root.path, first.path, shared.path], in: directory)
        }.value
        async let b = Task.detached {
            try PMProcess.run(["import", "--kb", root.path, shared.path, second.path], in: directory)
        }.value
        let results = try await [a, b]

        for result in results {
            let busy = result.status == 1 && result.stderr.contains("knowledge base busy")
            #expect(result.status == 0 || busy, "\(result.status): \(result.stderr)")
        }
        #expect(results.contains { $0.status == 0 })
        // Whatever failed as busy is imported by running it again, as the message says.
        for (index, result) in results.enumerated() where result.status != 0 {
            let paths = index == 0 ? [first.path, shared.path] : [shared.path, second.path]
            #expect(try PMProcess.run(["import", "--kb", root.path] + paths, in: directory).status == 0)
        }
        #expect(
            try PMProcess.run(["import", "--kb", reference.path, first.path, shared.path, second.path], in: directory)
                .status == 0)
        let stored = try sortedIncidents(root)
        #expect(stored.count == 115)
        #expect(stored == (try sortedIncidents(reference)))
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        #expect(try store.check(sourceBase: root) == [])
    }

    /// The id in the front matter of each canonical Markdown copy in a published site.
    func publishedIDs(_ site: URL) throws -> Set<String> {
        var ids: Set<String> = []
        for folder in ["incidents", "runbooks"] {
            let url = site.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".md") {
                let text = String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
                let line = text.split(separator: "\n").first { $0.hasPrefix("id: ") }
                ids.insert(
                    line.map { String($0.dropFirst(4)).trimmingCharacters(in: .init(charactersIn: "\"' ")) } ?? name)
            }
        }
        return ids
    }

    /// The pages (HTML) of a site's incidents and runbooks, without the two index pages.
    func incidentPages(_ site: SiteTree) -> Set<String> {
        Set(
            site.files.keys.filter {
                ($0.hasPrefix("incidents/") || $0.hasPrefix("runbooks/")) && $0.hasSuffix(".html")
                    && !$0.hasSuffix("/index.html")
            })
    }

    @Test func twoImportsAndAPublishAtOnceAllFinishAndTheSiteIsWhole() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url.appendingPathComponent("kb")
        let reference = folder.url.appendingPathComponent("reference")
        for base in [root, reference] { #expect(try PMProcess.run(["init", base.path], in: folder.url).status == 0) }
        let base = folder.url.appendingPathComponent("base")
        let first = folder.url.appendingPathComponent("first")
        let second = folder.url.appendingPathComponent("second")
        let shared = folder.url.appendingPathComponent("shared")
        try writeDocuments(seed: 5, count: 40, into: base)
        try writeDocuments(seed: 6, count: 60, into: first)
        try writeDocuments(seed: 7, count: 60, into: second)
        try writeDocuments(seed: 8, count: 15, into: shared)
        let directory = folder.url
        #expect(try PMProcess.run(["import", "--kb", root.path, base.path], in: directory).status == 0)
        let before = Set(try sortedIncidents(root).map(\.id.rawValue))
        let site = folder.url.appendingPathComponent("site")

        let arguments = [
            ["import", "--kb", root.path, first.path, shared.path],
            ["import", "--kb", root.path, shared.path, second.path],
            ["publish", "--kb", root.path, "--out", site.path],
        ]
        let results = try await withThrowingTaskGroup(of: (Int, PMProcess.Result).self) { group in
            for (index, command) in arguments.enumerated() {
                group.addTask { (index, try PMProcess.run(command, in: directory)) }
            }
            var results: [Int: PMProcess.Result] = [:]
            for try await (index, result) in group { results[index] = result }
            return (0..<arguments.count).compactMap { results[$0] }
        }

        #expect(results.count == 3)
        for (command, result) in zip(arguments, results) {
            let busy = result.status == 1 && result.stderr.contains("knowledge base busy")
            #expect(result.status == 0 || busy, "\(command[0]): \(result.status): \(result.stderr)")
        }
        // Whatever failed as busy finishes when run again, as the message says.
        for (command, result) in zip(arguments, results) where result.status != 0 {
            #expect(try PMProcess.run(command, in: directory).status == 0)
        }

        // The store: exactly a sequential import of everything.
        #expect(
            try PMProcess.run(
                ["import", "--kb", reference.path, base.path, first.path, shared.path, second.path], in: directory
            ).status == 0)
        let stored = try sortedIncidents(root)
        #expect(stored.count == 175)
        #expect(stored == (try sortedIncidents(reference)))
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        #expect(try store.check(sourceBase: root) == [])

        // The site: whole (every file its manifest lists, byte for byte, and no other), of
        // one state of the store between the base import and the end: every incident it
        // holds is stored, every incident stored before it started is in it, and each has
        // its page.
        let published = try #require(try SiteTree.read(site))
        #expect(try published.manifestProblems(root: site) == [])
        let ids = try publishedIDs(site)
        #expect(ids.isSuperset(of: before), "missing: \(before.subtracting(ids).sorted())")
        #expect(
            ids.isSubset(of: Set(stored.map(\.id.rawValue))),
            "never stored: \(ids.subtracting(stored.map(\.id.rawValue)))")
        #expect(incidentPages(published).count == ids.count)
        #expect(
            Set(published.files.keys.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) + ".html" })
                == incidentPages(published))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "base", "first", "kb", "reference", "second", "shared", "site",
            ])

        // Published again, it holds every incident.
        #expect(try PMProcess.run(arguments[2], in: directory).status == 0)
        #expect(try publishedIDs(site) == Set(stored.map(\.id.rawValue)))
    }

    @Test func aStoreLockedPastTheTimeoutStopsTheImportWithAClearMessage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = folder.url.appendingPathComponent("kb")
        #expect(try PMProcess.run(["init", root.path], in: folder.url).status == 0)
        let documents = folder.url.appendingPathComponent("documents")
        try writeDocuments(seed: 4, count: 3, into: documents)
        // Another process holding the write lock, as a long write would.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(
            path: root.appendingPathComponent(".pm/store.sqlite").path, configuration: configuration)
        try queue.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }

        let locked = try PMProcess.run(
            ["import", documents.path], in: root, environment: ["PM_BUSY_TIMEOUT": "1"])
        try queue.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try queue.close()
        let again = try PMProcess.run(["import", documents.path], in: root, environment: ["PM_BUSY_TIMEOUT": "1"])

        #expect(locked.status == 1)
        #expect(
            locked.stderr.hasPrefix(
                "pm: error: knowledge base busy: another process kept the store locked for more than 1 s, so the "
                    + "import stopped; 3 documents were not imported and nothing of them was stored. Run the same "
                    + "command again"), "\(locked.stderr)")
        #expect(locked.stdout.hasSuffix("0 imported, 0 updated, 0 unchanged, 3 failed\n"), "\(locked.stdout)")
        #expect(again.status == 0)
        #expect(again.stdout.hasSuffix("3 imported, 0 updated, 0 unchanged, 0 failed\n"))
    }
}
