import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// The steps of a publish, in the order `Publisher.steps` runs them.
extension PublishingStep {
    /// Checks the output folder, clears what killed publishes left beside it, and makes the
    /// staging folder the site is built in.
    static let prepareOutput = PublishingStep("prepare the output folder") { context throws(PublishError) in
        let output = try OutputCheck.resolve(context.options.output, for: context.knowledgeBase)
        SiteBuild.removeLeftovers(beside: output)
        context.build = try SiteBuild(
            output: output, scratchID: "\(getpid())-\(UUID().uuidString.prefix(8).lowercased())")
    }

    /// The page templates, the knowledge base's own overriding pm's: all parsed now, so a
    /// broken one fails before any page is made.
    static let loadTheme = PublishingStep("load the theme") { context throws(PublishError) in
        let theme = Theme(overrideRoot: context.knowledgeBase.root)
        do throws(ThemeError) {
            let templates = try SiteTemplates(
                files: theme.files(under: "templates/site"), folder: "templates/site",
                compile: context.options.compilesTemplates)
            for name in PageTemplate.allCases.map(\.rawValue) where !templates.names.contains(name) {
                throw ThemeError.missing(
                    path: "templates/site/\(name).mustache",
                    available: templates.names.map { "templates/site/\($0).mustache" })
            }
            context.templates = templates
            context.themeFiles = try theme.files(under: "templates/site")
        } catch {
            throw .theme(error)
        }
    }

    /// Reads every incident's facts and the knowledge views from the store (only the
    /// incidents whose revision changed since the cache beside the store was written), and
    /// works out where every page goes.
    static let readKnowledgeBase = PublishingStep("read the knowledge base") { context throws(PublishError) in
        let taxonomy: Taxonomy
        do {
            taxonomy = try context.knowledgeBase.taxonomy()
        } catch {
            throw .store(reason: error.localizedDescription)
        }
        // Overdue actions are marked only when a date is asked for: a site has no "today".
        let today = context.options.date?.day ?? Day(year: 1, month: 1, day: 1)
        guard let today else { throw .store(reason: "no day to mark overdue actions against") }
        let catalog = context.knowledgeBase.config.serviceCatalog
        let cache =
            context.options.usesInputCache
            ? SiteDataCache(
                folder: SiteDataCache.folder(besideStore: context.knowledgeBase.storeURL),
                key: SiteDataCache.key(catalog: catalog)) : nil
        do {
            let loaded = try SiteData.load(
                store: context.store, taxonomy: taxonomy, catalog: catalog, today: today, cache: cache)
            context.data = loaded.data
            context.inputs = loaded
        } catch {
            throw .store(reason: error.localizedDescription)
        }
        context.globalKey = GlobalKey.make(context: context, taxonomy: taxonomy)
        if let data = context.data {
            var digest = Fingerprint(context.globalKey)
            digest.mix(data.siteDigest)
            context.siteDigest = digest.hex
        }
        if let cache, let record = cache.siteRecord(), let build = context.build,
            record.manifestHash == SiteDataCache.manifestHash(of: build.output), record.digest == context.siteDigest
        {
            context.sameSiteAsBefore = true
        }
    }

    /// One page per incident, near miss and runbook, and a copy of its canonical Markdown.
    /// Incidents whose revision and surroundings are unchanged keep their files; the others
    /// are read whole, in batches, and rendered in parallel.
    static let renderIncidentPages = PublishingStep("render incident pages") { context throws(PublishError) in
        try IncidentPages.render(context)
    }

    // The list pages' steps do not wait for their pages: the action board's step waits
    // for them all.
    static let renderIndexPages = PublishingStep("render index pages", finishesPages: false) {
        context throws(PublishError) in
        try IndexPages.render(context)
    }

    static let renderLessonsAndFailureModes = PublishingStep("render lessons and failure modes", finishesPages: false) {
        context throws(PublishError) in
        try ModePages.render(context)
    }

    static let renderServicePages = PublishingStep("render service pages", finishesPages: false) {
        context throws(PublishError) in
        try ServicePages.render(context)
    }

    static let renderActionBoard = PublishingStep("render the action board") { context throws(PublishError) in
        try ActionBoardPage.render(context)
    }

    static let renderStats = PublishingStep("render stats") { context throws(PublishError) in
        try StatsPage.render(context)
    }

    static let writeSearchIndex = PublishingStep("write the search index") { context throws(PublishError) in
        try SearchIndex.write(context)
    }

    static let writeFeedAndSitemap = PublishingStep("write the feed and sitemap") { context throws(PublishError) in
        try FeedAndSitemap.write(context)
    }

    static let writeNotFoundPage = PublishingStep("write the 404 page") { context throws(PublishError) in
        let path = SiteLinks.notFound
        // Hosts serve 404.html for a missing page at any depth: with a base URL, its links
        // are absolute so they work from there.
        let model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Page not found", section: nil, absolute: true)
        ]
        context.render(.notFound, model, to: path)
    }

    /// The theme's `site/` files (stylesheet, search script, icons) into `assets/`, the
    /// knowledge base's own overriding pm's.
    static let copyAssets = PublishingStep("copy assets") { context throws(PublishError) in
        let build = try context.require(context.build, "the output")
        let files: [ThemeFile]
        do throws(ThemeError) {
            files = try Theme(overrideRoot: context.knowledgeBase.root).files(under: "site")
        } catch {
            throw .theme(error)
        }
        for file in files {
            guard let path = SiteLinks.asset(file.path) else { continue }
            try build.write(file.contents, to: path)
        }
    }

    static let swapInSite = PublishingStep("swap in the new site") { context throws(PublishError) in
        try context.require(context.build, "the output").commit()
    }
}

/// The page templates a theme must have, by name (`templates/site/<name>.mustache`).
enum PageTemplate: String, CaseIterable {
    case home = "home.html"
    case incident = "incident.html"
    case runbook = "runbook.html"
    case list = "list.html"
    case terms = "terms.html"
    case mode = "mode.html"
    case lessons = "lessons.html"
    case service = "service.html"
    case actions = "actions.html"
    case stats = "stats.html"
    case search = "search.html"
    case notFound = "404.html"
}
