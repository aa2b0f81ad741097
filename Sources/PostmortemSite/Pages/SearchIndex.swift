import Foundation
import PostmortemKit

/// The search index the search page's script reads: one entry per incident with what a
/// reader searches for, as JSON (`search/index.json`, for tools) and as a script assigning
/// the same JSON to `window.PM_SEARCH` (`search/index.js`), which a page opened from disk
/// can load where browsers refuse to fetch a file.
///
/// An entry: `{"u": page, "t": title, "d": date, "k": kind, "s": severity, "v": services,
/// "g": tags, "m": failure mode names, "x": summary and lessons, cut to a few hundred
/// characters}`. Pages are relative to the site's root.
enum SearchIndex {
    struct Entry: Encodable {
        var u: String
        var t: String
        var d: String?
        var k: String
        var s: String?
        var v: [String]
        var g: [String]
        var m: [String]
        var x: String
    }

    static let textLimit = 600

    static func entries(_ data: SiteData) -> [Entry] {
        var lessons: [IncidentID: [String]] = [:]
        for statement in data.statements { lessons[statement.incident, default: []].append(statement.text) }
        return data.facts.map { fact in
            let overview = data.overviews[fact.id]
            var text = MarkdownPlain.text(overview?.summary ?? "")
            for lesson in lessons[fact.id] ?? [] where text.count < textLimit {
                text += (text.isEmpty ? "" : " ") + MarkdownPlain.text(lesson)
            }
            if text.count > textLimit { text = String(text.prefix(textLimit)) + "…" }
            return Entry(
                u: data.links.page(fact.id).rawValue, t: fact.title, d: fact.date?.description, k: fact.kind.rawValue,
                s: fact.severity?.label, v: fact.services.map(\.rawValue), g: overview?.tags ?? [],
                m: fact.failureModes.map { data.mode($0).name }, x: text)
        }
    }

    static func write(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let build = try context.require(context.build, "the output")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json: String
        do {
            json = String(decoding: try encoder.encode(entries(data)), as: UTF8.self)
        } catch {
            throw .page(path: SiteLinks.searchJSON.rawValue, reason: "cannot encode the search index: \(error)")
        }
        try build.write(json + "\n", to: SiteLinks.searchJSON)
        // Inside a <script> element "</script" or "<!--" in a string would end or confuse
        // it, and U+2028/2029 end lines in older JavaScript: write them as escapes, which
        // mean the same to JSON and JavaScript.
        let script =
            json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        try build.write("window.PM_SEARCH = \(script);\n", to: SiteLinks.searchScript)

        let path = SiteLinks.search
        let model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Search", section: nil), "title": "Search",
            "indexScript": path.rootPrefix + SiteLinks.searchScript.rawValue,
            "searchScript": path.rootPrefix + SiteLinks.assetsFolder + "/search.js",
            "count": data.facts.count,
        ]
        try context.render(PageTemplate.search.rawValue, model, to: path)
    }
}

/// Markdown reduced to its words for the search index and the feed's summaries: markup
/// characters dropped, link targets dropped, white space collapsed.
enum MarkdownPlain {
    static func text(_ markdown: String) -> String {
        var out = ""
        var skipping = false
        var lastWasSpace = true
        var previous: Character = " "
        for character in markdown {
            if skipping {
                if character == ")" { skipping = false }
                continue
            }
            if character == "(" && previous == "]" {
                skipping = true
                continue
            }
            previous = character
            if "*_`#>|[]~".contains(character) { continue }
            if character.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out.trimmingWhitespace()
    }
}
