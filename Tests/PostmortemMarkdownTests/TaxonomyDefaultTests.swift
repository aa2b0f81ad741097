import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// The taxonomy pm ships: what it holds, and that unrelated text finds nothing in it.
@Suite struct TaxonomyDefaultTests {
    static let classifier = FailureModeClassifier(taxonomy: .standard)

    @Test func shipsTheModesInfrastructureIncidentsHave() throws {
        let taxonomy = try Taxonomy.load(yaml: DefaultTaxonomy.yaml)
        #expect(taxonomy.modes.count >= 25)
        let required: [FailureModeID] = [
            "storage-identity-lost", "new-empty-volume", "wal-archive-conflict", "disk-full", "certificate-expiry",
            "dns-failure", "config-default", "gitops-reconciler-deleted", "unclean-shutdown", "memory-exhaustion",
            "dependency-outage", "bad-deploy", "expired-credentials", "clock-skew", "split-brain", "detection-gap",
            "data-corruption", "quota-rate-limit", "runaway-automation", "failed-migration", "network-partition",
            "missing-backups", "leaked-secret", "connection-exhaustion", "retry-storm", "initdb-over-existing-data",
            "lock-contention", "failover-restore-failed",
        ]
        #expect(required.filter { taxonomy.mode($0) == nil } == [])
        let known: Set<FailureModeCategory> = [
            .storage, .hardware, .data, .database, .backup, .deploy, .config, .automation, .network, .dns, .tls,
            .credentials, .security, .capacity, .dependency, .time, .detection, .process, .architecture,
        ]
        for mode in taxonomy.modes {
            #expect(known.contains(mode.category), "\(mode.id) has category \(mode.category)")
            #expect(mode.patterns.count >= 3, "\(mode.id) has \(mode.patterns.count) patterns")
            #expect(!mode.description.isEmpty, "\(mode.id) has no description")
            #expect(mode.patterns.contains { $0.weight == 1 }, "\(mode.id) has no decisive phrase")
        }
    }

    @Test(arguments: [
        """
        Lemon drizzle cake. Cream 225 g of butter with 225 g of caster sugar until pale, then beat in four eggs one \
        at a time. Fold in the flour and the zest of two lemons. Bake at 180 °C for 45 minutes, until a skewer comes \
        out clean. Mix the juice with icing sugar and pour it over the warm cake.
        """,
        """
        pm 1.4 release notes. New: `pm search` highlights the words it matched and accepts quoted phrases. \
        Improved: importing a folder is about 30% faster, and the site's pages load their fonts locally. Fixed: \
        the date parser no longer stops at an empty table cell. Thanks to everyone who reported issues and sent \
        pull requests.
        """,
        """
        Team meeting, 4 March. Attendees: Priya, Tomasz, Aiko. We agreed to move the weekly sync to Thursdays, \
        to welcome Hannah next month, and to review the on-call handbook before the summer. Next meeting: 11 March.
        """,
        "No data was lost. Data loss: none. The backups were restored without data loss.",
    ])
    func unrelatedTextFindsNothing(text: String) {
        #expect(Self.classifier.classify(text: text) == [])
    }

    @Test func aNegatedPhraseDoesNotCountButTheSameFactStatedDoes() {
        #expect(Self.classifier.classify(text: "No data was lost and nothing was corrupted.") == [])
        #expect(
            Self.classifier.classify(text: "Two days of uploads were corrupted and the data was lost.").map(\.id)
                == ["data-corruption"])
    }

    @Test func aWordInsideAnotherWordDoesNotMatch() {
        // "dns" is a word of "kube-dns" but not of "dnsmasq" or "coredns"; those two are phrases of their own.
        let hyphenated = Self.classifier.classify(text: "kube-dns returned SERVFAIL for every lookup.")
        #expect(hyphenated.map(\.id) == ["dns-failure"])
        let everything = FailureModeClassifier(taxonomy: .standard, configuration: .init(threshold: 0))
        #expect(everything.classify(text: "The undnsified sorter finished.") == [])
        #expect(everything.classify(text: "It ran out of the oomph it needed.") == [])
    }
}
