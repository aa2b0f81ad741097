import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct SearchTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(SearchFixtures.incidents())
    }

    func ids(_ text: String) throws -> [IncidentID] {
        try store.search(SearchQuery(text)).results.map(\.id)
    }

    // MARK: plain words

    /// Whatever is typed, the search does not throw, and it finds what the words say.
    /// Operator words are words: no document holds "and" or "near", so those searches fall
    /// back to any word, the incident holding both others first.
    @Test(arguments: [
        ("nas-01", [SearchFixtures.diskFull]),
        ("pgBackRest:", [SearchFixtures.runbook, SearchFixtures.immich]),
        ("\"expected empty archive", [SearchFixtures.immich, SearchFixtures.runbook]),
        ("^tortoise", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        ("(tortoise)", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        ("tortoise OR", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        ("😢 tortoise 🐢", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        ("tortoise AND proxy", [SearchFixtures.tortoiseBody, SearchFixtures.tortoiseTitle]),
        ("NEAR(tortoise proxy)", [SearchFixtures.tortoiseBody, SearchFixtures.tortoiseTitle]),
        ("ingress:certificate", [SearchFixtures.certificate]),
        ("certificate -expired", [SearchFixtures.certificate]),
        ("stanza-create", [SearchFixtures.runbook]),
        ("title:tortoise", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        ("\"\"", []),
        ("\"", []),
        ("*", []),
        ("- — ( ) ^ : \" *", []),
        ("", []),
        ("   ", []),
    ])
    func hostileInputIsPlainText(text: String, expected: [IncidentID]) throws {
        #expect(try ids(text) == expected)
    }

    @Test func veryLongInputDoesNotThrow() throws {
        #expect(
            try ids(String(repeating: "tortoise ", count: 5_000)) == [
                SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody,
            ])
        let paste = (1...2_000).map { "zq\($0)" }.joined(separator: " ") + " tortoise"
        #expect(try store.search(SearchQuery(paste)).results.isEmpty)
        let word = String(repeating: "x", count: 100_000)
        #expect(try store.search(SearchQuery(word)).results.isEmpty)
    }

    @Test func everyWordMustMatchSomewhereInTheIncident() throws {
        // "Immich" is in the title, "pgBackRest" in a timeline event; the runbook lacks Immich.
        let results = try store.search(SearchQuery("immich pgbackrest"))
        #expect(results.results.map(\.id) == [SearchFixtures.immich])
        #expect(!results.usedFallback)
        #expect(try ids("tortoise disk").isEmpty == false)
    }

    @Test func phrasesMatchWordsInOrder() throws {
        #expect(try ids("\"no space left\"") == [SearchFixtures.diskFull])
        #expect(Set(try ids("\"expected empty archive\"")) == [SearchFixtures.runbook, SearchFixtures.immich])
        #expect(try ids("\"archive empty\"").isEmpty)
    }

    @Test func prefixesMatchWordStarts() throws {
        #expect(try ids("certif*") == [SearchFixtures.certificate])
        #expect(Set(try ids("pgback*")) == [SearchFixtures.runbook, SearchFixtures.immich])
        #expect(try ids("\"stanza cr\"*") == [SearchFixtures.runbook])
        #expect(try ids("tortoiz*").isEmpty)
    }

    /// A prefix is searched as the indexed words it stands for, and finds what FTS5's own
    /// prefix search finds.
    @Test func prefixesAreLookedUpAsTheirWords() throws {
        let terms = try store.pool.read { db in
            try SearchTerms(parsing: "Tort* \"stanza cr\"* zz*").expandingPrefixes(in: db)
        }

        #expect(terms.terms.map(\.words) == [["tortoise"], nil, nil])
        #expect(terms.terms[0].ftsExpression == "(\"tortoise\")")
        for prefix in ["tort", "pgback", "hom", "archiv"] {
            let native = try store.search(SearchQuery(prefix + "*", raw: true)).results.map(\.id)
            #expect(Set(try ids(prefix + "*")) == Set(native), "\(prefix)")
        }
    }

    // MARK: ranking and results

    @Test func titleHitRanksAboveBodyHit() throws {
        let results = try store.search(SearchQuery("tortoise")).results
        #expect(results.map(\.id) == [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody])
        #expect(results.map(\.section) == ["Title", "Summary"])
        #expect(results[0].score > results[1].score)
    }

    @Test func lessonHitRanksAboveSummaryHit() throws {
        // "homelab" is in the certificate incident's summary only; "certificate" in its
        // title and lesson; "ingress" in its title and summary.
        let result = try #require(try store.search(SearchQuery("fourteen")).results.first)
        #expect(result.section == "Lessons")
        let lessonWeight = SearchDocKind.lesson.rankWeight
        #expect(lessonWeight > SearchDocKind.summary.rankWeight)
        #expect(SearchDocKind.title.rankWeight > SearchDocKind.timeline.rankWeight)
        #expect(SearchDocKind.troubleshooting.rankWeight > SearchDocKind.action.rankWeight)
    }

    @Test func resultIsTheBestHitOfEachIncident() throws {
        let results = try store.search(SearchQuery("tortoise", highlight: .html)).results
        let first = try #require(results.first)
        #expect(
            first
                == SearchResult(
                    id: SearchFixtures.tortoiseTitle, title: "Tortoise outage", section: "Title",
                    snippet: "<mark>Tortoise</mark> outage", score: first.score, kind: .title, position: 0,
                    matches: 1, date: try SearchFixtures.day("2025-06-01")))
        let body = try store.search(SearchQuery("tortoise proxy")).results
        #expect(body.map(\.snippet) == ["The [tortoise] [proxy] answered slowly all day in the homelab."])
    }

    @Test func snippetMarkersAndLengthAreConfigurable() throws {
        let highlight = SearchHighlight(open: ">>", close: "<<", ellipsis: "...", words: 4)
        let result = try #require(try store.search(SearchQuery("proxy", highlight: highlight)).results.first)
        #expect(result.snippet == "The tortoise >>proxy<< answered...")
        let plain = try #require(try store.search(SearchQuery("proxy", highlight: .plain)).results.first)
        #expect(plain.snippet == "The tortoise proxy answered slowly all day in the homelab.")
    }

    @Test func countsTheMatchingPartsOfAnIncident() throws {
        let result = try #require(
            try store.search(SearchQuery("bump")).results.first { $0.id == SearchFixtures.immich })
        // A timeline event ("Bumped") and a lesson ("Bump"); the lesson weighs more.
        #expect(result.matches == 2)
        #expect(result.section == "Lessons")
    }

    @Test func keptSectionIsNamedByItsHeading() throws {
        var incident = Fixtures.smallIncident(id: "pm-section01")
        incident.sections = [Section(heading: "Appendix: volumes", markdown: "The kumquat volume was **resized**.")]
        try store.save(incident)
        let result = try #require(try store.search(SearchQuery("kumquat")).results.first)
        #expect(result.section == "Appendix: volumes")
        #expect(result.kind == .section)
        #expect(result.snippet == "The [kumquat] volume was **resized**.")
    }

    @Test func encodesTheJSONShape() throws {
        let results = SearchResults(results: [
            SearchResult(
                id: "pm-x", title: "T", section: "Lessons", snippet: "a [b] c", score: 1.5, kind: .lesson,
                position: 2, matches: 3, date: try SearchFixtures.day("2026-01-02"))
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(results), as: UTF8.self)
        #expect(
            json == """
                {"anyWord":false,"corrections":[],"results":[{"date":"2026-01-02","id":"pm-x","kind":"lesson",\
                "matches":3,"position":2,"score":1.5,"section":"Lessons","snippet":"a [b] c","title":"T"}]}
                """)
        #expect(try JSONDecoder().decode(SearchResults.self, from: Data(json.utf8)) == results)
    }

    // MARK: error-message lookup

    @Test func pastedErrorFindsRunbookAndIncidentFirst() throws {
        let results = try store.search(SearchQuery("Expected empty archive")).results
        #expect(Set(results.prefix(2).map(\.id)) == [SearchFixtures.runbook, SearchFixtures.immich])
        #expect(results.map(\.id).dropFirst(2) == [SearchFixtures.noise])
        let sections = Dictionary(uniqueKeysWithValues: results.map { ($0.id, $0.section) })
        #expect(sections[SearchFixtures.runbook] == "Troubleshooting")
        #expect(sections[SearchFixtures.immich] == "Timeline")
        #expect(results[1].score > results[2].score)
    }

    @Test func pastedErrorRanksThePhraseAboveSharedWords() throws {
        let results = try store.search(SearchQuery("No space left on device")).results
        #expect(results.map(\.id) == [SearchFixtures.diskFull, SearchFixtures.noise])
        #expect(results[0].snippet.contains("[No] [space] [left] [on] [device]"))
    }

    @Test func pastedErrorWithUnknownWordsMatchesAnyWord() throws {
        let results = try store.search(SearchQuery("ERROR: [052]: Expected empty archive /var/lib/pgbackrest/x9z"))
        #expect(results.anyWord)
        #expect(results.corrections.isEmpty)
        #expect(results.results.map(\.id) == [SearchFixtures.runbook, SearchFixtures.immich, SearchFixtures.noise])
        #expect(results.results.map(\.section) == ["Troubleshooting", "Timeline", "Summary"])
    }

    // MARK: typo fallback

    @Test(arguments: [
        ("archve", "archive", [SearchFixtures.runbook, SearchFixtures.immich, SearchFixtures.noise]),
        ("certficate", "certificate", [SearchFixtures.certificate]),
        ("tortoies", "tortoise", [SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]),
        // A wrong, missing or extra first letter.
        ("zertificate", "certificate", [SearchFixtures.certificate]),
        ("ertificate", "certificate", [SearchFixtures.certificate]),
        ("xcertificate", "certificate", [SearchFixtures.certificate]),
        ("ecrtificate", "certificate", [SearchFixtures.certificate]),
    ])
    func misspeltWordIsCorrected(typo: String, word: String, expected: [IncidentID]) throws {
        let results = try store.search(SearchQuery(typo))
        #expect(Set(results.results.map(\.id)) == Set(expected))
        #expect(results.corrections == [SearchCorrection(word: typo, replacement: word)])
        #expect(results.correctedQuery == word)
        #expect(results.usedFallback)
        #expect(!results.anyWord)
    }

    @Test func correctsOnlyTheWordsThatMatchNothing() throws {
        let results = try store.search(SearchQuery("Certficate expird ingress"))
        #expect(results.results.map(\.id) == [SearchFixtures.certificate])
        #expect(
            results.corrections == [
                SearchCorrection(word: "Certficate", replacement: "certificate"),
                SearchCorrection(word: "expird", replacement: "expired"),
            ])
        #expect(results.correctedQuery == "certificate expired ingress")
    }

    @Test func noFallbackWhenDisallowedOrNothingIsClose() throws {
        #expect(try store.search(SearchQuery("archve", allowsFallback: false)) == SearchResults())
        #expect(try store.search(SearchQuery("zzyzx")) == SearchResults())
        #expect(try store.search(SearchQuery("\"archve\"")) == SearchResults())
        #expect(try store.search(SearchQuery("arc")) == SearchResults())
    }

    @Test func exactMatchesNeedNoFallback() throws {
        let results = try store.search(SearchQuery("archive"))
        #expect(!results.usedFallback)
        #expect(results.correctedQuery == nil)
    }

    // MARK: raw

    @Test func rawPassesSyntaxThrough() throws {
        #expect(
            Set(try store.search(SearchQuery("tortoise OR fourteen", raw: true)).results.map(\.id)) == [
                SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody, SearchFixtures.certificate,
            ])
        #expect(
            try store.search(SearchQuery("title:tortoise", raw: true)).results.map(\.id) == [
                SearchFixtures.tortoiseTitle
            ])
        #expect(
            try store.search(SearchQuery("tortoise NOT proxy", raw: true)).results.map(\.id) == [
                SearchFixtures.tortoiseTitle
            ])
        #expect(try store.search(SearchQuery("archve", raw: true)) == SearchResults())
    }

    @Test(arguments: ["walrus AND (", "\"unterminated", "nosuchcolumn: walrus", "OR"])
    func rawSyntaxErrorIsClear(text: String) throws {
        let error = try #require(throws: StoreError.self) { try store.search(SearchQuery(text, raw: true)) }
        guard case .invalidSearchQuery(let query, let detail) = error else {
            Issue.record("expected invalidSearchQuery, got \(error)")
            return
        }
        #expect(query == text)
        #expect(!detail.isEmpty)
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix("'\(text)' is not valid FTS5 query syntax ("))
        #expect(message.contains("without --raw"))
    }

    // MARK: filters

    @Test(
        arguments: [
            (SearchQuery("homelab"), SearchFixtures.all),
            (SearchQuery("homelab", failureMode: "wal-archive-conflict"), [SearchFixtures.immich]),
            (SearchQuery("homelab", failureMode: "disk-full"), [SearchFixtures.diskFull]),
            (SearchQuery("homelab", failureMode: "dns"), []),
            (SearchQuery("homelab", service: "immich"), [SearchFixtures.immich]),
            (SearchQuery("homelab", service: " NAS-01 "), [SearchFixtures.diskFull]),
            (SearchQuery("homelab", severity: .atLeast(2)), [SearchFixtures.immich, SearchFixtures.diskFull]),
            (SearchQuery("homelab", severity: .exactly(3)), [SearchFixtures.noise]),
            (
                SearchQuery("homelab", since: try SearchFixtures.day("2026-01-10")),
                [SearchFixtures.immich, SearchFixtures.noise, SearchFixtures.certificate]
            ),
            (
                SearchQuery("homelab", until: try SearchFixtures.day("2025-11-02")),
                [SearchFixtures.diskFull, SearchFixtures.tortoiseTitle, SearchFixtures.tortoiseBody]
            ),
            (
                SearchQuery(
                    "homelab", since: try SearchFixtures.day("2025-06-02"), until: try SearchFixtures.day("2026-01-10")),
                [SearchFixtures.tortoiseBody, SearchFixtures.diskFull, SearchFixtures.immich]
            ),
            (SearchQuery("homelab", kind: .runbook), [SearchFixtures.runbook]),
            (SearchQuery("homelab", kind: .nearMiss), [SearchFixtures.certificate]),
            (SearchQuery("certificate", parts: [.lesson]), [SearchFixtures.certificate]),
            (SearchQuery("certificate", parts: [.summary, .timeline]), []),
            (SearchQuery("homelab", service: "immich", severity: .exactly(2)), []),
        ] as [(SearchQuery, [IncidentID])])
    func filtersNarrow(query: SearchQuery, expected: [IncidentID]) throws {
        #expect(Set(try store.search(query).results.map(\.id)) == Set(expected))
    }

    @Test func limitKeepsTheBest() throws {
        let all = try store.search(SearchQuery("homelab")).results
        #expect(all.count == SearchFixtures.all.count)
        #expect(all.map(\.score) == all.map(\.score).sorted(by: >))
        #expect(try store.search(SearchQuery("homelab", limit: 3)).results == Array(all.prefix(3)))
        #expect(try store.search(SearchQuery("homelab", limit: 0)) == SearchResults())
    }

    @Test func filtersApplyToTheFallbacksToo() throws {
        #expect(try store.search(SearchQuery("archve", service: "grafana")).results.map(\.id) == [SearchFixtures.noise])
    }
}

@Suite struct SearchMigrationTests {
    let folder = TemporaryFolder()

    /// A store made before the typo fallback existed gets its word list on opening.
    @Test func migrationFillsTheWordListFromExistingDocuments() throws {
        let path = folder.path("kb.sqlite")
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: SchemaV1Search.name)
        let prepared = try IncidentStore.prepare(SearchFixtures.incidents(), fingerprint: nil)
        // What a pm of that time wrote: no revision and no metrics, which came later. Today's
        // records carry the revision column: add it for the write, then drop it again.
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE incidents ADD COLUMN revision TEXT")
            for (record, parts, documents, _) in prepared {
                try record.save(db)
                try parts.insert(db)
                for document in documents { try document.insert(db) }
            }
            try db.execute(sql: "ALTER TABLE incidents DROP COLUMN revision")
        }
        try queue.close()

        let store = try IncidentStore(path: path)
        #expect(try store.schemaVersion == IncidentStore.knownMigrationNames.last)
        let results = try store.search(SearchQuery("certficate"))
        #expect(results.results.map(\.id) == [SearchFixtures.certificate])
        #expect(results.correctedQuery == "certificate")
    }

    /// Replacing and deleting incidents keeps the word list in step with the index.
    @Test func wordListFollowsSavesAndDeletes() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(SearchFixtures.incidents())
        func words(_ term: String) throws -> Int? {
            try store.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT doc FROM search_words_vocab WHERE term = ?", arguments: [term])
            }
        }
        #expect(try words("tortoise") == 2)
        try store.delete(SearchFixtures.tortoiseBody)
        #expect(try words("tortoise") == 1)
        try store.save(Fixtures.smallIncident(id: SearchFixtures.tortoiseTitle))
        #expect(try words("tortoise") == nil)
        #expect(try store.search(SearchQuery("tortoies")) == SearchResults())
    }
}
