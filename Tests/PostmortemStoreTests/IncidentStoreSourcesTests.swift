import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreSourcesTests {
    let folder = TemporaryFolder()

    func incident(_ id: IncidentID, _ title: String, path: String?, hash: String = "00aa") -> Incident {
        Incident(
            id: id, title: title, source: path.map { SourceInfo(path: $0, contentHash: hash, encoding: "utf-8") })
    }

    @Test func storedSourcesListsEveryIncidentReadFromAFileByPathThenID() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(incident("pm-b", "Second", path: "postmortems/a.md", hash: "1111"))
        try store.save(incident("pm-a", "First", path: "postmortems/a.md", hash: "1111"))
        try store.save(incident("pm-c", "Other", path: "notes/c.md", hash: "2222"))
        try store.save(incident("pm-d", "Typed in", path: nil))

        #expect(
            try store.storedSources() == [
                StoredSource(id: "pm-c", title: "Other", path: "notes/c.md", contentHash: "2222"),
                StoredSource(id: "pm-a", title: "First", path: "postmortems/a.md", contentHash: "1111"),
                StoredSource(id: "pm-b", title: "Second", path: "postmortems/a.md", contentHash: "1111"),
            ])
    }

    @Test func aDryRunImportSaysWhatWouldHappenAndWritesNothing() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let stored = incident("pm-a", "First", path: "postmortems/a.md")
        _ = try store.storeImport([stored], fingerprint: "f1", sourcePath: "postmortems/a.md", documentGaveIDs: true)
        var edited = stored
        edited.summary = "Edited."
        let new = incident("pm-n", "New", path: "postmortems/n.md")

        let dry = try store.storeImport(
            [edited, new], fingerprint: "f2", sourcePath: "postmortems/a.md", documentGaveIDs: true, dryRun: true)

        #expect(dry.outcomes == [.updated, .imported])
        #expect(try store.fetchAll() == [stored])
    }
}
