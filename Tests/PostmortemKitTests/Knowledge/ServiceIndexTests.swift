import Testing

@testable import PostmortemKit

/// The seeds' services: Immich is named by 000 and 001, reached through a volume by 002 and
/// mentioned by the runbook 004; CNPG is named by 002 and 004 and mentioned as
/// CloudNativePG by 000.
@Suite struct ServiceIndexTests {
    static let facts = [
        IncidentFacts(
            id: "s000", title: "Destruction", date: Day(iso: "2026-04-06"), services: ["Immich", "Authentik"]),
        IncidentFacts(id: "s001", title: "WAL archive", date: Day(iso: "2026-02-20"), services: ["Immich"]),
        IncidentFacts(id: "s002", title: "PV release", date: Day(iso: "2026-02-08"), services: ["CNPG"]),
        IncidentFacts(id: "s003", title: "Database loss", date: Day(iso: "2025-11-27")),
        IncidentFacts(id: "s004", kind: .runbook, title: "CNPG recovery", services: ["CNPG"]),
    ]
    static let volumes: [IncidentID: [VolumeMapping]] = [
        "s002": [
            VolumeMapping(app: "immich-upload", volume: "pvc-2bc0b363", claim: "immich-stage/immich-upload-pvc"),
            VolumeMapping(app: "snapcast", volume: "pvc-621ac65b", claim: "snapcast-stage/snapcast-spotify-state"),
        ]
    ]
    static let mentions: [String: Set<IncidentID>] = [
        "Immich": ["s000", "s001", "s002", "s004"], "CloudNativePG": ["s000"], "CNPG": ["s002", "s004"],
    ]

    static func touch(_ id: IncidentID, _ via: ServiceIndex.Via...) -> ServiceIndex.Touch {
        ServiceIndex.Touch(incident: id, via: via)
    }

    @Test func listsServicesAndResourcesWithTheIncidentsThatTouchedThem() {
        let index = ServiceIndex(incidents: Self.facts, volumes: Self.volumes, mentions: Self.mentions)

        #expect(
            index.services == [
                ServiceIndex.Entry(
                    name: "Immich", kind: .service, key: "immich",
                    touches: [
                        Self.touch("s000", .declared, .text), Self.touch("s001", .declared, .text),
                        Self.touch("s002", .volume, .text), Self.touch("s004", .text),
                    ]),
                ServiceIndex.Entry(
                    name: "CNPG", kind: .service, key: "cloudnativepg",
                    touches: [
                        Self.touch("s000", .text), Self.touch("s002", .declared, .text),
                        Self.touch("s004", .declared, .text),
                    ]),
                ServiceIndex.Entry(
                    name: "Authentik", kind: .service, key: "authentik", touches: [Self.touch("s000", .declared)]),
                ServiceIndex.Entry(
                    name: "pvc-2bc0b363", kind: .volume, key: "pvc2bc0b363", touches: [Self.touch("s002", .volume)]),
                ServiceIndex.Entry(
                    name: "pvc-621ac65b", kind: .volume, key: "pvc621ac65b", touches: [Self.touch("s002", .volume)]),
                ServiceIndex.Entry(
                    name: "immich-stage/immich-upload-pvc", kind: .claim, key: "immichstageimmichuploadpvc",
                    touches: [Self.touch("s002", .volume)]),
                ServiceIndex.Entry(
                    name: "snapcast-stage/snapcast-spotify-state", kind: .claim,
                    key: "snapcaststagesnapcastspotifystate",
                    touches: [Self.touch("s002", .volume)]),
            ])
        #expect(index.service(named: "IMMICH")?.incidents == ["s000", "s001", "s002", "s004"])
        #expect(index.service(named: "cloudnative-pg")?.incidents == ["s000", "s002", "s004"])
    }

    @Test func theKnowledgeBasesAliasesNameAndMergeServices() {
        let facts = [
            IncidentFacts(id: "p1", title: "One", date: Day(iso: "2026-01-02"), services: ["photos"]),
            IncidentFacts(id: "p2", title: "Two", date: Day(iso: "2026-01-01"), services: ["immich-server", "Photos"]),
        ]

        let index = ServiceIndex(
            incidents: facts, catalog: ServiceCatalog(aliases: ["Immich": ["photos", "immich-server"]]))

        #expect(
            index.services == [
                ServiceIndex.Entry(
                    name: "Immich", kind: .service, key: "immich",
                    touches: [Self.touch("p1", .declared), Self.touch("p2", .declared)])
            ])
    }

    @Test(arguments: [
        ("immich-upload", "immich"), ("immich-stage/immich-upload-pvc", "immich"), ("Home Assistant", "homeassistant"),
        ("postgres", "postgresql"), ("paperless-ngx-data", "paperlessngx"), ("pvc-1145acca", nil),
        ("shipment-api (data)", "shipmentapi"),
    ])
    func resourceNamesLeadToTheirService(name: String, key: String?) {
        #expect(ServiceCatalog().service(inResourceName: name, known: ["shipmentapi"]) == key)
    }
}

@Suite struct RelatedIncidentsTests {
    static let facts = [
        IncidentFacts(
            id: "s000", title: "Destruction", date: Day(iso: "2026-04-06"), services: ["Immich", "Authentik"],
            failureModes: ["storage-identity-lost", "gitops-reconciler-deleted", "new-empty-volume"]),
        IncidentFacts(
            id: "s001", title: "WAL archive", date: Day(iso: "2026-02-20"), services: ["Immich"],
            failureModes: ["wal-archive-conflict", "disk-full", "failover-restore-failed"]),
        IncidentFacts(
            id: "s002", title: "PV release", date: Day(iso: "2026-02-08"), services: ["CNPG"],
            failureModes: ["new-empty-volume", "initdb-over-existing-data"]),
        IncidentFacts(
            id: "s003", title: "Database loss", date: Day(iso: "2025-11-27"),
            failureModes: ["storage-identity-lost", "new-empty-volume"]),
        IncidentFacts(
            id: "s004", kind: .runbook, title: "CNPG recovery", services: ["CNPG"],
            failureModes: ["wal-archive-conflict", "gitops-reconciler-deleted", "failover-restore-failed"]),
    ]

    @Test func ranksByWhatIsSharedAndSaysWhat() {
        let services = ServiceIndex(incidents: Self.facts, volumes: ServiceIndexTests.volumes)
        let text: [IncidentID: TextSimilarity] = [
            "s004": TextSimilarity(score: 8, words: ["barman", "archive"]),
            "s000": TextSimilarity(score: 4, words: ["immich"]),
            "s002": TextSimilarity(score: 2, words: ["cnpg"]),
            "s001": TextSimilarity(score: 100, words: ["itself"]),
        ]

        let related = RelatedIncidents.rank("s001", incidents: Self.facts, services: services, text: text)

        #expect(
            related == [
                RelatedIncident(
                    id: "s004", title: "CNPG recovery", date: nil, score: 8,
                    failureModes: ["wal-archive-conflict", "failover-restore-failed"], words: ["barman", "archive"],
                    textScore: 2),
                RelatedIncident(
                    id: "s000", title: "Destruction", date: Day(iso: "2026-04-06"), score: 3, services: ["Immich"],
                    words: ["immich"], textScore: 1),
                RelatedIncident(
                    id: "s002", title: "PV release", date: Day(iso: "2026-02-08"), score: 2.5, services: ["Immich"],
                    words: ["cnpg"], textScore: 0.5),
            ])
    }

    @Test func sharedResourcesCountAndTheLimitHolds() {
        let facts = [
            IncidentFacts(id: "v1", title: "One", date: Day(iso: "2026-01-01")),
            IncidentFacts(id: "v2", title: "Two", date: Day(iso: "2026-01-02")),
            IncidentFacts(id: "v3", title: "Three", date: Day(iso: "2026-01-03")),
        ]
        let mapping = VolumeMapping(app: "snapcast", volume: "pvc-621ac65b", claim: "snapcast/state")
        let services = ServiceIndex(incidents: facts, volumes: ["v1": [mapping], "v2": [mapping], "v3": [mapping]])

        let related = RelatedIncidents.rank("v1", incidents: facts, services: services, limit: 1)

        #expect(
            related == [
                RelatedIncident(
                    id: "v3", title: "Three", date: Day(iso: "2026-01-03"), score: 2,
                    resources: ["pvc-621ac65b", "snapcast/state"])
            ])
        #expect(RelatedIncidents.rank("nope", incidents: facts, services: services).isEmpty)
    }

    @Test func characteristicWordsLeaveOutFunctionWordsAndNumbers() {
        let incident = Incident(
            id: "x", title: "The WAL archive of 2026", summary: "Archive full; the barman check failed.",
            lessons: [Lesson(text: "Bump the path")])

        #expect(
            RelatedIncidents.characteristicWords(of: incident) == [
                RelatedIncidents.WordCount(word: "archive", count: 2),
                RelatedIncidents.WordCount(word: "wal", count: 1),
                RelatedIncidents.WordCount(word: "full", count: 1),
                RelatedIncidents.WordCount(word: "barman", count: 1),
                RelatedIncidents.WordCount(word: "check", count: 1),
                RelatedIncidents.WordCount(word: "failed", count: 1),
                RelatedIncidents.WordCount(word: "bump", count: 1), RelatedIncidents.WordCount(word: "path", count: 1),
            ])
    }
}
