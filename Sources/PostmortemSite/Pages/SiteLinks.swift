import PostmortemKit

/// Where every page of a site lives: the one place that turns ids and names into paths.
///
/// Pages sit at most one folder deep and are linked relatively (`../services/redis.html`),
/// so a site works from any base URL and straight from disk (file://) alike. Names become
/// file names only through ``SlugMaker``; each kind of name gets unique slugs.
struct SiteLinks: Sendable {
    private let incidentSlugs: [IncidentID: String]
    private let serviceSlugs: [String: String]
    private let resourceSlugs: [String: String]
    private let tagSlugs: [String: String]
    private let modeSlugs: [FailureModeID: String]
    private let kinds: [IncidentID: IncidentKind]

    /// Slugs for the given incidents, services and resources (by their service index keys;
    /// resources as `kind:key`), tags and modes.
    init(
        incidents: [(IncidentID, IncidentKind)], serviceKeys: some Sequence<String>,
        resourceKeys: some Sequence<String>, tags: some Sequence<String>, modes: some Sequence<FailureModeID>
    ) {
        let ids = SlugMaker.uniqueSlugs(for: incidents.map(\.0.rawValue))
        incidentSlugs = Dictionary(uniqueKeysWithValues: ids.map { (IncidentID($0.key), $0.value) })
        kinds = Dictionary(incidents, uniquingKeysWith: { first, _ in first })
        serviceSlugs = SlugMaker.uniqueSlugs(for: serviceKeys)
        resourceSlugs = SlugMaker.uniqueSlugs(for: resourceKeys)
        tagSlugs = SlugMaker.uniqueSlugs(for: tags)
        let modes = SlugMaker.uniqueSlugs(for: modes.map(\.rawValue))
        modeSlugs = Dictionary(uniqueKeysWithValues: modes.map { (FailureModeID($0.key), $0.value) })
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
        Self.path("\(folder(for: id))/\(incidentSlugs[id] ?? SlugMaker.slug(id.rawValue)).html")
    }

    /// The canonical Markdown copy of an incident or runbook.
    func markdown(_ id: IncidentID) -> SitePath {
        Self.path("\(folder(for: id))/\(incidentSlugs[id] ?? SlugMaker.slug(id.rawValue)).md")
    }

    /// The page of the service with this service index key.
    func service(key: String) -> SitePath {
        Self.path("services/\(serviceSlugs[key] ?? SlugMaker.slug(key)).html")
    }

    /// The page of a volume or claim, by `kind:key` as the service index names it.
    func resource(key: String) -> SitePath {
        Self.path("resources/\(resourceSlugs[key] ?? SlugMaker.slug(key)).html")
    }

    func tag(_ tag: String) -> SitePath {
        Self.path("tags/\(tagSlugs[tag] ?? SlugMaker.slug(tag)).html")
    }

    func mode(_ id: FailureModeID) -> SitePath {
        Self.path("modes/\(modeSlugs[id] ?? SlugMaker.slug(id.rawValue)).html")
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
