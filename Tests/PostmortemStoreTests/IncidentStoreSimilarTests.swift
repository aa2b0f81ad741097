import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreSimilarTests {
    let folder = TemporaryFolder()

    /// Past incidents: two about a full disk (one on postgres), one about a certificate,
    /// one about postgres that shares no title word.
    func store() throws -> IncidentStore {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let incidents = [
            Incident(
                id: "pm-disk00kafka", title: "Kafka broker disk full", date: Day(iso: "2024-02-14"),
                services: ["kafka"], summary: "The log volume of broker 2 filled up."),
            Incident(
                id: "pm-disk000psql", title: "Disk full on the database host", date: Day(iso: "2023-05-02"),
                services: ["postgres"], summary: "WAL segments filled the disk."),
            Incident(
                id: "pm-cert000001", title: "Expired certificate on the ingress", date: Day(iso: "2022-01-10"),
                services: ["ingress-nginx"], summary: "Browsers refused the site."),
            Incident(
                id: "pm-psql000lock", title: "Migration locked the orders table", date: Day(iso: "2025-07-01"),
                services: ["postgres"], summary: "A schema migration held a lock on postgres for 20 minutes."),
        ]
        for incident in incidents { try store.save(incident) }
        return store
    }

    @Test func titleWordsFindTheIncidentsSharingThemAndASharedServiceRanksFirst() throws {
        let store = try store()
        let similar = try store.similarIncidents(toTitle: "The disk is full again", services: ["postgres"])
        // Both disk incidents match the title; the postgres one ranks first for the shared
        // service; the lock incident shares only the service's name, in its text.
        #expect(similar.map(\.id) == ["pm-disk000psql", "pm-disk00kafka", "pm-psql000lock"])
    }

    @Test func withoutServicesTheTitleAloneDecides() throws {
        let similar = try store().similarIncidents(toTitle: "Certificate expired for the ingress", services: [])
        #expect(similar.map(\.id) == ["pm-cert000001"])
    }

    @Test func theNewIncidentItselfIsLeftOutAndTheLimitHolds() throws {
        let store = try store()
        let draft = Incident(id: "pm-draft00001", title: "Disk full on kafka", services: ["kafka"])
        try store.save(draft)
        let similar = try store.similarIncidents(
            toTitle: draft.title, services: draft.services, excluding: draft.id, limit: 1)
        #expect(similar.map(\.id) == ["pm-disk00kafka"])
    }

    @Test func aTitleOfStopWordsAndSyntaxFindsNothingAndDoesNotThrow() throws {
        let store = try store()
        #expect(try store.similarIncidents(toTitle: "The incident: an outage", services: []).isEmpty)
        #expect(try store.similarIncidents(toTitle: "\"NEAR(\" OR * -", services: []).isEmpty)
    }

    @Test(arguments: [
        ("Disk full on the DB host (2nd time)", [String](), ["Disk", "full", "DB", "host", "2nd", "time"]),
        ("Outage: Postgres down, postgres again", ["postgres", "nas-01"], ["Postgres", "nas-01"]),
        ("Panne du NAS: la sauvegarde a échoué", [], ["Panne", "NAS", "sauvegarde", "échoué"]),
        ("2024 incident #3", [], []),
    ])
    func similarityTermsDropStopWordsNumbersAndRepeats(title: String, services: [String], words: [String]) {
        #expect(SimilarityTerms(title: title, services: services.map { ServiceName($0) }).words == words)
    }

    @Test func theExpressionQuotesEveryWord() {
        let terms = SimilarityTerms(title: "Disk \"full\" NEAR(x*)", services: ["kafka: broker"])
        #expect(terms.anyTermExpression == #""Disk" OR "full" OR "NEAR" OR "kafka: broker""#)
    }
}
