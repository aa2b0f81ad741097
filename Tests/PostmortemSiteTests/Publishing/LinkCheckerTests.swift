import Foundation
import Testing

@testable import PostmortemSite

/// Every internal link and asset reference of the published corpus site resolves: each
/// relative `href` and `src` names a file of the site, and each `#fragment` an element id
/// of the page it points to.
@Suite struct LinkCheckerTests {
    @Test func everyInternalLinkOfTheCorpusSiteResolves() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let files = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 100)

        var ids: [String: Set<String>] = [:]
        for (path, data) in pages {
            ids[path] = Set(Self.attributeValues("id", in: String(decoding: data, as: UTF8.self)))
        }
        var checked = 0
        var broken: [String] = []
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: data, as: UTF8.self)
            for link in Self.attributeValues("href", in: html) + Self.attributeValues("src", in: html) {
                guard !Self.isExternal(link) else { continue }
                checked += 1
                let (target, fragment) = Self.resolve(link, from: path)
                guard files[target] != nil else {
                    broken.append("\(path): \(link) → \(target) does not exist")
                    continue
                }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), ids[target]?.contains(fragment) != true {
                    broken.append("\(path): \(link) → no element #\(fragment) in \(target)")
                }
            }
        }
        #expect(broken == [])
        #expect(checked > 1000)
        // The feed's links, relative to the feed itself.
        let feed = String(decoding: files["feed.xml"] ?? Data(), as: UTF8.self)
        for link in Self.attributeValues("href", in: feed) {
            #expect(files[Self.resolve(link, from: "feed.xml").0] != nil, "feed.xml: \(link)")
        }
    }

    static func isExternal(_ link: String) -> Bool {
        let lowered = link.lowercased()
        return ["http:", "https:", "mailto:", "//", "data:"].contains { lowered.hasPrefix($0) }
    }

    /// `link` from the page at `path`, as a path relative to the site's root, and its fragment.
    static func resolve(_ link: String, from path: String) -> (String, String?) {
        var rest = link
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = String(rest[..<hash])
        }
        if let query = rest.firstIndex(of: "?") { rest = String(rest[..<query]) }
        guard !rest.isEmpty else { return (path, fragment) }
        var components = path.split(separator: "/").dropLast().map(String.init)
        for part in rest.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(part))
            }
        }
        return (components.joined(separator: "/"), fragment)
    }

    /// The values of `name="…"` attributes, entities decoded (`&amp;` only matters here).
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }
}
