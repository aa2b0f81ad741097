import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// Brings the store up to date with the knowledge base's post-mortems folder (`pm sync`).
///
/// Every file there (as `pm import` finds them in a folder) is compared, by the hash of its
/// bytes, with what the store recorded when it was last imported from that path: an
/// unchanged file is skipped without being read as Markdown; a changed or new one is
/// imported again in one transaction. Identity never comes from the file name: a renamed
/// or moved file keeps its incidents, through the `id:` of its front matter or, without
/// one, its content fingerprint (see `IncidentStore.storeImport`). Incidents read from a
/// path under the folder whose file is gone are reported, never deleted.
///
/// The import classifies every incident with the knowledge base's taxonomy, so when the
/// taxonomy changes (an edited `taxonomy.yml`, or pm's default in a new pm) the skip by
/// hash would keep the old classification: when ``TaxonomyRecord`` does not name the
/// taxonomy the sync classifies with, every file is read again, and then it does.
///
/// Two files may not hold the same incident (a copied file with its `id:`): the file that
/// claims an id another file of the folder already holds fails with a message saying so,
/// and the store keeps the other file's version.
public struct KnowledgeBaseSync: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let store: IncidentStore
    public let importer: LegacyImporter

    public init(knowledgeBase: KnowledgeBase, store: IncidentStore, importer: LegacyImporter) {
        self.knowledgeBase = knowledgeBase
        self.store = store
        self.importer = importer
    }

    /// Syncs the whole folder; with `dryRun`, reports what it would do and writes nothing.
    ///
    /// - Throws: ``KnowledgeBaseSyncError`` when the folder is missing; `StoreError` when
    ///   the store cannot be read. A file that cannot be read or stored is a `failed` entry
    ///   of the report, not an error: the others are synced.
    public func run(dryRun: Bool = false) throws -> SyncReport {
        let folder = knowledgeBase.postmortemsURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw KnowledgeBaseSyncError.missingFolder(path: folder.path, key: knowledgeBase.config.postmortemsPath)
        }
        var state = try State(store: store)
        let fingerprint = importer.classifier.taxonomy.fingerprint
        let record = TaxonomyRecord(knowledgeBase: knowledgeBase)
        let recorded = record.read()
        // An empty store has nothing classified; a store without the record may hold
        // incidents classified with another taxonomy (or by an older pm).
        let taxonomyChanged = recorded != fingerprint && !state.stored.isEmpty
        var paths: [(relative: String, url: URL)] = []
        for item in DocumentFinder.items(for: [folder.path]) {
            guard case .file(let path) = item else { continue }
            let url = URL(fileURLWithPath: path)
            if let relative = knowledgeBase.relativePath(of: url) { paths.append((relative, url)) }
        }
        state.onDisk = Set(paths.map(\.relative))

        // Unchanged files first: they claim their incidents without being parsed, so that a
        // changed file claiming one of them is caught whatever the order of the names. Only
        // paths are kept between the passes, so memory does not grow with the folder.
        var files: [String: SyncReport.File] = [:]
        var changed: [(relative: String, url: URL)] = []
        for (relative, url) in paths {
            guard let rows = state.byPath[relative] else {
                changed.append((relative, url))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                files[relative] = Self.unreadable(relative)
                continue
            }
            let hash = StableHash.hex(bytes: data)
            if !taxonomyChanged, rows.allSatisfy({ $0.contentHash == hash }) {
                for row in rows { state.claims[row.id] = relative }
                files[relative] = SyncReport.File(
                    path: relative, outcome: .unchanged, incidents: rows.map { .init(id: $0.id, title: $0.title) })
            } else {
                changed.append((relative, url))
            }
        }
        for (relative, url) in changed {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                files[relative] = Self.unreadable(relative)
                continue
            }
            files[relative] = importFile(relative, bytes: [UInt8](data), state: &state, dryRun: dryRun)
        }

        let folderPrefix = (knowledgeBase.relativePath(of: folder) ?? knowledgeBase.config.postmortemsPath) + "/"
        let gone = state.stored.filter { row in
            row.path.hasPrefix(folderPrefix) && !state.onDisk.contains(row.path) && state.claims[row.id] == nil
        }.map { SyncReport.Gone(id: $0.id, title: $0.title, path: $0.path) }
        let report = SyncReport(
            dryRun: dryRun, files: files.keys.sorted().compactMap { files[$0] }, gone: gone,
            taxonomyChanged: taxonomyChanged)
        if !dryRun, recorded != fingerprint { record.write(fingerprint) }
        return report
    }

    /// Imports one file of the knowledge base into the store, as a sync would: `pm new` uses
    /// it to register the report it wrote and, after `--edit`, the edited one.
    public func importFile(at url: URL, dryRun: Bool = false) throws -> SyncReport.File {
        guard let relative = knowledgeBase.relativePath(of: url) else {
            throw KnowledgeBaseSyncError.outsideKnowledgeBase(path: url.path, root: knowledgeBase.root.path)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return Self.unreadable(relative) }
        if !dryRun {
            TaxonomyRecord(knowledgeBase: knowledgeBase).noteImport(
                classifiedWith: importer.classifier.taxonomy.fingerprint)
        }
        var state = try State(store: store)
        state.onDisk = Set(
            state.stored.map(\.path).filter { path in
                FileManager.default.fileExists(atPath: knowledgeBase.root.appendingPathComponent(path).path)
            })
        state.onDisk.insert(relative)
        for row in state.stored where row.path != relative && state.onDisk.contains(row.path) {
            state.claims[row.id] = row.path
        }
        return importFile(relative, bytes: [UInt8](data), state: &state, dryRun: dryRun)
    }

    static func unreadable(_ relative: String) -> SyncReport.File {
        SyncReport.File(path: relative, outcome: .failed, error: "cannot read the file; check its permissions")
    }

    /// What the store held when the sync began, and which file holds which incident so far.
    struct State {
        let stored: [StoredSource]
        let byPath: [String: [StoredSource]]
        let pathOfID: [IncidentID: String]
        /// The paths of the folder's files, relative to the knowledge base.
        var onDisk: Set<String> = []
        /// The file each incident was synced from in this run.
        var claims: [IncidentID: String] = [:]

        init(store: IncidentStore) throws {
            stored = try store.storedSources()
            byPath = Dictionary(grouping: stored, by: \.path)
            pathOfID = Dictionary(stored.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private func importFile(
        _ relative: String, bytes: [UInt8], state: inout State, dryRun: Bool
    ) -> SyncReport.File {
        let imported = importer.importDocument(bytes: bytes, path: relative)
        if let failure = imported.failure {
            return SyncReport.File(path: relative, outcome: .failed, findings: imported.findings, error: failure)
        }
        do {
            for id in try claimedIDs(of: imported, relative: relative) {
                if let holder = state.claims[id], holder != relative {
                    return SyncReport.File(
                        path: relative, outcome: .failed, findings: imported.findings,
                        error: "it holds incident \(id), which \(holder) holds too (a copied file?); the store keeps "
                            + "\(holder)'s. Give this file its own id: delete its `id:` line and run `pm sync` again")
                }
            }
            let stored = try store.storeImport(
                imported.incidents, fingerprint: imported.fingerprint, sourcePath: relative,
                documentGaveIDs: imported.givesIDs, dryRun: dryRun)
            let pathOfID = state.pathOfID
            let previousPath = stored.incidents.compactMap { pathOfID[$0.id] }.first { $0 != relative }
            let outcome: SyncReport.Outcome
            if state.byPath[relative] == nil, let previousPath, !state.onDisk.contains(previousPath) {
                outcome = .renamed
            } else if stored.outcomes.allSatisfy({ $0 == .imported }) {
                outcome = .added
            } else if stored.outcomes.allSatisfy({ $0 == .unchanged }) {
                outcome = .unchanged
            } else {
                outcome = .updated
            }
            for incident in stored.incidents { state.claims[incident.id] = relative }
            let warnings = stored.warnings.map {
                Finding(line: 0, column: 0, severity: .warning, rule: "possible-duplicate", message: $0)
            }
            return SyncReport.File(
                path: relative, outcome: outcome,
                incidents: stored.incidents.map { .init(id: $0.id, title: $0.title) },
                previousPath: outcome == .renamed ? previousPath : nil, findings: imported.findings + warnings)
        } catch {
            return SyncReport.File(
                path: relative, outcome: .failed, findings: imported.findings,
                error: "not stored (the store is unchanged): \(error.localizedDescription)")
        }
    }

    /// The ids the store will give the document's incidents: those it names, or the one of
    /// the stored incident with the same content fingerprint or read from the same path.
    private func claimedIDs(of imported: ImportedDocument, relative: String) throws -> [IncidentID] {
        guard !imported.givesIDs, imported.incidents.count == 1 else { return imported.incidents.map(\.id) }
        let known =
            try imported.fingerprint.flatMap { try store.incidentID(forContentFingerprint: $0) }
            ?? store.incidentID(forSourcePath: relative)
        return [known ?? imported.incidents[0].id]
    }
}

/// Why a sync could not start.
public enum KnowledgeBaseSyncError: LocalizedError, Equatable, Sendable {
    case missingFolder(path: String, key: String)
    case outsideKnowledgeBase(path: String, root: String)

    public var errorDescription: String? {
        switch self {
        case .missingFolder(let path, let key):
            return "\(path) does not exist (pm.yml: postmortems: \(key)); create the folder, or point that key at "
                + "the folder holding the post-mortems"
        case .outsideKnowledgeBase(let path, let root):
            return "\(path) is not inside the knowledge base \(root); move it into its post-mortems folder"
        }
    }
}
