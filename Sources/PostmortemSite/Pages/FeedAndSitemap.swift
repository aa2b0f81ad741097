import PostmortemKit

/// The Atom feed of the newest incidents and, when pm.yml gives the site's address, the
/// sitemap. Both are written without the clock: the feed's date is the newest incident's
/// (or the date asked for).
enum FeedAndSitemap {
    static let feedEntries = 30

    static func write(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let build = try context.require(context.build, "the output")
        try build.write(feed(data, site: context.site), to: SiteLinks.feed)
        if let base = context.site.baseURL {
            var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            text += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for path in build.paths where path.rawValue.hasSuffix(".html") && path != SiteLinks.notFound {
                text += "<url><loc>\(SafeHTML.escape(base + path.rawValue))</loc></url>\n"
            }
            text += "</urlset>\n"
            try build.write(text, to: SiteLinks.sitemap)
        } else {
            context.notes.append("no sitemap.xml: set base_url in pm.yml to the address the site is published at")
        }
    }

    static func feed(_ data: SiteData, site: SiteInfo) -> String {
        // Relative links resolve against the feed's own address when the site has no base URL.
        let base = site.baseURL ?? ""
        let entries = data.facts.filter { $0.kind != .runbook && $0.date != nil }.prefix(feedEntries)
        let updated =
            site.date.map(atomDate) ?? entries.first?.date.map { atomDate(Timestamp(day: $0)) }
            ?? "1970-01-01T00:00:00Z"
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        text += "<title>\(SafeHTML.escape(site.title))</title>\n"
        text +=
            "<id>\(SafeHTML.escape(site.baseURL ?? "urn:pm:site:" + StableHash.hex(bytes: Array(site.title.utf8))))</id>\n"
        text += "<updated>\(updated)</updated>\n"
        text += "<link rel=\"alternate\" href=\"\(SafeHTML.escape(base + SiteLinks.home.rawValue))\"/>\n"
        if let baseURL = site.baseURL {
            text += "<link rel=\"self\" href=\"\(SafeHTML.escape(baseURL + SiteLinks.feed.rawValue))\"/>\n"
        }
        text += "<generator>pm</generator>\n"
        for fact in entries {
            let overview = data.overviews[fact.id]
            text += "<entry>\n"
            text += "<title>\(SafeHTML.escape(fact.title))</title>\n"
            text += "<id>urn:pm:incident:\(SafeHTML.escape(fact.id.rawValue))</id>\n"
            text += "<link rel=\"alternate\" href=\"\(SafeHTML.escape(base + data.links.page(fact.id).rawValue))\"/>\n"
            text += "<updated>\(fact.date.map { atomDate(Timestamp(day: $0)) } ?? updated)</updated>\n"
            text += "<author><name>\(SafeHTML.escape(site.title))</name></author>\n"
            for service in fact.services {
                text += "<category term=\"\(SafeHTML.escape(service.rawValue))\"/>\n"
            }
            let summary = MarkdownPlain.text(overview?.summary ?? "")
            if !summary.isEmpty { text += "<summary>\(SafeHTML.escape(summary))</summary>\n" }
            text += "</entry>\n"
        }
        return text + "</feed>\n"
    }

    /// RFC 3339, in UTC when the offset is known, midnight for a bare day.
    static func atomDate(_ timestamp: Timestamp) -> String {
        guard let hour = timestamp.hour else { return timestamp.day.description + "T00:00:00Z" }
        var minutes = hour * 60 + (timestamp.minute ?? 0) - (timestamp.utcOffsetMinutes ?? 0)
        var day = timestamp.day.daysSinceEpoch
        day += Int((Double(minutes) / 1440).rounded(.down))
        minutes = ((minutes % 1440) + 1440) % 1440
        let date = TimelineChart.dayFromEpoch(day) ?? timestamp.day
        return date.description + "T" + Formatting.pad(minutes / 60) + ":" + Formatting.pad(minutes % 60) + ":"
            + Formatting.pad(timestamp.second ?? 0) + "Z"
    }
}
