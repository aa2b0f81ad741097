import Testing

@testable import PostmortemKit

@Suite struct MetadataLineTests {
    @Test(arguments: [
        ("**Date:** 27. November 2025  ", MetadataKey.date, "Date", "27. November 2025"),
        ("Status: Critical Investigation", .status, "Status", "Critical Investigation"),
        ("**Date :** 12/03/2024", .date, "Date", "12/03/2024"),
        ("- **Severity**: SEV2", .severity, "Severity", "SEV2"),
        (
            "Primary Auditor: Antigravity (AI Coding Assistant)", .authors, "Primary Auditor",
            "Antigravity (AI Coding Assistant)"
        ),
        (
            "**Recovery Time:** ~11 hours (discovered at 18:00, restored by 18:45)  ", .duration, "Recovery Time",
            "~11 hours (discovered at 18:00, restored by 18:45)"
        ),
        ("**Data Loss:** None (full recovery successful)", .dataLoss, "Data Loss", "None (full recovery successful)"),
        (
            "**Incident Manager:** AI Assistant (Cursor/Claude)  ", .incidentCommander, "Incident Manager",
            "AI Assistant (Cursor/Claude)"
        ),
        ("**User Reporter:** Georg", .reporter, "User Reporter", "Georg"),
        ("**Date Reported:** 27.11.2025 ~18:00 UTC", .detectedAt, "Date Reported", "27.11.2025 ~18:00 UTC"),
        ("**Date Resolved:** 27.11.2025 18:45 UTC", .resolvedAt, "Date Resolved", "27.11.2025 18:45 UTC"),
        ("**Time:** 07:24 UTC  ", .time, "Time", "07:24 UTC"),
        ("**Impact:** Complete production database loss", .impact, "Impact", "Complete production database loss"),
        ("Sévérité : Haute", .severity, "Sévérité", "Haute"),
        ("Schweregrad: hoch", .severity, "Schweregrad", "hoch"),
        ("* Statut : Résolu", .status, "Statut", "Résolu"),
        ("Auteur : Marie", .authors, "Auteur", "Marie"),
        ("Autor: Jens", .authors, "Autor", "Jens"),
        ("Written by: Sam", .authors, "Written by", "Sam"),
        ("Affected services: Immich, Authentik", .services, "Affected services", "Immich, Authentik"),
        ("Komponenten: NAS", .services, "Komponenten", "NAS"),
        ("Umgebung: Staging", .environment, "Umgebung", "Staging"),
        ("Environment: production", .environment, "Environment", "production"),
        ("Tags: cnpg, storage", .tags, "Tags", "cnpg, storage"),
        ("Dauer: 3 Stunden", .duration, "Dauer", "3 Stunden"),
        ("Durée : 2 heures", .duration, "Durée", "2 heures"),
        ("Detected: 14:02", .detectedAt, "Detected", "14:02"),
        ("Resolved: 15:10", .resolvedAt, "Resolved", "15:10"),
        ("Start: 2026-02-20 14:00", .startedAt, "Start", "2026-02-20 14:00"),
        ("End: 2026-02-20 16:00", .endedAt, "End", "2026-02-20 16:00"),
        ("Incident commander: Alex", .incidentCommander, "Incident commander", "Alex"),
        ("Type: Runbook", .kind, "Type", "Runbook"),
        ("Priority: P1", .priority, "Priority", "P1"),
        ("__Datum:__ 3. Mai 2024", .date, "Datum", "3. Mai 2024"),
    ])
    func readsLabelledLines(line: String, key: MetadataKey, label: String, value: String) {
        #expect(MetadataLine.parse(line) == MetadataLine(key: key, label: label, value: value), "\(line)")
    }

    @Test func keepsUnknownLabels() {
        #expect(MetadataLine.parse("To: The User") == MetadataLine(key: nil, label: "To", value: "The User"))
        #expect(MetadataLine.parse("**Services:**") == MetadataLine(key: .services, label: "Services", value: ""))
    }

    @Test(arguments: [
        "", "Just a sentence.", "**Timeline**", "14:02 Deploy started", "See https://example.com/x",
        "This line has far too many words before its colon: value", "| a | b |", "**unterminated: bold",
        "::", "🔥: fire",
    ])
    func findsNoLabelWhereThereIsNone(line: String) {
        #expect(MetadataLine.parse(line) == nil, "\(line)")
    }

    @Test(arguments: [("Betroffene Systeme", MetadataKey.services), ("SEVERITY", .severity), ("État", .status)])
    func mapsLabelsThroughTheOneTable(label: String, key: MetadataKey) {
        #expect(MetadataKey(label: label) == key)
    }
}
