import Testing

@testable import PostmortemKit

private func mode(
    _ id: FailureModeID, name: String = "A mode", category: FailureModeCategory = .storage,
    patterns: [FailureModePattern] = [FailureModePattern("disk full")], negatives: [String] = []
) -> FailureMode {
    FailureMode(id: id, name: name, category: category, patterns: patterns, negatives: negatives)
}

@Suite struct TaxonomyTests {
    @Test func fingerprintChangesWithAnythingClassificationReads() throws {
        let base = try Taxonomy(modes: [mode("disk-full"), mode("dns-failure")])
        let variants = [
            try Taxonomy(modes: [mode("dns-failure"), mode("disk-full")]),
            try Taxonomy(modes: [mode("disk-full")]),
            try Taxonomy(modes: [mode("disk-full", name: "Disk filled"), mode("dns-failure")]),
            try Taxonomy(modes: [mode("disk-full", category: .dns), mode("dns-failure")]),
            try Taxonomy(modes: [
                mode("disk-full", patterns: [FailureModePattern("disk full", weight: 0.5)]), mode("dns-failure"),
            ]),
            try Taxonomy(modes: [mode("disk-full", negatives: ["memory"]), mode("dns-failure")]),
        ]
        let again = try Taxonomy(modes: [mode("disk-full"), mode("dns-failure")])
        #expect(base.fingerprint == again.fingerprint)
        #expect(base.fingerprint.count == 16)
        #expect(Set(([base] + variants).map(\.fingerprint)).count == variants.count + 1)
    }

    @Test func keepsModesInOrderAndFindsThemById() throws {
        let taxonomy = try Taxonomy(modes: [mode("disk-full"), mode("dns-failure")])
        #expect(taxonomy.modes.map(\.id) == ["disk-full", "dns-failure"])
        #expect(taxonomy.mode("dns-failure") == mode("dns-failure"))
        #expect(taxonomy.mode("nope") == nil)
        #expect(Taxonomy.empty.modes.isEmpty)
    }

    @Test(arguments: [
        (
            [mode("disk-full"), mode("dns"), mode("disk-full")],
            TaxonomyError(
                reason: "mode 'disk-full' is listed twice (as mode 1 and mode 3); give one of them another id or merge "
                    + "their patterns", modeIndex: 2, key: "id")
        ),
        (
            [mode("Disk_Full")],
            TaxonomyError(
                reason: "mode 'Disk_Full': 'id' must be kebab-case (lower-case letters and digits joined by hyphens, "
                    + "like 'disk-full')", modeIndex: 0, key: "id")
        ),
        (
            [mode("disk-full"), mode("")],
            TaxonomyError(
                reason: "mode 2: 'id' is missing or empty; give it a kebab-case id such as 'disk-full'", modeIndex: 1,
                key: "id")
        ),
        (
            [mode("disk-full", name: "  ")],
            TaxonomyError(
                reason: "mode 'disk-full': 'name' is missing or empty; give it a short human name", modeIndex: 0,
                key: "name")
        ),
        (
            [mode("disk-full", category: "")],
            TaxonomyError(
                reason: "mode 'disk-full': 'category' is missing or empty; use one such as 'storage' or 'dns'",
                modeIndex: 0, key: "category")
        ),
        (
            [mode("disk-full", patterns: [])],
            TaxonomyError(
                reason: "mode 'disk-full': 'patterns' is empty; list at least one phrase that suggests this mode",
                modeIndex: 0, key: "patterns")
        ),
        (
            [mode("disk-full", patterns: [FailureModePattern("disk full"), FailureModePattern("—")])],
            TaxonomyError(
                reason: "mode 'disk-full': pattern 2 ('—') has no words", modeIndex: 0, key: "patterns",
                patternIndex: 1)
        ),
        (
            [mode("disk-full", patterns: [FailureModePattern("disk full", weight: 1.5)])],
            TaxonomyError(
                reason: "mode 'disk-full': pattern 'disk full' has weight 1.5; use a number in (0, 1]", modeIndex: 0,
                key: "weight", patternIndex: 0)
        ),
        (
            [mode("disk-full", patterns: [FailureModePattern("Disk full"), FailureModePattern("disk-full")])],
            TaxonomyError(
                reason: "mode 'disk-full': pattern 'disk-full' is listed twice (the same words); keep one",
                modeIndex: 0, key: "patterns", patternIndex: 1)
        ),
        (
            [mode("disk-full", negatives: ["!!"])],
            TaxonomyError(
                reason: "mode 'disk-full': negative phrase '!!' has no words", modeIndex: 0, key: "negative")
        ),
    ])
    func rejectsABrokenTaxonomy(modes: [FailureMode], expected: TaxonomyError) {
        #expect(throws: expected) { try Taxonomy(modes: modes) }
    }

    @Test func errorDescriptionLeadsWithThePosition() {
        let located = TaxonomyError(reason: "mode 'x': bad", source: "taxonomy.yml", line: 12, column: 7)
        #expect(located.description == "taxonomy.yml:12:7: mode 'x': bad")
        #expect(located.errorDescription == located.description)
        #expect(TaxonomyError(reason: "bad").description == "bad")
    }

    @Test(arguments: [
        ("disk-full", true), ("wal-archive-conflict", true), ("x509", true), ("", false), ("Disk", false),
        ("disk--full", false), ("-disk", false), ("disk-", false), ("disk full", false), ("disk_full", false),
    ])
    func kebabCase(id: String, valid: Bool) {
        #expect(Taxonomy.isKebabCase(id) == valid)
    }
}
