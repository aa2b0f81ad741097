import Foundation
import PostmortemKit
import PostmortemStore

/// The state the steps of one publish share: what they were given, and what earlier steps
/// made for later ones.
final class PublishingContext {
    let knowledgeBase: KnowledgeBase
    let store: IncidentStore
    let options: PublishOptions
    let progress: (PublishProgress) -> Void
    let site: SiteInfo

    /// Set by the step that prepares the output.
    var build: SiteBuild?
    /// Set by the step that loads the theme: the parsed templates and their files.
    var templates: SiteTemplates?
    var themeFiles: [ThemeFile] = []
    /// A hash of everything every page depends on: which pm, the templates, the config, the
    /// date asked for and the taxonomy.
    var globalKey = ""
    /// Set by the step that reads the knowledge base.
    var data: SiteData?
    /// Set by the step that reads the knowledge base: every incident's inputs and the
    /// cache shards to write once the site is in place.
    var inputs: SiteData.Loaded?
    var notes: [String] = []
    /// Set by the step that reads the knowledge base: whether the cache vouches for the
    /// site in place (its record names that site's manifest) and what every incident page
    /// shows besides its incident and related incidents is unchanged since (see
    /// ``SiteData/siteDigest``): incident pages whose incident and related incidents are
    /// unchanged too are then kept without being checked further.
    var sameSiteAsBefore = false
    /// `globalKey` and the site digest, as the cache records them.
    var siteDigest = ""
    /// How many incident pages were kept because of `sameSiteAsBefore`.
    var incidentPagesTrusted = 0
    /// The fragments of pages with long lists, read from and kept beside the store when
    /// the cache is used.
    let fragments: FragmentStore?

    init(
        knowledgeBase: KnowledgeBase, store: IncidentStore, options: PublishOptions,
        progress: @escaping (PublishProgress) -> Void
    ) {
        self.knowledgeBase = knowledgeBase
        self.store = store
        self.options = options
        self.progress = progress
        var base = knowledgeBase.config.baseURL.trimmingWhitespace()
        if !base.isEmpty, !base.hasSuffix("/") { base += "/" }
        site = SiteInfo(title: knowledgeBase.config.title, baseURL: base.isEmpty ? nil : base, date: options.date)
        fragments =
            options.usesInputCache
            ? FragmentStore(
                folder: SiteDataCache.folder(besideStore: knowledgeBase.storeURL).appendingPathComponent(
                    "pages", isDirectory: true), threshold: options.fragmentThreshold) : nil
    }

    /// What an earlier step made, or an error naming what is missing (a pipeline whose steps
    /// are out of order).
    func require<T>(_ value: T?, _ what: String) throws(PublishError) -> T {
        guard let value else { throw .page(path: "pipeline", reason: "\(what) is not ready: a step ran out of order") }
        return value
    }

    /// The name of the step running, which the pages it queues are reported under.
    var step = ""

    /// Pages queued by the steps since pages were last made (see ``finishPages()``).
    private var pending: [PageJob] = []

    /// Queues the page `template` with `model` at `path`; the `deferred` lists are made and
    /// set in the model only when the page is made.
    func render(_ template: PageTemplate, _ model: PageModel, to path: SitePath, deferred: [DeferredList] = []) {
        pending.append(PageJob(template: template, path: path, model: model, deferred: deferred, step: step))
    }

    /// Queues the page `template` at `path` keyed by `key`, which must change whenever the
    /// model `make` gives would (with the global key, the template and the path, which the
    /// page's input key adds): the model is made only when the previous page was not made
    /// from the same key. For pages many of which stay unchanged (a service per page),
    /// where making every model to compare it costs more than the pages that change.
    /// `make` runs on another thread, after the step has gone on: it must read only values
    /// it holds.
    func render(
        _ template: PageTemplate, key: Fingerprint, to path: SitePath,
        make: @escaping () -> (PageModel, [DeferredList])
    ) {
        pending.append(PageJob(template: template, path: path, model: [:], viewKey: key, make: make, step: step))
    }

    /// Pages being made on other threads (see ``startPages()``), and how they failed.
    private let making = DispatchGroup()
    private let failures = BatchFailures()
    private var batches = 0

    /// Starts making the queued pages on other threads, in parallel, keeping those whose
    /// model did not change; the calling thread goes on (to the next step's models).
    /// ``finishPages()`` waits for them.
    func startPages() throws(PublishFailure) {
        let jobs = pending
        pending = []
        guard !jobs.isEmpty else { return }
        let templates: SiteTemplates
        let build: SiteBuild
        do throws(PublishError) {
            templates = try require(self.templates, "the theme")
            build = try require(self.build, "the output")
        } catch {
            making.wait()
            throw PublishFailure(step: step, error: error)
        }
        let batch = batches
        batches += 1
        let (globalKey, fragments, failures) = (self.globalKey, self.fragments, self.failures)
        DispatchQueue.global().async(group: making) {
            if let (index, error) = PageJobs.run(
                jobs, globalKey: globalKey, templates: templates, build: build, fragments: fragments)
            {
                failures.add(batch: batch, index: index, PublishFailure(step: jobs[index].step, error: error))
            }
        }
    }

    /// Makes the queued pages and waits for every page started before.
    ///
    /// - Throws: the failure of the earliest queued page that failed, under its step's name.
    func finishPages() throws(PublishFailure) {
        try startPages()
        making.wait()
        if let failure = failures.earliest { throw failure }
    }

    /// Waits for the pages being made, whatever becomes of them (a step failed: the build
    /// is discarded once nothing writes to it).
    func abandonPages() {
        pending = []
        making.wait()
    }
}

/// The failures of pages made in batches on other threads; the earliest queued wins.
private final class BatchFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [(batch: Int, index: Int, failure: PublishFailure)] = []

    func add(batch: Int, index: Int, _ failure: PublishFailure) {
        lock.withLock { failures.append((batch, index, failure)) }
    }

    var earliest: PublishFailure? {
        lock.withLock { failures.min { ($0.batch, $0.index) < ($1.batch, $1.index) }?.failure }
    }
}
