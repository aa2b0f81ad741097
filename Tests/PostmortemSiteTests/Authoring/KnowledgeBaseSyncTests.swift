import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore
import Testing

@testable import PostmortemSite

/// The sync engine's rules that the `pm sync` command tests do not reach: copies, dry runs,
/// files outside the knowledge base. (Adding, updating, skipping, renaming and gone files
/// are tested through the real binary in pmTests.)
@Suite struct KnowledgeBaseSyncTests {
    struct Setup {
        let root: URL
        let base: KnowledgeBase
        let store: IncidentStore
        let sync: KnowledgeBaseSync

        init() throws {
            root = try ScaffoldFixtures.temporaryFolder()
            base = try KnowledgeBase.prepare(at: root.appendingPathComponent("kb"), title: "Tests")
            store = try IncidentStore(path: base.storeURL.path, options: .init(createIfMissing: true))
            try base.commitConfig()
            sync = KnowledgeBaseSync(knowledgeBase: base, store: store, importer: LegacyImporter())
        }

        func write(_ text: String, _ name: String) throws {
            try ScaffoldFixtures.write(text, to: "postmortems/" + name, in: base.root)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func report(id: String, title: String) -> String {
        "---\nid: \(id)\ntitle: \(title)\n---\n\n# \(title)\n\n## Summary\n\nIt broke.\n"
    }

    @Test func unchangedFilesAreSkippedWithoutBeingRead() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.write(Self.report(id: "pm-same000001", title: "Same"), "a-same.md")
        try setup.write(Self.report(id: "pm-edit000001", title: "Edit"), "b-edit.md")
        _ = try setup.sync.run()
        try setup.write(Self.report(id: "pm-edit000001", title: "Edited"), "b-edit.md")
        // An importer that refuses every document: only a file it is asked to read fails.
        let refusing = KnowledgeBaseSync(
            knowledgeBase: setup.base, store: setup.store, importer: LegacyImporter(maximumBytes: 1))

        let report = try refusing.run()

        #expect(report.files.map(\.outcome) == [.unchanged, .failed])
        #expect(report.files[0].incidents == [SyncReport.Item(id: "pm-same000001", title: "Same")])
    }

    @Test func aCopyHoldingAnotherFilesIncidentFailsAndTheOriginalStays() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.write(Self.report(id: "pm-original01", title: "Original"), "b-original.md")
        _ = try setup.sync.run()
        try setup.write(Self.report(id: "pm-original01", title: "Copy"), "a-copy.md")

        let report = try setup.sync.run()

        #expect(report.files.map(\.outcome) == [.failed, .unchanged])
        #expect(
            report.files[0].error
                == "it holds incident pm-original01, which postmortems/b-original.md holds too (a copied file?); "
                + "the store keeps postmortems/b-original.md's. Give this file its own id: delete its `id:` line and "
                + "run `pm sync` again")
        #expect(try setup.store.fetch("pm-original01")?.title == "Original")
        #expect(report.gone == [])
    }

    @Test func twoNewFilesWithOneIDTheSecondFails() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.write(Self.report(id: "pm-twice00001", title: "First"), "a.md")
        try setup.write(Self.report(id: "pm-twice00001", title: "Second"), "b.md")

        let report = try setup.sync.run()

        #expect(report.files.map(\.outcome) == [.added, .failed])
        #expect(try setup.store.list().map(\.title) == ["First"])
    }

    @Test func aDryRunReportsTheSameAsARealRunAndWritesNothing() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.write(Self.report(id: "pm-kept000001", title: "Kept"), "kept.md")
        try setup.write(Self.report(id: "pm-moved00001", title: "Moved"), "old-name.md")
        try setup.write(Self.report(id: "pm-gone000001", title: "Gone"), "gone.md")
        try setup.write(Self.report(id: "pm-edited0001", title: "Edited"), "edited.md")
        _ = try setup.sync.run()
        let before = try setup.store.fetchAll()
        try FileManager.default.moveItem(
            at: setup.base.postmortemsURL.appendingPathComponent("old-name.md"),
            to: setup.base.postmortemsURL.appendingPathComponent("new-name.md"))
        try FileManager.default.removeItem(at: setup.base.postmortemsURL.appendingPathComponent("gone.md"))
        try setup.write(Self.report(id: "pm-edited0001", title: "Edited again"), "edited.md")
        try setup.write(Self.report(id: "pm-added00001", title: "Added"), "added.md")

        let dry = try setup.sync.run(dryRun: true)
        #expect(try setup.store.fetchAll() == before)
        let real = try setup.sync.run()

        #expect(dry.dryRun && !real.dryRun)
        #expect(dry.files == real.files)
        #expect(dry.gone == real.gone)
        #expect(
            real.files.map { "\($0.path) \($0.outcome) \($0.previousPath ?? "-")" } == [
                "postmortems/added.md added -", "postmortems/edited.md updated -", "postmortems/kept.md unchanged -",
                "postmortems/new-name.md renamed postmortems/old-name.md",
            ])
        #expect(real.gone == [SyncReport.Gone(id: "pm-gone000001", title: "Gone", path: "postmortems/gone.md")])
    }

    @Test func aFileOutsideTheKnowledgeBaseIsRefused() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let outside = setup.root.appendingPathComponent("elsewhere.md")
        try Data(Self.report(id: "pm-outside001", title: "Outside").utf8).write(to: outside)

        #expect(
            throws: KnowledgeBaseSyncError.outsideKnowledgeBase(path: outside.path, root: setup.base.root.path)
        ) {
            try setup.sync.importFile(at: outside)
        }
    }

    @Test func aMissingPostmortemsFolderIsAnErrorNotEverythingGone() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.write(Self.report(id: "pm-there00001", title: "There"), "there.md")
        _ = try setup.sync.run()
        try FileManager.default.removeItem(at: setup.base.postmortemsURL)

        #expect(
            throws: KnowledgeBaseSyncError.missingFolder(path: setup.base.postmortemsURL.path, key: "postmortems")
        ) {
            try setup.sync.run()
        }
    }
}
