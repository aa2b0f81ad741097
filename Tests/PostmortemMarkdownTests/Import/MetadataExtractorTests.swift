import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    /// The fields metadata fills, compared as one value.
    struct Facts: Equatable {
        var title: String
        var date: Day?
        var severity: Severity?
        var status: IncidentStatus?
        var authors: [String]
        var services: [ServiceName]
        var metadata: [Field]
        init(_ incident: Incident) {
            title = incident.title
            date = incident.date
            severity = incident.severity
            status = incident.status
            authors = incident.authors
            services = incident.services
            metadata = incident.metadata
        }
        init(
            title: String, date: Day?, severity: Severity?, status: IncidentStatus?, authors: [String],
            services: [ServiceName], metadata: [Field] = []
        ) {
            self.title = title
            self.date = date
            self.severity = severity
            self.status = status
            self.authors = authors
            self.services = services
            self.metadata = metadata
        }
    }

    @Test func boldLabelLinesOnePerLine() throws {
        let incident = try ImportFixtures.incident(
            """
            # Post-Mortem: Disk full

            **Date:** 27. November 2025
            **Severity:** HIGH
            **Status:** Resolved
            **Authors:** Ana, Bo
            **Services:** Immich, Authentik

            ## Summary

            The disk filled up.
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "Disk full", date: Day(iso: "2025-11-27"), severity: Severity(label: "HIGH", level: 2),
                    status: IncidentStatus(label: "Resolved"), authors: ["Ana", "Bo"],
                    services: ["Immich", "Authentik"]))
        #expect(incident.summary == "The disk filled up.")
    }

    @Test func severalLabelsOnOneLineSeparatedByDots() throws {
        let incident = try ImportFixtures.incident(
            """
            # Grafana logins broken

            **Date:** 2023-03-02 · **Severity:** SEV4 · **Status:** Resolved · **On call:** Aiko Tanabe
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "Grafana logins broken", date: Day(iso: "2023-03-02"),
                    severity: Severity(label: "SEV4", level: 4), status: IncidentStatus(label: "Resolved"),
                    authors: [], services: ["Grafana"], metadata: [Field(name: "On call", value: "Aiko Tanabe")]))
    }

    @Test func labelsAsSentencesOfProseAreReadAndTheProseKept() throws {
        let incident = try ImportFixtures.incident(
            """
            **Incident: Loki stopped ingesting logs (Aug 9)**

            Quick write-up from the thread. Date: 9 August 2025. Sev: low. Status: resolved.
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "Loki stopped ingesting logs", date: Day(iso: "2025-08-09"),
                    severity: Severity(label: "low", level: 4), status: IncidentStatus(label: "resolved"),
                    authors: [], services: ["Loki"]))
        #expect(incident.summary == "Quick write-up from the thread. Date: 9 August 2025. Sev: low. Status: resolved.")
    }

    @Test func keyValueTableWithAnEmptyHeaderRow() throws {
        let incident = try ImportFixtures.incident(
            """
            # Incident Report: Keycloak OOMKilled (2025-11-04)

            ## Overview

            | | |
            |---|---|
            | **Severity** | SEV2 |
            | **Status** | Resolved |
            | **Duration** | 1 h 35 min |
            | **Authors** | Hannah Lindqvist |

            Logins failed.
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "Keycloak OOMKilled", date: Day(iso: "2025-11-04"),
                    severity: Severity(label: "SEV2", level: 2),
                    status: IncidentStatus(label: "Resolved"), authors: ["Hannah Lindqvist"], services: ["Keycloak"]))
        #expect(incident.impact == Impact(duration: "1 h 35 min", durationSeconds: 5700))
        #expect(incident.summary == "Logins failed.")
    }

    @Test func keyValueTableWithAFieldValueHeader() throws {
        let incident = try ImportFixtures.incident(
            """
            # Störungsbericht: ZFS-Pool „rpool“ degradiert

            | Feld | Wert |
            |---|---|
            | Datum | 08.05.2023 |
            | Schweregrad | Mittel |
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "ZFS-Pool „rpool“ degradiert", date: Day(iso: "2023-05-08"),
                    severity: Severity(label: "Mittel", level: 3), status: nil, authors: [], services: []))
    }

    @Test func frenchLabelWithASpaceBeforeTheColonAndADayFirstDate() throws {
        let incident = try ImportFixtures.incident(
            """
            # Post-mortem : expiration des certificats

            **Date :** 12/03/2021
            **Rédacteurs :** Camille Rousseau, Étienne Marchand

            ## Résumé

            Les certificats de la plateforme ont expiré pendant la nuit et les sites des clients étaient
            inaccessibles pour une partie de la matinée, avec des erreurs dans les navigateurs.
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "expiration des certificats", date: Day(iso: "2021-03-12"), severity: nil, status: nil,
                    authors: ["Camille Rousseau", "Étienne Marchand"], services: []))
    }

    @Test func headinglessPageTitleMetadataAndWikiTitleLine() throws {
        let incident = try ImportFixtures.incident(
            """
            Platform Wiki › Incidents
            DNS Resolution Outage on Prod
            Incident: In-cluster DNS timeouts broke outbound calls
            Date: November 14th, 2019
            Status: Resolved
            Owner: Tomasz Wierzbicki
            Summary
            Lookups timed out for everyone.
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "In-cluster DNS timeouts broke outbound calls", date: Day(iso: "2019-11-14"), severity: nil,
                    status: IncidentStatus(label: "Resolved"), authors: ["Tomasz Wierzbicki"], services: [],
                    metadata: [
                        Field(name: "Page title", value: "Platform Wiki › Incidents"),
                        Field(name: "Page title", value: "DNS Resolution Outage on Prod"),
                    ]))
    }

    @Test func authorsSplitOnlyOutsideParentheses() {
        #expect(
            MetadataExtractor.list("Zoë Château (zoe@example.test, +33 6 00), Íñigo; Bo")
                == ["Zoë Château (zoe@example.test, +33 6 00)", "Íñigo", "Bo"])
    }

    @Test func typeLineMakesANearMissAndIsKept() throws {
        let incident = try ImportFixtures.incident(
            """
            # Almost deleted the dataset

            **Date:** 2024-10-02
            **Type:** Near miss (no impact)
            """)
        #expect(incident.kind == .nearMiss)
        #expect(incident.metadata == [Field(name: "Type", value: "Near miss (no impact)")])
    }

    @Test func aSingleValuedFieldKeepsItsFirstValueAndTheOthersAsMetadata() throws {
        let incident = try ImportFixtures.incident(
            """
            ---
            environment: production
            ---
            # Disk full

            **Severity:** HIGH
            **Status:** Resolved
            **Environment:** staging
            **Severity:** SEV1 after the escalation
            **Date:** 2024-05-02
            **Date:** 2024-05-03
            """)
        #expect(
            Facts(incident)
                == Facts(
                    title: "Disk full", date: Day(iso: "2024-05-02"), severity: Severity(label: "HIGH", level: 2),
                    status: IncidentStatus(label: "Resolved"), authors: [], services: [],
                    metadata: [
                        Field(name: "Environment", value: "staging"),
                        Field(name: "Severity", value: "SEV1 after the escalation"),
                        Field(name: "Date", value: "2024-05-03"),
                    ]))
        #expect(incident.environment == "production")
    }

    @Test func aTitleLineWinsOverTheHeadingWhichIsKept() throws {
        let incident = try ImportFixtures.incident(
            """
            # Wiki page 1234

            **Title:** Disk full on db-01
            **Date:** 2024-05-02
            """)
        #expect(incident.title == "Disk full on db-01")
        #expect(incident.metadata == [Field(name: "Page title", value: "Wiki page 1234")])
    }

    @Test func aFrontMatterTitleWinsOverATitleLine() throws {
        let incident = try ImportFixtures.incident(
            """
            ---
            title: Disk full on db-01
            ---
            **Title:** Disk full
            **Date:** 2024-05-02
            """)
        #expect(incident.title == "Disk full on db-01")
        #expect(incident.metadata == [Field(name: "Title", value: "Disk full")])
    }

    @Test func impactMetricsReadOutOfLongerValuesKeepTheValue() throws {
        let incident = try ImportFixtures.incident(
            """
            # Portal down

            **Date:** 2024-05-02
            **Users affected:** 5,300 logged-in customers
            **Duration:** 42 minutes
            **Data loss:** none
            """)
        #expect(incident.impact.usersAffected == 5300)
        #expect(incident.impact.duration == "42 minutes")
        #expect(incident.impact.dataLoss == "none")
        #expect(incident.metadata == [Field(name: "Users affected", value: "5,300 logged-in customers")])
    }

    @Test func frontMatterValuesPMCannotUseAreKept() throws {
        let document = LegacyImporter().importDocument(
            text: """
                ---
                title: {name: Disk full, lang: en}
                detected: around lunch
                resolved: 2024-05-02T13:00:00Z
                owner_team: {name: storage}
                failure_modes: [{evidence: no id}]
                ---
                Body.
                """, path: "fm.md")
        let incident = try #require(document.incidents.first)
        #expect(incident.title == "name: Disk full, lang: en")
        #expect(incident.detected == nil)
        #expect(incident.resolved == Timestamp(iso: "2024-05-02T13:00:00Z"))
        #expect(
            incident.metadata == [
                Field(name: "detected", value: "around lunch"), Field(name: "owner_team", value: "name: storage"),
                Field(name: "failure_modes", value: "evidence: no id"),
            ])
        #expect(document.findings.contains { $0.rule == "front-matter-value" && $0.message.contains("around lunch") })
    }

    @Test func aFrontMatterTitleWinsOverTheHeadingWhichIsKept() throws {
        let incident = try ImportFixtures.incident(
            """
            ---
            title: Disk full on db-01
            ---
            # Post-Mortem: Disk full (2024-05-02)

            Text.
            """)
        #expect(incident.title == "Disk full on db-01")
        #expect(incident.metadata == [Field(name: "Page title", value: "Post-Mortem: Disk full (2024-05-02)")])
    }

    @Test func aKeyValueRowBrokenOverTwoLinesKeepsItsText() throws {
        let incident = try ImportFixtures.incident(
            """
            # Login outage

            | | |
            |---|---|
            | **Date** | 2025-11-04 |
            | **Services** |
            Keycloak, tracking-ui, shipment-api |
            """)
        #expect(incident.date == Day(iso: "2025-11-04"))
        #expect(incident.metadata == [Field(name: "Keycloak, tracking-ui, shipment-api", value: "")])
    }
}
