import Testing

@testable import PostmortemKit

@Suite struct TitleCleanerTests {
    @Test(arguments: [
        (
            "Post-Mortem: Immich Staging WAL Archive Failure & Disk Full (2026-02-20)",
            "Immich Staging WAL Archive Failure & Disk Full", "2026-02-20"
        ),
        (
            "Post-Mortem: Staging PV Release & CNPG Recovery (2026-02-08)", "Staging PV Release & CNPG Recovery",
            "2026-02-08"
        ),
        ("Incident Report: Database Loss on Production (27.11.2025)", "Database Loss on Production", "2025-11-27"),
        (
            "Post-Mortem: The Systematic Destruction of Immich & Authentik DBs",
            "The Systematic Destruction of Immich & Authentik DBs", nil
        ),
        ("CNPG Database Disaster Recovery", "CNPG Database Disaster Recovery", nil),
        ("Postmortem - DNS outage", "DNS outage", nil),
        ("Incident: Disk full on nas-01", "Disk full on nas-01", nil),
        ("Post Incident Review: Cert expiry", "Cert expiry", nil),
        ("PIR: Cert expiry — 2024-03-12", "Cert expiry", "2024-03-12"),
        ("RCA: Login failures", "Login failures", nil),
        ("Rapport d'incident : Panne du NAS (12 mars 2024)", "Panne du NAS", "2024-03-12"),
        ("Störungsbericht: Ausfall der Datenbank vom 3. Mai 2024", "Ausfall der Datenbank", "2024-05-03"),
        ("2024-03-12 - Redis eviction storm", "Redis eviction storm", "2024-03-12"),
        ("# 🚨 Post-Mortem: **Backup gap** [2025-01-05]", "Backup gap", "2025-01-05"),
        ("Outage on April 6th, 2026", "Outage", "2026-04-06"),
        ("Incident Response Runbook", "Incident Response Runbook", nil),
        ("Post-Mortem:", "Post-Mortem", nil),
        ("(2026-02-20)", "(2026-02-20)", "2026-02-20"),
        ("", "", nil),
    ])
    func stripsPrefixesAndDates(title: String, clean: String, day: String?) {
        #expect(
            TitleCleaner.clean(title) == TitleCleaner.Cleaned(title: clean, day: day.flatMap { Day(iso: $0) }),
            "\(title)")
    }

    @Test func readsAmbiguousDatesWithTheHint() {
        #expect(
            TitleCleaner.clean("Panne (12/03/2024)", order: .dayFirst)
                == TitleCleaner.Cleaned(title: "Panne", day: Day(year: 2024, month: 3, day: 12)))
    }

    @Test func keepsUnderscoresAndCurrencySigns() {
        #expect(
            TitleCleaner.clean("Post-Mortem: pg_wal full, €20k of refunds late 🔥")
                == TitleCleaner.Cleaned(title: "pg_wal full, €20k of refunds late", day: nil))
    }
}
