import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemSite
import PostmortemStore
import PostmortemSynthetic

/// The publish benchmark: a knowledge base of N synthetic incidents (made untimed), then
/// `Publisher.publish` timed three times (a first publish into an empty folder, a publish of
/// the unchanged knowledge base, and one after a single incident changed), with Hugo building
/// the same incidents as Markdown with a minimal theme, in the same run.
struct PublishBenchmark {
    var count: Int
    var seed: UInt64
    var folder: URL
    var store: String?
    var hugo: Bool

    struct Timing {
        var nanoseconds: UInt64 = 0
        /// Processor time of the whole process (all threads, user and system).
        var processorNanoseconds: UInt64 = 0
        /// Each step's name, wall time and processor time.
        var steps: [(String, UInt64, UInt64)] = []
        var report: PublishReport?
    }

    struct Result {
        var incidents = 0
        var setupNanoseconds: UInt64 = 0
        var first = Timing()
        var memoryAfterFirst = MemoryUsage(peakKiB: 0, currentKiB: 0)
        var unchanged = Timing()
        var oneChanged = Timing()
        var hugo: HugoBaseline.Result?
    }

    func run(log: (String) -> Void) throws -> Result {
        var result = Result()
        let base = try knowledgeBase(log: log, result: &result)
        let store = try IncidentStore(path: base.storeURL.path)
        result.incidents = try store.count()
        // The first publish also fills the revisions of a store made before they were kept:
        // do that untimed.
        try store.fillMissingRevisions()
        let output = folder.appendingPathComponent("site", isDirectory: true)
        let publisher = Publisher(knowledgeBase: base, store: store, options: PublishOptions(output: output))

        log("publishing \(result.incidents) incidents…")
        result.first = try timed(publisher)
        result.memoryAfterFirst = MemoryUsage.sample()
        log("publishing again, nothing changed…")
        result.unchanged = try timed(publisher)

        let summaries = try store.list()
        if let target = summaries.first(where: { $0.kind == .incident }), var incident = try store.fetch(target.id) {
            incident.title += " (revised)"
            incident.lessons.append(Lesson(text: "A lesson added after the review", kind: .learned))
            try store.save(incident)
        }
        log("publishing again after one incident changed…")
        result.oneChanged = try timed(publisher)

        if hugo {
            log("building the same incidents with Hugo…")
            result.hugo = try HugoBaseline(folder: folder.appendingPathComponent("hugo", isDirectory: true))
                .run(store: store)
        }
        try store.close()
        return result
    }

    func timed(_ publisher: Publisher) throws -> Timing {
        var timing = Timing()
        var current: (String, UInt64, UInt64)?
        let start = Stopwatch.now()
        let startProcessor = Stopwatch.processorTime()
        timing.report = try publisher.publish { event in
            guard case .step(_, _, let name) = event else { return }
            let now = Stopwatch.now()
            let processor = Stopwatch.processorTime()
            if let (previous, began, beganProcessor) = current {
                timing.steps.append((previous, now - began, processor - beganProcessor))
            }
            current = (name, now, processor)
        }
        let end = Stopwatch.now()
        let endProcessor = Stopwatch.processorTime()
        if let (previous, began, beganProcessor) = current {
            timing.steps.append((previous, end - began, endProcessor - beganProcessor))
        }
        timing.nanoseconds = end - start
        timing.processorNanoseconds = endProcessor - startProcessor
        return timing
    }

    /// The knowledge base: a copy of `store` when given, else the N incidents of
    /// `SyntheticIncidents` (incidents, near misses and runbooks as values, saved 250 per
    /// transaction).
    func knowledgeBase(log: (String) -> Void, result: inout Result) throws -> KnowledgeBase {
        let root = folder.appendingPathComponent("kb", isDirectory: true)
        let base = try KnowledgeBase.prepare(at: root, title: "pm-bench: \(count) synthetic incidents")
        let start = Stopwatch.now()
        if let store {
            log("copying the store \(store)…")
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store + suffix) {
                try FileManager.default.copyItem(
                    at: URL(fileURLWithPath: store + suffix), to: URL(fileURLWithPath: base.storeURL.path + suffix))
            }
        } else {
            log("saving \(count) synthetic incidents (not timed)…")
            let store = try IncidentStore(path: base.storeURL.path, options: .init(createIfMissing: true))
            let incidents = SyntheticIncidents(seed: seed)
            var start = 0
            while start < count {
                let end = min(count, start + 250)
                try store.save((start..<end).map { incidents.incident(at: $0) })
                start = end
            }
            try store.close()
        }
        try base.commitConfig()
        result.setupNanoseconds = Stopwatch.now() - start
        return base
    }
}
