import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// Runs one input through the real import path, the way `pm import` does (the legacy
/// importer, then the store), and checks the promises pm makes about every document:
/// see `InvariantViolation.Invariant`. Shared by the seeded fuzz test and the libFuzzer
/// target, so both check the same things.
///
/// It owns a store file in `directory`; inputs accumulate in it (so re-imports, updates
/// and look-alike checks run against earlier inputs) until `resetStore()`.
public final class ImportHarness {
    /// What one input did.
    public struct Outcome: Sendable {
        /// The broken promises; empty when all held.
        public var violations: [InvariantViolation]
        /// Why the importer refused the input (empty, binary, too large), or nil.
        public var refusal: String?
        /// How many incidents the input gave.
        public var incidents: Int
        /// Wall time of the whole check, in seconds (measured, never asserted as speed).
        public var seconds: Double
    }

    /// Which optional checks run. The word audit is on by default.
    public struct Checks: Sendable {
        /// Whether every word of the source must survive (`ImportAudit`).
        public var nothingLost: Bool

        public init(nothingLost: Bool = true) {
            self.nothingLost = nothingLost
        }
    }

    public let directory: URL
    public let checks: Checks
    let importer: LegacyImporter
    private var store: IncidentStore
    private var inputs = 0

    /// A harness whose store lives in `directory` (created when missing).
    ///
    /// - Parameter maximumBytes: the importer's size limit (default 1 MiB: larger inputs
    ///   only test the refusal).
    public init(directory: URL, checks: Checks = Checks(), maximumBytes: Int = 1 << 20) throws {
        self.directory = directory
        self.checks = checks
        importer = LegacyImporter(maximumBytes: maximumBytes)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try Self.freshStore(in: directory)
    }

    /// Empties the store (a long fuzzing run would otherwise grow it without end).
    public func resetStore() throws {
        try store.close()
        store = try Self.freshStore(in: directory)
    }

    private static func freshStore(in directory: URL) throws -> IncidentStore {
        let path = directory.appendingPathComponent("fuzz-store.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try IncidentStore(path: path, options: IncidentStore.Options(createIfMissing: true))
    }

    /// Imports `bytes` as the document at `path` and checks every invariant.
    ///
    /// Inputs are stored under a few paths in turn (`fuzz/0.md` … `fuzz/7.md` unless
    /// `path` is given), so both new documents and documents edited in place are exercised.
    public func check(_ bytes: [UInt8], path: String? = nil) -> Outcome {
        let start = DispatchTime.now()
        let documentPath = path ?? "fuzz/\(inputs % 8).md"
        inputs += 1
        var violations: [InvariantViolation] = []
        let imported = importer.importDocument(bytes: bytes, path: documentPath)
        if let refusal = imported.failure {
            if !imported.incidents.isEmpty {
                violations.append(.init(.importerResult, "refused (\(refusal)) yet gave incidents"))
            }
            return Outcome(violations: violations, refusal: refusal, incidents: 0, seconds: seconds(since: start))
        }
        if imported.incidents.isEmpty {
            violations.append(.init(.importerResult, "neither refused nor gave an incident"))
        }
        let ids = imported.incidents.map(\.id)
        if Set(ids).count != ids.count {
            violations.append(.init(.distinctIDs, "ids \(ids.map(\.rawValue)) repeat within one document"))
        }
        if checks.nothingLost, let text = try? TextDecoder.decode(bytes).text {
            let lost = ImportAudit.lostWords(text: text, incidents: imported.incidents)
            if !lost.isEmpty { violations.append(.init(.nothingLost, "words lost: \(lost.prefix(20))")) }
        }
        do {
            _ = try IncidentJSON.string(imported.incidents)
        } catch {
            violations.append(.init(.encodes, "\(error)"))
        }
        violations += checkStore(imported, path: documentPath)
        return Outcome(
            violations: violations, refusal: nil, incidents: imported.incidents.count, seconds: seconds(since: start))
    }

    private func checkStore(_ imported: ImportedDocument, path: String) -> [InvariantViolation] {
        var violations: [InvariantViolation] = []
        let storeOnce = { () throws -> StoredImport in
            try self.store.storeImport(
                imported.incidents, fingerprint: imported.fingerprint, sourcePath: path,
                documentGaveIDs: imported.givesIDs)
        }
        do {
            let stored = try storeOnce()
            for incident in stored.incidents {
                let back = try self.store.fetch(incident.id)
                if back != incident {
                    violations.append(
                        .init(.roundTrip, "\(incident.id) reads back \(back == nil ? "missing" : "different")"))
                }
            }
            let again = try storeOnce()
            if again.outcomes.contains(where: { $0 != .unchanged }) {
                violations.append(.init(.reimportUnchanged, "the same document again gave \(again.outcomes)"))
            }
        } catch {
            violations.append(.init(.stored, error.localizedDescription))
        }
        return violations
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
