import Foundation
import PostmortemKit
import PostmortemStore
import PostmortemSynthetic
import Testing

/// A pm command that changes a knowledge base from an old state to a new one, to be killed
/// (SIGKILL) at random moments: after each kill what is on disk must be whole, the old
/// state or the new one, item by item, never a part of one.
///
/// `pm import` is the first scenario. `pm publish` joins as a second: its `prepare` builds
/// the old site, its `verify` compares the site folder with the old and the new site
/// (file by file digests) and accepts exactly one of them.
protocol CrashScenario {
    /// The pm arguments to run and kill.
    var arguments: [String] { get }
    /// The knowledge base the command runs in.
    var root: URL { get }
    /// Puts the knowledge base back into its old state before each run.
    func reset() throws
    /// What is wrong with the state on disk after a kill (empty: whole), and how far the
    /// command had got: the share of items in their new state, 0 (old) … 1 (new).
    func verify() throws -> (problems: [String], progress: Double)
    /// What is wrong after the command ran to its end (empty: exactly the new state).
    func verifyFinished() throws -> [String]
}

/// Runs a scenario to its end once (to learn how long it takes), then again and again from
/// its old state, each time killed after a delay drawn from a seeded generator.
struct CrashHarness {
    var kills: Int
    var seed: UInt64

    /// The problems found, each tagged with the kill that showed it, and how far the
    /// command had got at each kill.
    func run(_ scenario: some CrashScenario) throws -> (problems: [String], progress: [Double]) {
        try scenario.reset()
        let start = Date()
        let full = try PMProcess.start(scenario.arguments, in: scenario.root)
        full.waitUntilExit()
        let duration = Date().timeIntervalSince(start)
        var problems = try scenario.verifyFinished().map { "full run: \($0)" }
        var random = SplitMix64(seed: seed)
        var progress: [Double] = []
        for kill in 0..<kills {
            try scenario.reset()
            // Anywhere from just after start-up to just before the end.
            let delay = duration * Double(random.within(2...98)) / 100
            let process = try PMProcess.start(scenario.arguments, in: scenario.root)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let verdict = try scenario.verify()
            progress.append(verdict.progress)
            problems += verdict.problems.map { "kill \(kill) after \(String(format: "%.2f", delay)) s: \($0)" }
        }
        // After the last kill, running the command again finishes the job.
        let again = try PMProcess.start(scenario.arguments, in: scenario.root)
        again.waitUntilExit()
        problems += try scenario.verifyFinished().map { "resumed after a kill: \($0)" }
        return (problems, progress)
    }
}

/// `pm import` of a large batch of changed documents over an earlier import of them.
struct ImportCrashScenario: CrashScenario {
    let folder: URL
    let root: URL
    let documents: URL
    let baseline: URL
    /// Every incident before the re-import, and after it, by id.
    let old: [IncidentID: Incident]
    let new: [IncidentID: Incident]

    var arguments: [String] { ["import", documents.path] }
    var store: URL { root.appendingPathComponent(".pm/store.sqlite") }

    /// Writes `count` synthetic documents, imports them (the old state), writes a changed
    /// version of each over it, and imports that into a copy (the new state, for reference).
    init(count: Int, in folder: URL) throws {
        self.folder = folder
        root = folder.appendingPathComponent("kb")
        documents = folder.appendingPathComponent("documents")
        baseline = folder.appendingPathComponent("baseline")
        #expect(try PMProcess.run(["init", root.path], in: folder).status == 0)
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let corpus = SyntheticCorpus(seed: 42).documents(count: count)
        for document in corpus {
            try Data(document.bytes).write(to: documents.appendingPathComponent(document.name))
        }
        #expect(try PMProcess.run(["import", documents.path], in: root).status == 0)
        old = try Self.incidents(in: root.appendingPathComponent(".pm/store.sqlite"))
        try FileManager.default.copyItem(at: root.appendingPathComponent(".pm"), to: baseline)
        for (index, document) in corpus.enumerated() {
            let changed =
                document.text + "\n\n## Follow-up\n\nReviewed again after the re-import drill, pass \(index).\n"
            try Data(changed.utf8).write(to: documents.appendingPathComponent(document.name))
        }
        #expect(try PMProcess.run(["import", documents.path], in: root).status == 0)
        new = try Self.incidents(in: root.appendingPathComponent(".pm/store.sqlite"))
    }

    static func incidents(in store: URL) throws -> [IncidentID: Incident] {
        let incidents = try IncidentStore(path: store.path).fetchAll()
        return Dictionary(uniqueKeysWithValues: incidents.map { ($0.id, $0) })
    }

    func reset() throws {
        let pm = root.appendingPathComponent(".pm")
        try FileManager.default.removeItem(at: pm)
        try FileManager.default.copyItem(at: baseline, to: pm)
    }

    func verify() throws -> (problems: [String], progress: Double) {
        let store = try IncidentStore(path: store.path)
        var problems = try store.check(sourceBase: root).map { "\($0.kind.rawValue): \($0.message)" }
        let stored = try store.fetchAll()
        for incident in stored where incident != old[incident.id] && incident != new[incident.id] {
            problems.append("\(incident.id) is neither its old nor its new version")
        }
        let missing = Set(old.keys).subtracting(stored.map(\.id))
        if !missing.isEmpty { problems.append("incidents lost: \(missing.sorted())") }
        let renewed = stored.filter { $0 == new[$0.id] }.count
        return (problems, Double(renewed) / Double(max(new.count, 1)))
    }

    func verifyFinished() throws -> [String] {
        let stored = try IncidentStore(path: store.path).fetchAll()
        let differing = stored.filter { $0 != new[$0.id] }.map(\.id)
        return (stored.count == new.count ? [] : ["\(stored.count) incidents instead of \(new.count)"])
            + (differing.isEmpty ? [] : ["not the new version: \(differing)"])
    }
}

@Suite(.serialized) struct CrashConsistencyTests {
    /// How many times the import is killed: `PM_CRASH_KILLS`, else 10.
    static var kills: Int { ProcessInfo.processInfo.environment["PM_CRASH_KILLS"].flatMap(Int.init) ?? 10 }

    @Test func killedImportLeavesEachIncidentOldOrNew() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let scenario = try ImportCrashScenario(count: 80, in: folder.url)
        #expect(scenario.old.count == 80 && scenario.new.count == 80)
        #expect(Set(scenario.old.keys) == Set(scenario.new.keys))
        #expect(scenario.old.values.allSatisfy { scenario.new[$0.id] != $0 }, "every incident changes")

        let (problems, progress) = try CrashHarness(kills: Self.kills, seed: 7).run(scenario)

        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        // The kills landed in the middle of the batch, not only before or after it.
        #expect(progress.contains { $0 > 0 && $0 < 1 }, "progress at each kill: \(progress)")
    }
}
