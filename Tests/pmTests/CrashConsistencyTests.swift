import Foundation
import PostmortemKit
import PostmortemStore
import PostmortemSynthetic
import Testing

/// A pm command that changes a knowledge base from an old state to a new one, to be killed
/// (SIGKILL) at random moments: after each kill what is on disk must be whole, the old
/// state or the new one, item by item, never a part of one.
///
/// `pm import` and `pm publish` are the scenarios: the store, item by item; the site folder,
/// whole (file by file digests), the old site or the new one.
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

/// `pm publish` of a knowledge base whose every incident changed since its site was
/// published: the old state is the store as it is now and the previous site in the output
/// folder (or, for a first publish, no output folder at all); the new state is that store's
/// site, as a publish to a fresh folder makes it.
///
/// A class: `reset` notes which scratch folders earlier kills left beside the output, so
/// `verify` can tell this run's from theirs.
final class PublishCrashScenario: CrashScenario {
    let root: URL
    /// The folder published to, alone in its parent folder but for pm's scratch folders.
    let output: URL
    /// A copy of the previous site, put back by `reset`; nil for a first publish.
    let previousCopy: URL?
    let old: SiteTree?
    let new: SiteTree
    private var scratchBefore: Set<String> = []

    var arguments: [String] { ["publish", "--out", output.path] }
    var parent: URL { output.deletingLastPathComponent() }
    /// How pm names the folders it builds a site in and parks the previous one in.
    var scratchPrefix: String { "." + output.lastPathComponent + ".pm-" }

    init(root: URL, output: URL, previousCopy: URL?, old: SiteTree?, new: SiteTree) {
        self.root = root
        self.output = output
        self.previousCopy = previousCopy
        self.old = old
        self.new = new
    }

    /// Whatever is in the output's folder besides the output, by name.
    func scratch() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: parent.path)).subtracting([output.lastPathComponent])
    }

    func reset() throws {
        if FileManager.default.fileExists(atPath: output.path) { try FileManager.default.removeItem(at: output) }
        if let previousCopy { try FileManager.default.copyItem(at: previousCopy, to: output) }
        // Scratch folders of the last kill stay: each publish must clear them itself.
        scratchBefore = try scratch()
    }

    func verify() throws -> (problems: [String], progress: Double) {
        var problems = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
            .check(sourceBase: root).map { "\($0.kind.rawValue): \($0.message)" }
        let scratch = try scratch()
        for name in scratch.sorted() where !name.hasPrefix(scratchPrefix) {
            problems.append("\(name) beside the site is not a hidden scratch folder of pm's")
        }
        // A spare site (the one a publish replaced, kept for the next to build in) is always
        // whole: every file its manifest lists, and no other.
        let spare = parent.appendingPathComponent(scratchPrefix + "spare")
        if let tree = try SiteTree.read(spare) {
            problems += try tree.manifestProblems(root: spare).map { "the spare site: \($0)" }
        }
        let site = try SiteTree.read(output)
        if site == new { return (problems, 1) }
        if site != old {
            let what = site.map { old.map($0.difference) ?? "a site" } ?? "nothing"
            problems.append(
                "the output is neither the old site nor the new one: \(what) against the old site; "
                    + (site.map { $0.difference(from: new) } ?? "") + " against the new one")
        }
        // How far the build had got: the files in this run's staging folder.
        var staged = 0
        for name in scratch.subtracting(scratchBefore) where name.hasPrefix(scratchPrefix + "staging-") {
            staged += try SiteTree.read(parent.appendingPathComponent(name))?.files.count ?? 0
        }
        return (problems, min(0.99, Double(staged) / Double(max(new.files.count, 1))))
    }

    func verifyFinished() throws -> [String] {
        let site = try SiteTree.read(output)
        // The site a publish replaced stays as the next publish's spare.
        let scratch = try scratch().subtracting([scratchPrefix + "spare"])
        return (site == new ? [] : ["not the new site: " + (site.map { $0.difference(from: new) } ?? "no site")])
            + (scratch.isEmpty ? [] : ["scratch folders left beside the site: \(scratch.sorted())"])
    }
}

/// A knowledge base of `count` synthetic incidents, each changed and imported again after a
/// first publish: the previous site (kept in a copy) and the site of the changed store (made
/// in a folder of its own, for reference).
struct PublishCrashFixture {
    let root: URL
    let previousCopy: URL
    let previous: SiteTree
    let new: SiteTree

    init(count: Int, in folder: URL) throws {
        root = folder.appendingPathComponent("kb")
        let documents = folder.appendingPathComponent("documents")
        #expect(try PMProcess.run(["init", root.path], in: folder).status == 0)
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        let corpus = Array(SyntheticCorpus(seed: 11).documents(count: count))
        for document in corpus {
            try Data(document.bytes).write(to: documents.appendingPathComponent(document.name))
        }
        #expect(try PMProcess.run(["import", documents.path], in: root).status == 0)
        previousCopy = folder.appendingPathComponent("previous/site")
        try FileManager.default.createDirectory(
            at: previousCopy.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try PMProcess.run(["publish", "--out", previousCopy.path], in: root).status == 0)
        previous = try SiteTree.read(previousCopy) ?? SiteTree(entries: [:])
        for (index, document) in corpus.enumerated() {
            let changed =
                document.text + "\n\n## Follow-up\n\nReviewed again before the publish drill, pass \(index).\n"
            try Data(changed.utf8).write(to: documents.appendingPathComponent(document.name))
        }
        #expect(try PMProcess.run(["import", documents.path], in: root).status == 0)
        let reference = folder.appendingPathComponent("reference/site")
        try FileManager.default.createDirectory(
            at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try PMProcess.run(["publish", "--out", reference.path], in: root).status == 0)
        new = try SiteTree.read(reference) ?? SiteTree(entries: [:])
    }

    /// A scenario publishing to `output` (a folder of its own is made for it), over the
    /// previous site or, with `firstPublish`, over nothing.
    func scenario(output: URL, firstPublish: Bool) throws -> PublishCrashScenario {
        try FileManager.default.createDirectory(
            at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        return PublishCrashScenario(
            root: root, output: output, previousCopy: firstPublish ? nil : previousCopy,
            old: firstPublish ? nil : previous, new: new)
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

    /// Incidents in the knowledge base the publish test kills `pm publish` in: enough that a
    /// debug build takes seconds to publish them.
    static let publishedIncidents = 200

    @Test func killedPublishLeavesTheOldSiteOrTheNewOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fixture = try PublishCrashFixture(count: Self.publishedIncidents, in: folder.url)
        let changedPages = fixture.new.files.keys.filter {
            $0.hasPrefix("incidents/") && $0.hasSuffix(".html") && fixture.previous.files[$0] != fixture.new.files[$0]
        }
        #expect(changedPages.count > Self.publishedIncidents * 9 / 10, "every incident's page changes")

        // Over the previous site, then as the first publish ever (no output folder before).
        for (index, first) in [false, true].enumerated() {
            let output = folder.url.appendingPathComponent("out-\(index)/site")
            let scenario = try fixture.scenario(output: output, firstPublish: first)
            let kills = first ? max(1, Self.kills / 2) : Self.kills
            let (problems, progress) = try CrashHarness(kills: kills, seed: 8 + UInt64(index)).run(scenario)

            #expect(problems.isEmpty, "first publish: \(first)\n\(problems.prefix(20).joined(separator: "\n"))")
            // The kills landed while pm published, not only after it had finished.
            #expect(progress.contains { $0 < 1 }, "first publish: \(first), progress: \(progress)")
        }

        // Killed once its staging folder holds pages, however long that takes on this machine:
        // the old site stays, the scratch folder is hidden, and the next publish removes it.
        let scenario = try fixture.scenario(
            output: folder.url.appendingPathComponent("out-2/site"), firstPublish: false)
        try scenario.reset()
        let process = try PMProcess.start(scenario.arguments, in: scenario.root)
        let deadline = Date().addingTimeInterval(600)
        var staged = 0
        while process.isRunning, staged < 20, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
            staged = try scenario.scratch().filter { $0.hasPrefix(scenario.scratchPrefix + "staging-") }.reduce(0) {
                $0 + ((try SiteTree.read(scenario.parent.appendingPathComponent($1)))?.files.count ?? 0)
            }
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let left = try scenario.scratch()

        #expect(process.terminationReason == .uncaughtSignal, "pm publish ended before its staging folder filled")
        #expect(try SiteTree.read(scenario.output) == fixture.previous)
        #expect(left.count == 1 && left.allSatisfy { $0.hasPrefix(scenario.scratchPrefix + "staging-") }, "\(left)")
        let again = try PMProcess.run(scenario.arguments, in: scenario.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try scenario.verifyFinished() == [])
    }
}
