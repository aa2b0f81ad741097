import Foundation
import Testing

@testable import PostmortemKit
@testable import PostmortemMarkdown

/// The default taxonomy on real documents: the seeds (when ../shared/seeds is there) and
/// the corpus, imported with the legacy importer and classified.
@Suite struct TaxonomyClassificationTests {
    static let classifier = FailureModeClassifier(taxonomy: .standard)

    /// The incidents of a seed ("000") or of a corpus document (its path under corpus/).
    static func incidents(_ name: String) throws -> [Incident] {
        let document = name.count == 3 ? try Fixtures.importSeed(name) : try Fixtures.importCorpus("corpus/" + name)
        return document.incidents
    }

    /// The modes found in `name`'s incidents: in the one whose title contains `title`, or in
    /// every one when `title` is nil.
    static func modes(_ name: String, title: String? = nil) throws -> [Set<FailureModeID>] {
        let incidents = try incidents(name).filter { title == nil || $0.title.contains(title ?? "") }
        try #require(!incidents.isEmpty, "no incident in \(name) titled \(title ?? "")")
        return incidents.map { Set(classifier.classify($0).map(\.id)) }
    }

    // MARK: the seeds (../shared/seeds/EXPECTED.md)

    @Test(
        .enabled(if: Fixtures.seedsPresent),
        arguments: [
            ("000", ["storage-identity-lost", "new-empty-volume", "gitops-reconciler-deleted"]),
            ("001", ["wal-archive-conflict", "disk-full", "failover-restore-failed"]),
            ("002", ["unclean-shutdown", "new-empty-volume", "initdb-over-existing-data", "missing-backups"]),
            ("003", ["storage-identity-lost", "new-empty-volume", "detection-gap"]),
            ("004", ["wal-archive-conflict"]),
        ] as [(String, [FailureModeID])])
    func seedShowsItsFailureModes(seed: String, expected: [FailureModeID]) throws {
        for found in try Self.modes(seed) {
            #expect(found.isSuperset(of: expected), "\(seed): found \(found.sorted())")
        }
    }

    /// "Across the five": the seeds a mode links, and seeds it must not claim. (The runbook
    /// 004 also describes a fresh empty database, so it is in neither list of the first.)
    @Test(
        .enabled(if: Fixtures.seedsPresent),
        arguments: [
            ("new-empty-volume", ["000", "002", "003"], ["001"]),
            ("wal-archive-conflict", ["001", "004"], ["000", "002", "003"]),
        ] as [(FailureModeID, [String], [String])])
    func seedsShareAFailureMode(mode: FailureModeID, sharing: [String], notSharing: [String]) throws {
        for seed in sharing + notSharing {
            for found in try Self.modes(seed) {
                #expect(found.contains(mode) == sharing.contains(seed), "\(seed): found \(found.sorted())")
            }
        }
    }

    // MARK: the corpus (docs/CORPUS.md)

    /// "Across the corpus": each recurring theme and the documents it links.
    @Test(
        arguments: [
            (
                "new-empty-volume",
                [
                    "homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md",
                    "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md",
                    "2025-03-14-vaultwarden-nfs-mount-missing.md", "runbooks/cnpg-restore-from-barman.md",
                ]
            ),
            (
                "wal-archive-conflict",
                [
                    "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md",
                    "2023-09-26-pgbackrest-staging-archived-into-prod-repo.md",
                    "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md",
                    "runbooks/cnpg-restore-from-barman.md",
                ]
            ),
            (
                "dns-failure",
                [
                    "legacy/wiki/DNS-Resolution-Outage-Nov-2019", "homelab/2022-12-03-pihole-unbound-dns-outage.md",
                    "ops-log/2023-03-platform-ops-log.md#`status` CNAME", "runbooks/dns-resolution-troubleshooting.md",
                ]
            ),
            (
                "disk-full",
                [
                    "2020-02-14-kafka-broker-disk-full.md", "2020-06-03-etcd-database-space-exceeded.md",
                    "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md",
                    "ops-log/2023-03-platform-ops-log.md#node disk full", "de/2024-02-19-ceph-osd-nearfull-readonly.md",
                    "homelab/2025-08-09-loki-pvc-full-slack.md",
                ]
            ),
            ("certificate-expiry", ["legacy/OUTAGE-2019-07.txt", "fr/2021-03-12-expiration-certificats-tls.md"]),
            (
                "missing-backups",
                [
                    "2021-09-07-terraform-s3-lifecycle-deleted-backups.md",
                    "2022-07-19-security-leaked-s3-access-key.md",
                    "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md",
                ]
            ),
        ] as [(FailureModeID, [String])])
    func recurringTheme(mode: FailureModeID, documents: [String]) throws {
        for document in documents {
            let parts = document.split(separator: "#", maxSplits: 1).map(String.init)
            for found in try Self.modes(parts[0], title: parts.count > 1 ? parts[1] : nil) {
                #expect(found.contains(mode), "\(document): found \(found.sorted())")
            }
        }
    }

    /// Each document's own failure modes, as docs/CORPUS.md names them.
    @Test(
        arguments: [
            ("2020-10-21-clock-skew-keycloak-ceph.md", nil, ["clock-skew"]),
            ("2021-03-10-ingress-nginx-bad-snippet-deploy.md", nil, ["bad-config-change"]),
            ("2021-04-18-redis-session-store-oom.md", nil, ["memory-exhaustion"]),
            ("2021-09-07-terraform-s3-lifecycle-deleted-backups.md", nil, ["backup-deleted"]),
            ("2022-07-19-security-leaked-s3-access-key.md", nil, ["leaked-secret", "expired-credentials"]),
            ("2025-03-14-vaultwarden-nfs-mount-missing.md", nil, ["stale-mount", "detection-gap"]),
            ("2025-11-04-keycloak-oomkilled-after-upgrade.md", nil, ["memory-exhaustion", "upgrade-regression"]),
            ("2026-03-03-dispatch-migration-table-lock.md", nil, ["failed-migration", "lock-contention"]),
            ("blog/2024-06-11-metallb-bgp-sessions-flapping.md", nil, ["routing-failure", "config-default"]),
            ("de/2023-05-08-zfs-pool-degraded.md", nil, ["storage-degraded"]),
            ("fr/2021-03-12-expiration-certificats-tls.md", nil, ["quota-rate-limit"]),
            ("fr/2022-10-05-panne-nfs-nas.md", nil, ["stale-mount", "upgrade-regression"]),
            ("homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md", nil, ["storage-identity-lost"]),
            ("homelab/2022-12-03-pihole-unbound-dns-outage.md", nil, ["single-point-of-failure"]),
            ("homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", nil, ["destructive-command"]),
            ("ops-log/2023-03-platform-ops-log.md", "LDAP bind password", ["expired-credentials"]),
            ("ops-log/2023-03-platform-ops-log.md", "rebalancing storm", ["retry-storm"]),
            ("legacy/wiki/DNS-Resolution-Outage-Nov-2019", nil, ["config-default"]),
        ] as [(String, String?, [FailureModeID])])
    func documentShowsItsFailureModes(document: String, title: String?, expected: [FailureModeID]) throws {
        for found in try Self.modes(document, title: title) {
            #expect(found.isSuperset(of: expected), "\(document): found \(found.sorted())")
        }
    }

    /// Modes a document must not be given: what it mentions in passing or rules out.
    @Test(
        arguments: [
            ("2026-03-03-dispatch-migration-table-lock.md", nil, "disk-full"),
            ("legacy/OUTAGE-2019-07.txt", nil, "clock-skew"),
            ("ops-log/2023-03-platform-ops-log.md", "node disk full", "memory-exhaustion"),
            ("2021-04-18-redis-session-store-oom.md", nil, "data-corruption"),
            ("homelab/2022-12-03-pihole-unbound-dns-outage.md", nil, "gitops-reconciler-deleted"),
        ] as [(String, String?, FailureModeID)])
    func documentDoesNotShow(document: String, title: String?, mode: FailureModeID) throws {
        for found in try Self.modes(document, title: title) {
            #expect(!found.contains(mode), "\(document): found \(found.sorted())")
        }
    }

    /// Every evidence is a sentence of the incident's own text; at most five modes, best
    /// first, none below the threshold.
    @Test func evidenceIsARealSentenceAndResultsAreOrdered() throws {
        var names = Fixtures.corpusDocuments.map { String($0.dropFirst("corpus/".count)) }
        if Fixtures.seedsPresent { names += ["000", "001", "002", "003", "004"] }
        var classified = 0
        for name in names {
            for incident in try Self.incidents(name) {
                let text = Self.flatten(Self.texts(of: incident))
                let found = Self.classifier.classify(incident)
                #expect(found.count <= 5)
                #expect(found == found.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id })
                for match in found {
                    #expect(match.score >= 0.35 && match.score <= 1, "\(name): \(match)")
                    let quoted = match.evidence.hasSuffix(" …") ? String(match.evidence.dropLast(2)) : match.evidence
                    #expect(!quoted.isEmpty && text.contains(quoted), "\(name): \(match.evidence)")
                    #expect(Taxonomy.standard.mode(match.id) != nil)
                }
                if !found.isEmpty { classified += 1 }
            }
        }
        #expect(classified >= 30)
    }

    @Test func aDocumentsOwnModesWin() throws {
        let incident = try #require(
            try Self.incidents("homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md").first)
        // The importer keeps the front matter's mode and fills in its evidence.
        #expect(incident.failureModes.map(\.id) == ["new-empty-volume"])
        #expect(incident.failureModes.map(\.score) == [1])
        let recorded = Self.classifier.failureModes(for: incident)
        #expect(recorded == incident.failureModes)
        #expect(recorded.map(\.id) == ["new-empty-volume"])
        #expect(recorded.map(\.score) == [1])
        #expect(
            recorded.first?.evidence
                == Self.classifier.classify(incident).first { $0.id == "new-empty-volume" }?.evidence)
        #expect(recorded.first?.evidence.isEmpty == false)
    }

    @Test func classifyingIsDeterministic() throws {
        let incidents = try Self.incidents("homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md")
        let again = FailureModeClassifier(taxonomy: try Taxonomy.load(yaml: DefaultTaxonomy.yaml))
        #expect(incidents.map(Self.classifier.classify) == incidents.map(again.classify))
    }

    static func texts(of incident: Incident) -> [String] {
        FailureModeClassifier.texts(of: incident).map(\.1)
    }

    /// Texts joined with their whitespace runs made single spaces, as evidence is.
    static func flatten(_ texts: [String]) -> String {
        texts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.joined(separator: "\n")
    }
}
