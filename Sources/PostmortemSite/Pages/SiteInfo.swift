import PostmortemKit

/// What every page shows about the site: its title, the navigation, the build date.
struct SiteInfo: Sendable {
    var title: String
    /// The base URL from pm.yml with a trailing slash, or nil when it has none.
    var baseURL: String?
    /// The date the site says it was published on, when asked for one.
    var date: Timestamp?

    /// The sections in the navigation, in order.
    static let navigation: [(label: String, path: SitePath)] = [
        ("Incidents", SiteLinks.incidents), ("Runbooks", SiteLinks.runbooks), ("Lessons", SiteLinks.lessons),
        ("Failure modes", SiteLinks.modes), ("Services", SiteLinks.services), ("Actions", SiteLinks.actions),
        ("Stats", SiteLinks.stats),
    ]

    /// The layout's part of a page model: links relative to `path`, which navigation entry
    /// is current.
    func chrome(for path: SitePath, title pageTitle: String, section: SitePath?, absolute: Bool = false) -> PageModel {
        let root = absolute ? (baseURL ?? path.rootPrefix) : path.rootPrefix
        func href(_ target: SitePath) -> String { root + target.rawValue }
        var chrome: PageModel = [
            "siteTitle": title,
            "pageTitle": pageTitle,
            "root": root,
            "home": href(SiteLinks.home),
            "stylesheet": root + SiteLinks.assetsFolder + "/style.css",
            "favicon": root + SiteLinks.assetsFolder + "/favicon.svg",
            "searchPage": href(SiteLinks.search),
            "feed": href(SiteLinks.feed),
            "nav": Self.navigation.map { entry -> PageModel in
                ["label": entry.label, "href": href(entry.path), "current": entry.path == section]
            },
        ]
        chrome.set("generated", date.map(Formatting.timestamp))
        return chrome
    }
}
