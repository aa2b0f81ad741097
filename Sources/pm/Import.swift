import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemSite
import PostmortemStore

extension PM {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import existing Markdown post-mortems, whatever dialect they were written in.",
            discussion: """
                PATH may be a file, a folder (searched recursively for .md, .markdown, .txt and \
                extension-less files that look like Markdown) or - for standard input. Each \
                document is stored in one transaction; a re-import updates its incidents, never \
                duplicates them. A batch goes on past a bad file; the exit code is 1 if any failed.

                Examples:
                  pm import old-postmortems/
                  pm import 2024-03-12-outage.md --dry-run --format json
                  cat outage.md | pm import -
                """
        )

        @OptionGroup var kb: KnowledgeBaseOptions

        @Argument(help: "Files, folders, or - for standard input.")
        var paths: [String]

        @Flag(help: "Read and report, store nothing. Works outside a knowledge base too.")
        var dryRun = false

        @Option(help: "text or json (one JSON object for the whole batch).")
        var format: ReportFormat = .text

        @Option(help: "Refuse documents larger than this many MiB.")
        var maxSize: Int = 16

        @Flag(name: .shortAndLong, help: "Also print notes (repaired encodings, promoted headings).")
        var verbose = false

        func validate() throws {
            if paths.isEmpty { throw ValidationError("name at least one file or folder, or - for standard input") }
            if maxSize < 1 { throw ValidationError("--max-size takes a whole number of MiB, at least 1") }
        }

        func run() throws {
            // A dry run works outside a knowledge base (with pm's default taxonomy); inside
            // one, it uses the knowledge base's taxonomy like a real import.
            let base = dryRun ? try? KnowledgeBase.find(from: kb.origin) : nil
            let store: IncidentStore?
            let taxonomy: Taxonomy
            var knowledgeBase: KnowledgeBase?
            if dryRun {
                store = nil
                taxonomy = try base.map { try kb.taxonomy(of: $0) } ?? .standard
            } else {
                let (openBase, openStore) = try kb.open()
                store = openStore
                knowledgeBase = openBase
                taxonomy = try kb.taxonomy(of: openBase)
                TaxonomyRecord(knowledgeBase: openBase).noteImport(classifiedWith: taxonomy.fingerprint)
            }
            let importer = LegacyImporter(maximumBytes: maxSize << 20, taxonomy: taxonomy)
            let items = DocumentFinder.items(for: paths)
            var report = ImportReport()
            let progress = Progress(total: items.count, enabled: format == .text && items.count > 5)
            var busy = false
            var notImported = 0
            for (index, item) in items.enumerated() {
                progress.update(done: index)
                if busy {
                    // Waiting the whole busy timeout again for each document would take hours.
                    report.add(.failed(item.path, "not imported: the knowledge base was busy"), keep: format == .json)
                    notImported += 1
                    continue
                }
                let (entry, wasBusy) = importOne(item, importer: importer, store: store, in: knowledgeBase)
                busy = wasBusy
                notImported += wasBusy ? 1 : 0
                report.add(entry, keep: format == .json)
                if format == .text {
                    progress.clear()
                    print(entry.textLines(verbose: verbose, dryRun: dryRun).joined(separator: "\n"))
                }
            }
            progress.clear()
            if busy {
                Terminal.error(
                    "knowledge base busy: another process kept the store locked for more than "
                        + "\(String(format: "%g", kb.storeOptions.busyTimeout)) s, so the import stopped; "
                        + "\(notImported) document\(notImported == 1 ? " was" : "s were") not imported and nothing of "
                        + "\(notImported == 1 ? "it" : "them") was stored. Run the same command again when the other pm "
                        + "has finished: what was imported is recognised and left unchanged.")
            }
            switch format {
            case .json: print(try IncidentJSON.string(report))
            default: print(report.summary.text(dryRun: dryRun))
            }
            if report.summary.failed > 0 { throw ExitCode.failure }
        }

        /// Imports one document; the flag says the store stayed busy past the timeout.
        func importOne(
            _ item: DocumentFinder.Item, importer: LegacyImporter, store: IncidentStore?,
            in knowledgeBase: KnowledgeBase?
        ) -> (ImportReport.Document, busy: Bool) {
            let path: String
            let bytes: [UInt8]
            switch item {
            case .problem(let problemPath, let message):
                return (.failed(problemPath, "\(message); check the path"), false)
            case .standardInput:
                path = "-"
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            case .file(let filePath):
                path = filePath
                guard let data = FileManager.default.contents(atPath: filePath) else {
                    return (.failed(filePath, "cannot read the file; check its permissions"), false)
                }
                bytes = Array(data)
            }
            let imported = importer.importDocument(bytes: bytes, path: path)
            if let failure = imported.failure { return (.failed(path, failure), false) }
            guard let store else {
                let document = ImportReport.Document(
                    path: path, incidents: imported.incidents, findings: imported.findings, error: nil,
                    outcomes: imported.incidents.map { _ in .imported })
                return (document, false)
            }
            // The store records where each document was read from so that pm check, pm sync
            // and a re-import from another folder find it again: relative to the knowledge
            // base's root for a file inside it (as pm sync and pm new record theirs), else
            // as an absolute path. An earlier pm recorded every path as absolute.
            let absolute = path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
            let sourcePath =
                path == "-" ? path : knowledgeBase?.relativePath(of: URL(fileURLWithPath: path)) ?? absolute
            var incidents = imported.incidents
            for index in incidents.indices { incidents[index].source?.path = sourcePath }
            do {
                let stored = try store.storeImport(
                    incidents, fingerprint: imported.fingerprint, sourcePath: sourcePath,
                    formerSourcePaths: sourcePath == absolute ? [] : [absolute], documentGaveIDs: imported.givesIDs)
                let warnings = stored.warnings.map {
                    Finding(line: 0, column: 0, severity: .warning, rule: "possible-duplicate", message: $0)
                }
                let document = ImportReport.Document(
                    path: path, incidents: stored.incidents, findings: imported.findings + warnings, error: nil,
                    outcomes: stored.outcomes)
                return (document, false)
            } catch {
                let busy = if case StoreError.busy = error { true } else { false }
                return (.failed(path, "not stored (the store is unchanged): \(error.localizedDescription)"), busy)
            }
        }
    }
}

/// The progress line for batches on a terminal: on standard error, rewritten in place.
struct Progress {
    let total: Int
    let enabled: Bool

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    func update(done: Int) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] importing…".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension DocumentFinder.Item {
    /// The path the item names, as given ("-" for standard input).
    var path: String {
        switch self {
        case .file(let path), .problem(let path, _): path
        case .standardInput: "-"
        }
    }
}
