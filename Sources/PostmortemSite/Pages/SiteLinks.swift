import PostmortemKit

/// Where every page of a site lives: the one place that turns ids and names into paths.
///
/// Pages sit at most one folder deep and are linked relatively (`../services/redis.html`),
/// so a site works from any base URL and straight from disk (file://) alike. Names become
/// file names only through ``SlugMaker``; each kind of name gets unique slugs.
struct SiteLinks: Sendable {
    private let kinds: [IncidentID: IncidentKind]
    /// Every known incident's page and Markdown copy, and every known tag's, mode's,
    /// service's and resource's page, made once (list pages ask for them once per row).
    private let pages: [IncidentID: SitePath]
    private let markdowns: [IncidentID: SitePath]
    private let tagPaths: [String: SitePath]
    private let modePaths: [FailureModeID: SitePath]
    private let servicePaths: [String: SitePath]
    private let resourcePaths: [String: SitePath]

    /// Slugs for the given incidents, services and resources (by their service index keys;
    /// resources as `kind:key`), tags and modes.
    init(
        incidents: [(IncidentID, IncidentKind)], serviceKeys: some Sequence<String>,
        resourceKeys: some Sequence<String>, tags: some Sequence<String>, modes: some Sequence<FailureModeID>
    ) {
        let kinds = Dictionary(incidents, uniquingKeysWith: { first, _ in first })
        self.kinds = kinds
        var pages: [IncidentID: SitePath] = [:]
        var markdowns: [IncidentID: SitePath] = [:]
        pages.reserveCapacity(kinds.count)
        markdowns.reserveCapacity(kinds.count)
        for (id, slug) in SlugMaker.uniqueSlugs(for: incidents.map(\.0.rawValue)) {
            let id = IncidentID(id)
            let stem = (kinds[id] == .runbook ? "runbooks/" : "incidents/") + slug
            pages[id] = Self.path(stem + ".html")
            markdowns[id] = Self.path(stem + ".md")
        }
        self.pages = pages
        self.markdowns = markdowns
        tagPaths = SlugMaker.uniqueSlugs(for: tags).mapValues { Self.path("tags/\($0).html") }
        servicePaths = SlugMaker.uniqueSlugs(for: serviceKeys).mapValues { Self.path("services/\($0).html") }
        resourcePaths = SlugMaker.uniqueSlugs(for: resourceKeys).mapValues { Self.path("resources/\($0).html") }
        var modePaths: [FailureModeID: SitePath] = [:]
        for (id, slug) in SlugMaker.uniqueSlugs(for: modes.map(\.rawValue)) {
            modePaths[FailureModeID(id)] = Self.path("modes/\(slug).html")
        }
        self.modePaths = modePaths
    }

    static let home = path("index.html")
    static let incidents = path("incidents/index.html")
    static let runbooks = path("runbooks/index.html")
    static let lessons = path("lessons/index.html")
    static let modes = path("modes/index.html")
    static let services = path("services/index.html")
    static let actions = path("actions/index.html")
    static let tags = path("tags/index.html")
    static let severities = path("severities/index.html")
    static let years = path("years/index.html")
    static let stats = path("stats/index.html")
    static let search = path("search/index.html")
    static let searchScript = path("search/index.js")
    static let searchJSON = path("search/index.json")
    static let feed = path("feed.xml")
    static let sitemap = path("sitemap.xml")
    static let notFound = path("404.html")
    /// The folder the theme's `site/` files are copied to.
    static let assetsFolder = "assets"

    /// A path valid by construction: the constants above, and paths built from slugs
    /// (lower-case letters, digits and hyphens only).
    private static func path(_ text: String) -> SitePath {
        SitePath(trusted: text)
    }

    private func folder(for id: IncidentID) -> String {
        kinds[id] == .runbook ? "runbooks" : "incidents"
    }

    /// The HTML page of an incident or runbook.
    func page(_ id: IncidentID) -> SitePath {
        if let page = pages[id] { return page }
        return Self.path("\(folder(for: id))/\(SlugMaker.slug(id.rawValue)).html")
    }

    /// The canonical Markdown copy of an incident or runbook.
    func markdown(_ id: IncidentID) -> SitePath {
        if let markdown = markdowns[id] { return markdown }
        return Self.path("\(folder(for: id))/\(SlugMaker.slug(id.rawValue)).md")
    }

    /// The page of the service with this service index key.
    func service(key: String) -> SitePath {
        if let path = servicePaths[key] { return path }
        return Self.path("services/\(SlugMaker.slug(key)).html")
    }

    /// The page of a volume or claim, by `kind:key` as the service index names it.
    func resource(key: String) -> SitePath {
        if let path = resourcePaths[key] { return path }
        return Self.path("resources/\(SlugMaker.slug(key)).html")
    }

    func tag(_ tag: String) -> SitePath {
        if let path = tagPaths[tag] { return path }
        return Self.path("tags/\(SlugMaker.slug(tag)).html")
    }

    func mode(_ id: FailureModeID) -> SitePath {
        if let path = modePaths[id] { return path }
        return Self.path("modes/\(SlugMaker.slug(id.rawValue)).html")
    }

    static func year(_ year: Int?) -> SitePath {
        path("years/\(year.map { String($0) } ?? "undated").html")
    }

    static func severity(_ level: Int?) -> SitePath {
        path("severities/\(level.map { "sev\($0)" } ?? "unrated").html")
    }

    /// The theme file `site/<name>` as copied into the site.
    static func asset(_ themePath: String) -> SitePath? {
        guard themePath.hasPrefix("site/") else { return nil }
        return SitePath(assetsFolder + "/" + themePath.dropFirst("site/".count))
    }

    /// `target` as a link from a page at `from`.
    static func href(_ target: SitePath, from: SitePath) -> String {
        from.rootPrefix + target.rawValue
    }
}
