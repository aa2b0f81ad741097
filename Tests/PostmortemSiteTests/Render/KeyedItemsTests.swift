import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// Keyed lists rendered as fragments: a page made again copies the items whose keys the
/// previous page holds, makes only the others, and gives the bytes a whole render gives.
@Suite struct KeyedItemsTests {
    static let files = [
        ThemeFile(
            path: "t/page.mustache",
            contents: """
                <h1>{{title}}</h1>
                <nav>{{#groups}}<a>{{owner}} {{count}}</a>{{/groups}}</nav>
                {{#groups}}
                <section>{{owner}}
                {{> list}}
                </section>
                {{/groups}}
                {{^groups}}none{{/groups}}
                {{#flat}}[{{text}}]{{/flat}}

                """, origin: .bundled),
        ThemeFile(
            path: "t/list.mustache", contents: "<ul>\n{{#actions}}<li>{{text}} of {{owner}}</li>\n{{/actions}}</ul>\n",
            origin: .bundled),
    ]

    /// Counts the items made.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    /// Owner groups (keyed) of actions (keyed), and a flat keyed list; `texts[owner]` are
    /// the actions' texts, each action keyed by its text.
    static func model(_ texts: [(String, [String])], flat: [String], counter: Counter) -> PageModel {
        let groups = texts.map { owner, actions -> KeyedItem in
            let items = actions.map { text in
                KeyedItem(key: text) {
                    counter.add()
                    return ["text": text]
                }
            }
            let key = owner + " " + DeferredList(name: "actions", items: items).key.hex
            return KeyedItem(key: key) {
                counter.add()
                return ["owner": owner, "count": actions.count, "actions": KeyedItems(items: items)] as PageModel
            }
        }
        var model: PageModel = ["title": "Board"]
        model.set("groups", keyed: groups)
        model.set(
            "flat",
            keyed: flat.map { text in
                KeyedItem(key: text) {
                    counter.add()
                    return ["text": text]
                }
            })
        return model
    }

    @Test func aPageMadeAgainCopiesTheUnchangedItemsAndGivesTheSameBytes() throws {
        let templates = try #require(CompiledTemplates(files: Self.files, folder: "t"))
        let frame = Fingerprint()
        let before: [(String, [String])] = [("ana", ["a1", "a2", "a3"]), ("bo", ["b1", "b2"]), ("cy", ["c1"])]
        let first = Counter()
        let made = try #require(
            templates.render(
                "page", with: Self.model(before, flat: ["x", "y"], counter: first), frame: frame,
                previous: PreviousRender?.none))
        // 3 groups twice (the nav and the sections), 6 actions, 2 flat items.
        #expect(first.count == 3 * 2 + 6 + 2)
        #expect(made.fragments.count == first.count)
        let plain = templates.render(
            "page", with: KeyedItems.materialized(Self.model(before, flat: ["x", "y"], counter: Counter())))
        #expect(made.html == plain)

        // One action of bo changed, one group gone, one flat item added.
        let after: [(String, [String])] = [("ana", ["a1", "a2", "a3"]), ("bo", ["b1", "b2 changed"])]
        let previous = PreviousRender(bytes: Array(made.html.utf8), fragments: made.fragments)
        let second = Counter()
        let again = try #require(
            templates.render(
                "page", with: Self.model(after, flat: ["x", "y", "z"], counter: second), frame: frame,
                previous: previous))
        let whole = templates.render(
            "page", with: KeyedItems.materialized(Self.model(after, flat: ["x", "y", "z"], counter: Counter())))
        #expect(again.html == whole)
        // Made: bo's group (twice) and its changed action, and the new flat item.
        #expect(second.count == 2 + 1 + 1)
        // The fragments recorded describe the new page: a third render copies everything.
        let third = Counter()
        let copied = try #require(
            templates.render(
                "page", with: Self.model(after, flat: ["x", "y", "z"], counter: third), frame: frame,
                previous: PreviousRender(bytes: Array(again.html.utf8), fragments: again.fragments)))
        #expect(copied.html == whole)
        #expect(third.count == 0)
        for fragment in again.fragments {
            #expect(fragment.start >= 0 && fragment.start + fragment.length <= again.html.utf8.count)
        }
    }

    /// Another frame (the page's other parts changed) copies nothing.
    @Test func anotherFrameCopiesNothing() throws {
        let templates = try #require(CompiledTemplates(files: Self.files, folder: "t"))
        let groups: [(String, [String])] = [("ana", ["a1"])]
        let made = try #require(
            templates.render(
                "page", with: Self.model(groups, flat: ["x"], counter: Counter()), frame: Fingerprint(),
                previous: PreviousRender?.none))
        var other = Fingerprint()
        other.mix("another title")
        let counter = Counter()
        let again = try #require(
            templates.render(
                "page", with: Self.model(groups, flat: ["x"], counter: counter), frame: other,
                previous: PreviousRender(bytes: Array(made.html.utf8), fragments: made.fragments)))
        #expect(again.html == made.html)
        #expect(counter.count == 2 + 1 + 1)
    }

    @Test func fragmentsReadBackAndAreRefusedWhenDamagedOrOfAnotherPage() throws {
        let path = try #require(SitePath("actions/index.html"))
        var id = Fingerprint()
        id.mix("row")
        let fragments = PageFragments(
            path: path, contentHash: "0123456789abcdef", size: 100,
            fragments: [
                PageFragments.Fragment(id: id, start: 10, length: 50, descendants: 1),
                PageFragments.Fragment(id: Fingerprint(), start: 20, length: 5, descendants: 0),
            ])
        let bytes = fragments.encoded()
        #expect(PageFragments(bytes: bytes, path: path) == fragments)
        #expect(PageFragments(bytes: bytes, path: try #require(SitePath("index.html"))) == nil)
        var damaged = bytes
        damaged[damaged.count / 2] ^= 0x04
        #expect(PageFragments(bytes: damaged, path: path) == nil)
        // A fragment outside the page, or a child outside its parent, is refused.
        var outside = fragments
        outside.fragments[1].start = 58
        #expect(PageFragments(bytes: outside.encoded(), path: path) == nil)
    }
}
