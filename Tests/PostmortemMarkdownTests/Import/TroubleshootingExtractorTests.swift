import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("TroubleshootingExtractor")
struct TroubleshootingExtractorTests {
    @Test func subHeadingsWithCauseAndFixLabels() throws {
        let incident = try ImportFixtures.incident(
            """
            # Restore a database

            ## Troubleshooting

            ### "Expected empty archive"

            **Cause**: `serverName` matches the old path.

            **Fix**: Bump `serverName`. Check S3:
            ```bash
            aws s3 ls
            ```

            ### Recovery pod stuck in Pending

            **Cause:** Old PVCs still terminating.

            **Fix:** Wait 15 seconds.
            """)
        #expect(
            incident.troubleshooting == [
                TroubleshootingEntry(
                    symptom: "\"Expected empty archive\"", cause: "`serverName` matches the old path.",
                    fix: "Bump `serverName`. Check S3:\n\n```bash\naws s3 ls\n```"),
                TroubleshootingEntry(
                    symptom: "Recovery pod stuck in Pending", cause: "Old PVCs still terminating.",
                    fix: "Wait 15 seconds."),
            ])
        #expect(incident.sections.isEmpty)
        #expect(incident.kind == .runbook)
    }

    @Test func tableWithSymptomCauseFix() throws {
        let incident = try ImportFixtures.incident(
            """
            # Restore a database

            ## Troubleshooting

            | Symptom | Cause | Fix |
            |---|---|---|
            | `Expected empty archive` | old WAL in the folder | Bump `serverName` |
            """)
        #expect(
            incident.troubleshooting == [
                TroubleshootingEntry(
                    symptom: "`Expected empty archive`", cause: "old WAL in the folder", fix: "Bump `serverName`")
            ])
    }

    @Test func aTableWithAnUnknownColumnIsKept() {
        #expect(!TroubleshootingExtractor().accepts(header: ["Symptom", "Cause", "Fix", "Ticket"]))
        #expect(TroubleshootingExtractor().accepts(header: ["Problem", "Solution"]))
    }
}
