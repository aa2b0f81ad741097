import Foundation
import PostmortemKit
import PostmortemStore
import Testing

@testable import PostmortemSite

@Suite struct PublisherTests {
    @Test func publishingTwiceGivesTheSameBytesAndRewritesNothing() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let first = try SiteFixtures.publish(base, store)
        let site = base.defaultSiteOutputURL
        let bytes = try SiteFixtures.files(in: site)
        #expect(first.written == first.files)
        #expect(first.files == bytes.count - 1)  // the manifest aside

        let second = try SiteFixtures.publish(base, store)
        #expect(second.written == 0)
        #expect(second.unchanged == first.files)
        #expect(try SiteFixtures.files(in: site) == bytes)

        let elsewhere = folder.path("elsewhere")
        try SiteFixtures.publish(base, store, to: elsewhere)
        #expect(try SiteFixtures.files(in: elsewhere) == bytes)
    }

    @Test func changingOneIncidentRewritesOnlyThePagesThatShowIt() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let first = try SiteFixtures.publish(base, store)
        let site = base.defaultSiteOutputURL
        let before = try SiteFixtures.files(in: site)
        let inodes = try Self.inodes(in: site)

        let all = try store.list()
        let target = try #require(all.first { $0.kind == .incident })
        var changed = try #require(try store.fetch(target.id))
        changed.title += " (revised)"
        try store.save(changed)
        let untouched = try #require(all.last { $0.kind == .incident && $0.id != changed.id })
        let second = try SiteFixtures.publish(base, store)

        let after = try SiteFixtures.files(in: site)
        let changedPage = try #require(after.keys.first { $0.hasSuffix("/\(changed.id.rawValue).html") })
        #expect(after[changedPage] != before[changedPage])
        #expect(String(decoding: after[changedPage] ?? Data(), as: UTF8.self).contains("(revised)"))
        let untouchedPage = try #require(after.keys.first { $0.hasSuffix("/\(untouched.id.rawValue).html") })
        #expect(after[untouchedPage] == before[untouchedPage])
        // Not rewritten: the very same file (inode) as before, linked into the new site.
        #expect(try Self.inodes(in: site)[untouchedPage] == inodes[untouchedPage])
        #expect(second.files == first.files)
        #expect(second.written > 0 && second.written < first.files / 2)
    }

    /// A publish that keeps files from the previous site gives, byte for byte, the site a
    /// publish from scratch gives, after incidents were changed, added and deleted.
    @Test func anIncrementalPublishGivesTheSiteAPublishFromScratchGives() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let site = base.defaultSiteOutputURL
        let date = Timestamp(iso: "2026-11-21")
        try SiteFixtures.publish(base, store, date: date)

        let all = try store.list().filter { $0.kind == .incident }
        #expect(all.count > 3)
        var changed = try #require(try store.fetch(all[0].id))
        changed.title += " (revised)"
        changed.lessons.append(Lesson(text: "A lesson added on revision.", kind: .wentWell))
        try store.save(changed)
        var added = try #require(try store.fetch(all[1].id))
        added.id = IncidentID("added-later")
        added.title = "Added later"
        try store.save(added)
        #expect(try store.delete(all[2].id))
        let incremental = try SiteFixtures.publish(base, store, date: date)
        #expect(incremental.unchanged > incremental.written)
        // Only the changed and the added incident were read; the others came from the cache.
        #expect(incremental.incidentsRead == 2)

        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: date)
    }

    /// Changes that reach beyond the changed incident's own rows (a service, failure mode,
    /// tag or action owner appearing and going, related incidents ranked anew, an incident
    /// deleted), each followed by an incremental publish: every time the site is the one a
    /// publish from scratch gives.
    @Test func everyKindOfChangeGivesTheSiteAPublishFromScratchGives() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let site = base.defaultSiteOutputURL
        try SiteFixtures.publish(base, store)
        let all = try store.list().filter { $0.kind == .incident }
        #expect(all.count > 6)
        func change(_ id: IncidentID, _ edit: (inout Incident) -> Void) throws {
            var incident = try #require(try store.fetch(id))
            edit(&incident)
            try store.save(incident)
        }
        func expectSameSite() throws {
            let report = try SiteFixtures.publish(base, store)
            #expect(report.written < report.files / 2)
            try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)
        }
        // Nothing changed: every incident page is kept on the cache's word.
        #expect(
            try SiteFixtures.publish(base, store).incidentPagesTrusted == all.count
                + (try store.list()).filter { $0.kind != .incident }.count)
        func file(_ path: String) -> String {
            String(
                decoding: FileManager.default.contents(atPath: site.appendingPathComponent(path).path) ?? Data(),
                as: UTF8.self)
        }

        // A service no other incident names, with a tag and a failure mode nobody else has.
        try change(all[0].id) { incident in
            incident.services.append("Brand New Service")
            incident.tags.append("only-one-incident")
            incident.failureModes.append(
                FailureModeMatch(id: FailureModeID("mode-only-here"), evidence: "Seen once.", score: 0.5))
        }
        try expectSameSite()
        #expect(file("services/brandnewservice.html").contains("Brand New Service"))
        #expect(file("modes/mode-only-here.html").contains("mode-only-here"))
        #expect(file("tags/only-one-incident.html").contains("only-one-incident"))

        // They go again, with one of the incident's own services.
        try change(all[0].id) { incident in
            incident.services = Array(incident.services.dropFirst().filter { $0.rawValue != "Brand New Service" })
            incident.tags.removeAll { $0 == "only-one-incident" }
            incident.failureModes.removeAll { $0.id.rawValue == "mode-only-here" }
        }
        try expectSameSite()
        #expect(
            !FileManager.default.fileExists(atPath: site.appendingPathComponent("services/brandnewservice.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("modes/mode-only-here.html").path))

        // An action owner appears on the board, another's actions change hands.
        try change(all[1].id) { incident in
            incident.actionItems.append(ActionItem(text: "Rotate the on-call runbook owner", owner: "Zed Newcomer"))
            for index in incident.actionItems.indices where incident.actionItems[index].owner != "Zed Newcomer" {
                incident.actionItems[index].owner = "Yara Elsewhere"
            }
        }
        try expectSameSite()
        #expect(file("actions/index.html").contains("Zed Newcomer"))
        try change(all[1].id) { incident in
            incident.actionItems.removeAll { $0.owner == "Zed Newcomer" }
        }
        try expectSameSite()
        #expect(!file("actions/index.html").contains("Zed Newcomer"))

        // Related incidents ranked anew: one incident takes another's failure modes and
        // services, so both rank each other first, and the incidents that listed either
        // rank again.
        let model = try #require(try store.fetch(all[3].id))
        try change(all[2].id) { incident in
            incident.failureModes = model.failureModes
            incident.services = model.services
        }
        try expectSameSite()

        // An incident deleted: its pages go, and every list and related list showing it changes.
        #expect(try store.delete(all[3].id))
        try expectSameSite()
        #expect(!file("incidents/index.html").contains(model.title))
    }

    /// A cache that describes an older site than the one in place (a publish swapped its
    /// site in and ended before writing the cache; here one that did not use it) keeps no
    /// page on its word: an incident changed and changed back has the revision the cache
    /// holds, while the site shows the change.
    @Test func aCacheOfAnOlderSiteKeepsNoPageOnItsWord() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let site = base.defaultSiteOutputURL
        try SiteFixtures.publish(base, store)
        let target = try #require(try store.list().first { $0.kind == .incident })
        let original = try #require(try store.fetch(target.id))
        var changed = original
        changed.title += " (for a while)"
        try store.save(changed)
        try SiteFixtures.publish(base, store, cache: false)
        try store.save(original)

        let report = try SiteFixtures.publish(base, store)
        #expect(report.incidentPagesTrusted == 0)
        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)
        // The cache written by that publish vouches for its site: the next one trusts it.
        #expect(try SiteFixtures.publish(base, store).incidentPagesTrusted > 0)
    }

    /// A cache beside the store whose files are damaged, missing, stale or of another key
    /// only makes the publish read more incidents: the site is the one a publish from
    /// scratch gives.
    @Test func aDamagedInputCacheOnlyMeansReadingMoreIncidents() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let site = base.defaultSiteOutputURL
        let first = try SiteFixtures.publish(base, store)
        let count = try store.count()
        #expect(first.incidentsRead == count)
        let cache = SiteDataCache.folder(besideStore: base.storeURL)
        var sizes: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path)
        where name.hasSuffix(".bin") && name != "related.bin" {
            sizes[name] = try Data(contentsOf: cache.appendingPathComponent(name)).count
        }
        // Largest first: shards with incidents in them.
        let shards = sizes.keys.sorted { (sizes[$0] ?? 0, $1) > (sizes[$1] ?? 0, $0) }
        #expect(shards.count > 5)

        // Nothing changed: nothing read.
        #expect(try SiteFixtures.publish(base, store).incidentsRead == 0)

        let all = try store.list().filter { $0.kind == .incident }
        var changed = try #require(try store.fetch(all[0].id))
        changed.title += " (revised)"
        changed.actionItems.append(ActionItem(text: "Add an alert on the replica lag", status: .open))
        try store.save(changed)
        // One shard holds garbage, one is gone, one is cut short, one has a byte changed,
        // one has stale revisions, one was written for another pm or service catalog.
        let key = SiteDataCache.key(catalog: base.config.serviceCatalog)
        try Data("not a cache".utf8).write(to: cache.appendingPathComponent(shards[0]))
        try FileManager.default.removeItem(at: cache.appendingPathComponent(shards[1]))
        let third = try Data(contentsOf: cache.appendingPathComponent(shards[2]))
        try third.prefix(third.count / 2).write(to: cache.appendingPathComponent(shards[2]))
        var fourth = [UInt8](try Data(contentsOf: cache.appendingPathComponent(shards[3])))
        fourth[fourth.count / 2] ^= 0x20
        try Data(fourth).write(to: cache.appendingPathComponent(shards[3]))
        let fifth = cache.appendingPathComponent(shards[4])
        var stale = try #require(SiteDataCache.decode(shard: [UInt8](try Data(contentsOf: fifth)), key: key))
        #expect(!stale.isEmpty)
        for index in stale.indices { stale[index].revision = "0" + stale[index].revision }
        try Data(SiteDataCache.encode(shard: stale, key: key)).write(to: fifth)
        let sixth = cache.appendingPathComponent(shards[5])
        let other = try #require(SiteDataCache.decode(shard: [UInt8](try Data(contentsOf: sixth)), key: key))
        try Data(SiteDataCache.encode(shard: other, key: "0" + key)).write(to: sixth)
        // The related incidents' file is damaged too.
        let related = cache.appendingPathComponent("related.bin")
        var choices = [UInt8](try Data(contentsOf: related))
        choices[choices.count / 3] ^= 0x01
        try Data(choices).write(to: related)

        let second = try SiteFixtures.publish(base, store)
        #expect(second.incidentsRead > 1 && second.incidentsRead < count)
        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)
        // The damaged shards were written anew: the next publish reads nothing.
        #expect(try SiteFixtures.publish(base, store).incidentsRead == 0)

        // No cache at all: every incident is read.
        try FileManager.default.removeItem(at: cache)
        #expect(try SiteFixtures.publish(base, store).incidentsRead == count)
    }

    /// From the third publish on, the site is built in the one two publishes back (the spare
    /// beside the output): files and folders the new site lacks go, files it holds with the
    /// wrong bytes are written anew, and the site is the one a publish from scratch gives.
    @Test func aSiteBuiltInTheSpareSiteIsTheSiteAPublishFromScratchGives() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        let site = base.defaultSiteOutputURL
        let spare = SiteBuild.spare(beside: site)
        try SiteFixtures.publish(base, store)
        #expect(!FileManager.default.fileExists(atPath: spare.path))

        let all = try store.list().filter { $0.kind == .incident }
        var changed = try #require(try store.fetch(all[0].id))
        changed.title += " (revised)"
        changed.tags = ["only-here-for-a-while"]
        try store.save(changed)
        try SiteFixtures.publish(base, store)
        // The first site is now the spare; the second shares its unchanged files.
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent(".pm-site-manifest").path))
        let tagPage = "tags/only-here-for-a-while.html"
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(tagPage).path))

        // The tag goes, an incident goes, another changes: the spare (the first site, without
        // the tag) is built into the third.
        changed.tags = []
        changed.title += " again"
        try store.save(changed)
        #expect(try store.delete(all[1].id))
        let before = try Self.inodes(in: site)
        let third = try SiteFixtures.publish(base, store)
        #expect(third.written > 0 && third.written < third.files / 2)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(tagPage).path))
        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)
        // Files the change did not touch are the very same files as in the site before.
        let after = try Self.inodes(in: site)
        let untouched = after.keys.filter { $0.hasSuffix(".html") && before[$0] == after[$0] }
        #expect(untouched.count > after.count / 3)

        // A spare one of whose files was changed behind pm's back (through the inode it
        // shares with the site in use, so the site's file changed too) and another removed:
        // still the right site.
        let spareFiles = try SiteFixtures.files(in: spare).keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(spareFiles.count > 3)
        try Data("changed".utf8).write(to: spare.appendingPathComponent(spareFiles[0]))
        try FileManager.default.removeItem(at: spare.appendingPathComponent(spareFiles[1]))
        changed.title += " and again"
        try store.save(changed)
        try SiteFixtures.publish(base, store)
        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)

        // A spare without its manifest is not used (and removed).
        try FileManager.default.removeItem(at: spare.appendingPathComponent(".pm-site-manifest"))
        try SiteFixtures.publish(base, store)
        try Self.expectSameSite(site, asFromScratchOf: base, store, in: folder, date: nil)
    }

    /// Every file of `site` is byte for byte that of a publish of `base` from scratch (no
    /// previous site, no cache).
    static func expectSameSite(
        _ site: URL, asFromScratchOf base: KnowledgeBase, _ store: IncidentStore, in folder: ScratchFolder,
        date: Timestamp?
    ) throws {
        let scratch = folder.path("scratch-\(UUID().uuidString.prefix(8))")
        try SiteFixtures.publish(base, store, to: scratch, date: date, cache: false)
        let expected = try SiteFixtures.files(in: scratch)
        let actual = try SiteFixtures.files(in: site)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        #expect(SiteFixtures.entries(in: site) == SiteFixtures.entries(in: scratch))
        for (path, bytes) in expected {
            #expect(actual[path] == bytes, "\(path) differs")
        }
    }

    static func inodes(in folder: URL) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in try SiteFixtures.files(in: folder).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            result[path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
        return result
    }

    @Test func aBrokenTemplateFailsNamingItAndLeavesThePreviousSite() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let before = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        let template = base.root.appendingPathComponent("templates/site/incident.html.mustache")
        try FileManager.default.createDirectory(
            at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{{<layout.html}}\n{{$main}}\n<h1>{{title}}</h1>\n{{#timeline}}\n{{/main}}\n{{/layout.html}}\n".utf8)
            .write(to: template)

        #expect(throws: PublishFailure.self) { try SiteFixtures.publish(base, store) }
        do {
            try SiteFixtures.publish(base, store)
        } catch let error as PublishFailure {
            #expect(error.step == "load the theme")
            guard case .theme(.brokenTemplate(let path, _, _, _)) = error.error else {
                Issue.record("expected a broken template, got \(error)")
                return
            }
            #expect(path == "templates/site/incident.html.mustache")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(try SiteFixtures.files(in: base.defaultSiteOutputURL) == before)
        #expect(SiteFixtures.entries(in: base.root).filter { $0.hasPrefix(".public.") }.isEmpty)
    }

    @Test func aFailureAfterThePagesWereMadeLeavesThePreviousSite() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let before = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        var changed = try #require(try store.fetchAll().first)
        changed.title = "A new title the failed publish must not show"
        try store.save(changed)
        // The stylesheet override is not text: the publish fails copying assets, after every
        // page was made in the staging folder.
        let css = base.root.appendingPathComponent("site/style.css")
        try FileManager.default.createDirectory(at: css.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00, 0xC3, 0x28]).write(to: css)

        var progress: [PublishProgress] = []
        #expect(
            throws: PublishFailure(
                step: "copy assets", error: .theme(.unreadable(path: "site/style.css", reason: "not UTF-8 text")))
        ) {
            try Publisher(
                knowledgeBase: base, store: store, options: PublishOptions(output: base.defaultSiteOutputURL)
            ).publish { progress.append($0) }
        }
        #expect(progress.contains(.step(index: 13, count: 14, name: "copy assets")))
        #expect(try SiteFixtures.files(in: base.defaultSiteOutputURL) == before)
        #expect(SiteFixtures.entries(in: base.root).filter { $0.hasPrefix(".public.") }.isEmpty)
    }

    @Test func pathTraversalInIdsAndNamesNeverWritesOutsideTheOutput() throws {
        let folder = try ScratchFolder()
        let day = try SiteFixtures.day("2024-05-01")
        let evil = Incident(
            id: "../../escape", title: "../../../etc/passwd", date: day, services: ["../../../etc", "..", "a/b", "/"],
            tags: ["../../tag", ".hidden", "../"], timeline: [TimelineEvent(time: "10:00", event: "../x")],
            failureModes: [FailureModeMatch(id: "../../mode", evidence: "../", score: 1)])
        let other = Incident(id: "pm-normal", title: "Normal", date: day, services: ["../../../etc"])
        let (base, store) = try SiteFixtures.knowledgeBase(in: folder.url, incidents: [evil, other])
        let output = folder.path("out")
        try SiteFixtures.publish(base, store, to: output)

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["kb", "out"])
        #expect(SiteFixtures.entries(in: base.root).allSatisfy { !$0.hasPrefix("public") })
        let files = try SiteFixtures.files(in: output)
        for path in files.keys where path != ".pm-site-manifest" {
            #expect(SitePath(path) != nil, "\(path) is not a plain site path")
        }
        #expect(files.keys.contains("incidents/escape.html"))
        #expect(files.keys.contains("services/etc.html"))
        #expect(files.keys.contains("tags/tag.html"))
    }

    @Test func theOutputIsNeverTheKnowledgeBaseNorAFolderOfOtherFiles() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.knowledgeBase(
            in: folder.url, incidents: [Incident(id: "pm-a", title: "A")])
        let before = SiteFixtures.entries(in: folder.url)
        for output in [base.root, folder.url, base.postmortemsURL, base.root.appendingPathComponent(".pm")] {
            #expect(throws: PublishFailure.self, "\(output.path)") { try SiteFixtures.publish(base, store, to: output) }
        }
        let foreign = folder.path("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        #expect(throws: PublishFailure.self) { try SiteFixtures.publish(base, store, to: foreign) }
        // Only the publish lock, in pm's own folder beside the store, is new.
        #expect(
            SiteFixtures.entries(in: folder.url)
                == (before + ["documents", "documents/notes.txt", "kb/.pm/.pm-publish.lock"]).sorted())
    }

    @Test func aDateGoesIntoTheFooterAndTheFeedOnlyWhenAskedFor() throws {
        let folder = try ScratchFolder()
        let incident = Incident(id: "pm-a", title: "A", date: try SiteFixtures.day("2024-05-01"))
        let (base, store) = try SiteFixtures.knowledgeBase(in: folder.url, incidents: [incident])
        try SiteFixtures.publish(base, store)
        let plain = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        #expect(!String(decoding: plain["index.html"] ?? Data(), as: UTF8.self).contains("published with pm on"))
        #expect(
            String(decoding: plain["feed.xml"] ?? Data(), as: UTF8.self).contains(
                "<updated>2024-05-01T00:00:00Z</updated>"))

        try SiteFixtures.publish(base, store, date: Timestamp(iso: "2026-11-21"))
        let dated = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        #expect(
            String(decoding: dated["index.html"] ?? Data(), as: UTF8.self).contains("published with pm on 2026-11-21"))
        #expect(
            String(decoding: dated["feed.xml"] ?? Data(), as: UTF8.self).contains(
                "<updated>2026-11-21T00:00:00Z</updated>"))
    }

    @Test func theSitemapAndAbsoluteLinksNeedABaseURL() throws {
        let folder = try ScratchFolder()
        let incident = Incident(id: "pm-a", title: "A", date: try SiteFixtures.day("2024-05-01"))
        let (base, store) = try SiteFixtures.knowledgeBase(
            in: folder.url, incidents: [incident], baseURL: "https://postmortems.example.org")
        let report = try SiteFixtures.publish(base, store)
        #expect(report.notes.isEmpty)
        let files = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        let sitemap = String(decoding: files["sitemap.xml"] ?? Data(), as: UTF8.self)
        #expect(sitemap.contains("<loc>https://postmortems.example.org/incidents/pm-a.html</loc>"))
        #expect(sitemap.contains("<loc>https://postmortems.example.org/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
        let notFound = String(decoding: files["404.html"] ?? Data(), as: UTF8.self)
        #expect(notFound.contains("href=\"https://postmortems.example.org/assets/style.css\""))

        let (other, otherStore) = try SiteFixtures.knowledgeBase(in: folder.path("second"), incidents: [incident])
        let plain = try SiteFixtures.publish(other, otherStore)
        #expect(plain.notes == ["no sitemap.xml: set base_url in pm.yml to the address the site is published at"])
        #expect(try SiteFixtures.files(in: other.defaultSiteOutputURL)["sitemap.xml"] == nil)
    }

    @Test func theSearchIndexHoldsEveryIncidentAndNoMarkupForTheScript() throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.corpusKnowledgeBase(in: folder.url)
        try SiteFixtures.publish(base, store)
        let files = try SiteFixtures.files(in: base.defaultSiteOutputURL)
        let json = try #require(files["search/index.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(entries.count == (try store.count()))
        #expect(Set(entries.compactMap { $0["u"] as? String }).allSatisfy { files[$0] != nil })
        let script = String(decoding: try #require(files["search/index.js"]), as: UTF8.self)
        #expect(script.hasPrefix("window.PM_SEARCH = ["))
        #expect(!script.contains("<"))
    }
}
