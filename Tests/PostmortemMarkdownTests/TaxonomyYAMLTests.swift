import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite struct TaxonomyYAMLTests {
    static let small = """
        version: 1
        modes:
          - id: disk-full
            name: Disk full
            category: capacity
            description: A disk ran out of space.
            patterns:
              - disk full
              - {phrase: disk usage, weight: 0.4}
            negative: [pool filled up]
          - id: "dns-failure"
            name: DNS failure
            category: dns
            patterns: [nxdomain, "429"]
        """

    @Test func loadsEveryKeyOfEveryMode() throws {
        let expected = try Taxonomy(modes: [
            FailureMode(
                id: "disk-full", name: "Disk full", description: "A disk ran out of space.", category: .capacity,
                patterns: [FailureModePattern("disk full"), FailureModePattern("disk usage", weight: 0.4)],
                negatives: ["pool filled up"]),
            FailureMode(
                id: "dns-failure", name: "DNS failure", category: .dns,
                patterns: [FailureModePattern("nxdomain"), FailureModePattern("429")]),
        ])
        #expect(try Taxonomy.load(yaml: Self.small) == expected)
    }

    @Test func writesCanonicalYAMLThatReadsBackEqual() throws {
        let taxonomy = try Taxonomy.load(yaml: Self.small)
        let written = try taxonomy.yaml()
        #expect(
            written == """
                # pm failure-mode taxonomy: the failure modes pm looks for, and the phrases that suggest
                # each one (plain words, matched on word boundaries, ignoring case and accents).
                version: 1
                modes:
                - id: disk-full
                  name: Disk full
                  category: capacity
                  description: A disk ran out of space.
                  patterns:
                  - disk full
                  - {phrase: disk usage, weight: 0.4}
                  negative:
                  - pool filled up
                - id: dns-failure
                  name: DNS failure
                  category: dns
                  patterns:
                  - nxdomain
                  - '429'

                """)
        #expect(try Taxonomy.load(yaml: written) == taxonomy)
    }

    @Test func theDefaultTaxonomyRoundTrips() throws {
        let loaded = try Taxonomy.load(yaml: DefaultTaxonomy.yaml)
        #expect(loaded == Taxonomy.standard)
        #expect(try Taxonomy.load(yaml: try loaded.yaml()) == loaded)
    }

    @Test(arguments: [
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                category: capacity
                patterns: [disk full]
              - id: disk-full
                name: Disk full again
                category: capacity
                patterns: [no space left on device]
            """,
            "taxonomy.yml:6:9: mode 'disk-full' is listed twice (as mode 1 and mode 2); give one of them another id "
                + "or merge their patterns"
        ),
        (
            """
            modes:
              - id: disk-full
                category: capacity
                patterns: [disk full]
            """,
            "taxonomy.yml:2:5: mode 'disk-full': 'name' is missing or empty; give it a short human name"
        ),
        (
            """
            modes:
              - id: disk-full
                name:
                category: capacity
                patterns: [disk full]
            """,
            "taxonomy.yml:3:10: mode 'disk-full': 'name' is missing or empty; give it a short human name"
        ),
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                category: capacity
                patterns: []
            """,
            "taxonomy.yml:5:15: mode 'disk-full': 'patterns' is empty; list at least one phrase that suggests this mode"
        ),
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                category: capacity
                pattern: [disk full]
            """,
            "taxonomy.yml:5:5: mode 1: unknown key 'pattern'; a mode has 'id', 'name', 'category', 'description', "
                + "'patterns', 'negative'"
        ),
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                category: capacity
                patterns:
                  - disk full
                  - {phrase: disk usage, weight: 2}
            """,
            "taxonomy.yml:7:9: mode 'disk-full': pattern 'disk usage' has weight 2.0; use a number in (0, 1]"
        ),
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                category: capacity
                patterns:
                  - {phrase: disk usage, weight: heavy}
            """,
            "taxonomy.yml:6:38: mode 'disk-full': 'weight' must be a number in (0, 1]"
        ),
        (
            """
            modes:
              - id: disk-full
                name: Disk full
                name: Disk filled
                category: capacity
                patterns: [disk full]
            """,
            "taxonomy.yml:3:5: the key name is repeated in one mapping; keep one"
        ),
        (
            """
            modes:
              - id: disk-full
                name: [Disk, full]
                category: capacity
                patterns: [disk full]
            """,
            "taxonomy.yml:3:11: mode 'disk-full': 'name' must be a single value, not a list or mapping"
        ),
        (
            """
            modes:
              - id: Disk Full
                name: Disk full
                category: capacity
                patterns: [disk full]
            """,
            "taxonomy.yml:2:9: mode 'Disk Full': 'id' must be kebab-case (lower-case letters and digits joined by "
                + "hyphens, like 'disk-full')"
        ),
        (
            "modes:\n  - id: disk-full\n    patterns: [disk full\n",
            "taxonomy.yml:4:1: invalid YAML: did not find expected ',' or ']'"
        ),
        ("version: 1\n", "taxonomy.yml:1:1: 'modes:' is missing; list the failure modes under it"),
        ("modes: []\n", "taxonomy.yml:1:8: 'modes' must be a non-empty list of modes (lines starting with '- id:')"),
        ("version: 2\nmodes: []\n", "taxonomy.yml:1:10: 'version' is 2; this pm reads version 1"),
        (
            "- disk-full\n",
            "taxonomy.yml:1:1: a taxonomy is a mapping with a 'modes:' list; see the default taxonomy for an example"
        ),
        (
            "modes: [x]\nextra: 1\n",
            "taxonomy.yml:2:1: unknown top-level key 'extra'; a taxonomy has 'version' and 'modes'"
        ),
    ])
    func aBrokenFileIsReportedWithItsLine(yaml: String, message: String) {
        #expect {
            try Taxonomy.load(yaml: yaml)
        } throws: { error in
            (error as? TaxonomyError)?.description == message
        }
    }

    @Test func errorsNameTheSourceGiven() {
        #expect {
            try Taxonomy.load(yaml: "version: 1\n", source: "kb/taxonomy.yml")
        } throws: { error in
            (error as? TaxonomyError)?.errorDescription
                == "kb/taxonomy.yml:1:1: 'modes:' is missing; list the failure modes under it"
        }
    }
}
