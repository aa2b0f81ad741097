import Foundation
import PostmortemKit
import PostmortemStore

/// Publishes a knowledge base as a static site: a pipeline of named steps that builds the
/// whole site in a staging folder beside the output, then swaps it in.
///
/// All or nothing: a failure in any step leaves the previous site byte-identical (the
/// staging folder is removed). Deterministic: the same knowledge base and options give the
/// same bytes. Incremental: files whose inputs did not change are linked from the previous
/// site, not written again. Every read of the store happens in one read transaction.
public struct Publisher {
    public let knowledgeBase: KnowledgeBase
    public let store: IncidentStore
    public let options: PublishOptions

    public init(knowledgeBase: KnowledgeBase, store: IncidentStore, options: PublishOptions) {
        self.knowledgeBase = knowledgeBase
        self.store = store
        self.options = options
    }

    /// The names of the steps, in order, as progress reports them.
    public static var stepNames: [String] { steps.map(\.name) }

    static let steps: [PublishingStep] = [
        .prepareOutput, .loadTheme, .readKnowledgeBase, .renderIncidentPages, .renderIndexPages,
        .renderLessonsAndFailureModes, .renderServicePages, .renderActionBoard, .renderStats, .writeSearchIndex,
        .writeFeedAndSitemap, .writeNotFoundPage, .copyAssets, .swapInSite,
    ]

    /// Runs the pipeline, reporting progress to `progress` (from the calling thread).
    ///
    /// - Throws: ``PublishFailure`` naming the step that failed and why; the previous site is
    ///   then unchanged.
    public func publish(progress: @escaping (PublishProgress) -> Void = { _ in }) throws(PublishFailure)
        -> PublishReport
    {
        let context = PublishingContext(
            knowledgeBase: knowledgeBase, store: store, options: options, progress: progress)
        let lock: PublishLock
        do {
            lock = try PublishLock(
                file: knowledgeBase.storeURL.deletingLastPathComponent().appendingPathComponent(".pm-publish.lock"))
        } catch {
            throw PublishFailure(step: "take the publish lock", error: error)
        }
        defer {
            context.build?.discard()
            withExtendedLifetime(lock) {}
        }
        let pipeline = PublishingPipeline(steps: Self.steps)
        do {
            // A store written before revisions were kept gets them once, so its pages can be
            // kept from then on.
            try store.fillMissingRevisions()
        } catch {
            throw PublishFailure(step: "read the knowledge base", error: .store(reason: error.localizedDescription))
        }
        do {
            try store.readingConsistently { try pipeline.run(context) }
        } catch let failure as PublishFailure {
            throw failure
        } catch {
            throw PublishFailure(step: "read the knowledge base", error: .store(reason: error.localizedDescription))
        }
        guard let build = context.build else {
            throw PublishFailure(step: "swap in the site", error: .page(path: "pipeline", reason: "no output"))
        }
        if let loaded = context.inputs, options.usesInputCache {
            // After the swap: the cache is keyed by revisions, so it is right whichever
            // site is in place, and a crash before or during this only costs reading more
            // incidents next time.
            let folder = SiteDataCache.folder(besideStore: knowledgeBase.storeURL)
            let key = SiteDataCache.key(catalog: knowledgeBase.config.serviceCatalog)
            SiteDataCache.removeSiteRecord(folder: folder, key: key)
            SiteDataCache.save(loaded.inputs, shards: loaded.changedShards, folder: folder, key: key)
            if loaded.choicesChanged {
                SiteDataCache.save(choices: loaded.choices, limit: SiteData.relatedLimit, folder: folder, key: key)
            }
            // Last: the record that the files above describe the site now in place.
            if let manifestHash = SiteDataCache.manifestHash(of: build.output) {
                SiteDataCache.save(siteRecord: manifestHash, digest: context.siteDigest, folder: folder, key: key)
            }
            SiteDataCache.removeOldFormats(folder: folder)
        }
        let paths = build.unorderedPaths
        let pages = paths.filter { $0.rawValue.hasSuffix(".html") }
        context.fragments?.save(keeping: pages)
        var report = PublishReport(
            output: build.output, files: paths.count, pages: pages.count,
            written: build.written, unchanged: build.kept, notes: context.notes,
            incidentsRead: context.inputs?.read ?? 0)
        report.incidentPagesTrusted = context.incidentPagesTrusted
        return report
    }
}
