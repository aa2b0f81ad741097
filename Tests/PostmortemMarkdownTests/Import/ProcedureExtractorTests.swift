import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("ProcedureExtractor")
struct ProcedureExtractorTests {
    @Test func numberedRecoveryStepsOfAnIncidentAndItsProseKept() throws {
        let incident = try ImportFixtures.incident(
            """
            # Disk full (2026-02-20)

            ## Recovery & Resolution

            We did this:

            1. **PVC Expansion**: from `10Gi` to `20Gi`.
            2. **Backup Path Migration**: `v1` to `v2`.
            """)
        #expect(
            incident.procedure == [
                "**PVC Expansion**: from `10Gi` to `20Gi`.", "**Backup Path Migration**: `v1` to `v2`.",
            ])
        #expect(incident.sections == [Section(heading: "Recovery & Resolution", markdown: "We did this:")])
        #expect(incident.kind == .incident)
    }

    @Test func boldNumberedStepsWithTheirCodeInARunbook() throws {
        let incident = try ImportFixtures.incident(
            """
            # Database Disaster Recovery

            ## Recovery Procedure

            ### Prerequisites

            - The operator runs

            **1. Check backups:**

            ```bash
            kubectl get backups
            ```

            **2. Monitor recovery:**

            Watch it.
            """)
        #expect(
            incident.procedure == [
                "Check backups:\n\n```bash\nkubectl get backups\n```", "Monitor recovery:\n\nWatch it.",
            ])
        #expect(
            incident.sections == [
                Section(heading: "Recovery Procedure", markdown: "### Prerequisites\n\n- The operator runs")
            ])
        #expect(incident.kind == .runbook)
    }
}
