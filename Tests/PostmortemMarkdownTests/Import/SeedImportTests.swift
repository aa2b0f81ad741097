import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// The statements of the seeds' EXPECTED.md on metadata, titles, impact, root cause,
/// recovery, volume mappings, runbooks and kinds.
@Suite("Seeds: metadata and structure", .enabled(if: ImportFixtures.seedsExist, "../shared/seeds is absent"))
struct SeedImportTests {
    @Test func seed000HeadinglessPage() throws {
        let incident = try ImportFixtures.seed(0)
        #expect(incident.title == "The Systematic Destruction of Immich & Authentik DBs")
        #expect(incident.date == Day(iso: "2026-04-06"))
        #expect(incident.status == IncidentStatus(label: "Critical Investigation"))
        #expect(incident.authors == ["Antigravity (AI Coding Assistant)"])
        #expect(incident.services == ["Immich", "Authentik"])
        #expect(incident.kind == .incident)
        // The page title above the post-mortem's own title is kept.
        #expect(
            incident.metadata.contains(
                Field(name: "Page title", value: "The Great Database Incident: A Post-Mortem & Farewell")))
        #expect(
            incident.sections.map(\.heading).starts(with: [
                "Visual Timeline: The Descent into Chaos", "The Structural “Destruction Loop”",
            ]))
    }

    @Test func seed001TitleDateImpactRecovery() throws {
        let incident = try ImportFixtures.seed(1)
        #expect(incident.title == "Immich Staging WAL Archive Failure & Disk Full")
        #expect(incident.date == Day(iso: "2026-02-20"))
        #expect(incident.rootCause?.contains("system ID") == true)
        #expect(incident.impact.items.count == 3)
        #expect(incident.procedure.count == 4)
        #expect(incident.procedure.first?.hasPrefix("**PVC Expansion**") == true)
    }

    @Test func seed002ChainImpactAndVolumes() throws {
        let incident = try ImportFixtures.seed(2)
        #expect(incident.title == "Staging PV Release & CNPG Recovery")
        #expect(incident.date == Day(iso: "2026-02-08"))
        #expect(incident.contributingFactors.count == 6)
        #expect(incident.impact.items.count == 4)
        #expect(incident.volumeMappings.count == 15)
        #expect(incident.volumeMappings.filter { $0.role == .data }.count == 12)
        #expect(incident.volumeMappings.filter { $0.role == .database }.count == 3)
        #expect(
            incident.volumeMappings.first
                == VolumeMapping(
                    app: "audiobookshelf-data", volume: "pvc-1145acca", size: "2Gi",
                    claim: "audiobookshelf-stage/audiobookshelf-data-pvc"))
        #expect(
            incident.volumeMappings.filter { $0.role == .database }.first
                == VolumeMapping(
                    app: "linkding", volume: "pvc-0a4e4f3a", size: "2Gi", role: .database, dataRange: "Jan 1 – Feb 7"))
    }

    @Test func seed003Metrics() throws {
        let incident = try ImportFixtures.seed(3)
        #expect(incident.title == "Database Loss on Production")
        #expect(incident.date == Day(iso: "2025-11-27"))
        #expect(incident.severity == Severity(label: "HIGH", level: 2))
        #expect(incident.impact.usersAffected == 14)
        #expect(incident.impact.dataLoss?.lowercased().hasPrefix("none") == true)
        #expect(incident.impact.duration == "~11 hours")
        #expect(incident.impact.durationSeconds == 11 * 3600)
    }

    @Test func seed004Runbook() throws {
        let incident = try ImportFixtures.seed(4)
        #expect(incident.kind == .runbook)
        #expect(incident.title == "CNPG Database Disaster Recovery")
        #expect(incident.date == nil)
        #expect(incident.timeline.isEmpty)
        #expect(incident.procedure.count == 7)
        #expect(incident.procedure.first?.hasPrefix("Check if backups exist:") == true)
        let symptoms = incident.troubleshooting.map(\.symptom)
        let expected = [
            "Expected empty archive", "no target backup found", "ArgoCD recreates cluster before manual apply",
            "Recovery pod stuck in Pending", "Only one bootstrap method can be specified",
        ]
        #expect(symptoms.count == 5)
        for (symptom, name) in zip(symptoms, expected) { #expect(symptom.contains(name)) }
        #expect(incident.troubleshooting.allSatisfy { !$0.cause.isEmpty && !$0.fix.isEmpty })
        #expect(incident.troubleshooting.first?.fix.contains("Bump `serverName`") == true)
        // "Two Backup Systems Summary" is a runbook section, not the summary.
        #expect(incident.summary?.contains("PVC BACKUPS") == false)
        #expect(incident.sections.map(\.heading).contains("Two Backup Systems Summary"))
    }
}
