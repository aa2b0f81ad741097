import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// What docs/CORPUS.md says each corpus document imports to, for the importer's metadata,
/// title, kind, impact, root cause, volume, procedure and troubleshooting parts. nil: not
/// stated there (not checked).
struct CorpusFacts: Sendable, CustomTestStringConvertible {
    var path: String
    var title: String
    var date: String?
    var kind: IncidentKind = .incident
    var severity: Int?
    var services: [String]
    var impactItems: Int?
    var volumes = 0
    var procedure = 0
    var troubleshooting = 0
    var contributingFactors: Int?

    var testDescription: String { path }

    static let all: [CorpusFacts] = [
        .init(
            path: "legacy/OUTAGE-2019-07.txt", title: "Payments gateway TLS certificate expired", date: "2019-07-23",
            severity: 1, services: ["payment-gateway", "nginx", "checkout-api"], impactItems: 3, contributingFactors: 3),
        .init(
            path: "legacy/wiki/DNS-Resolution-Outage-Nov-2019", title: "In-cluster DNS timeouts broke outbound calls",
            date: "2019-11-14", services: [], impactItems: 3),
        .init(
            path: "2020-02-14-kafka-broker-disk-full.md",
            title: "Kafka brokers ran out of disk during the Valentine's Day peak", date: "2020-02-14", severity: 2,
            services: ["Kafka", "dispatch", "shipment-api"]),
        .init(
            path: "2020-06-03-etcd-database-space-exceeded.md", title: "etcd database space exceeded on kf-stage",
            date: "2020-06-03", severity: 3, services: ["etcd", "kube-apiserver", "Argo CD"]),
        .init(
            path: "2020-10-21-clock-skew-keycloak-ceph.md",
            title: "Clock skew on the storage nodes broke logins and Ceph health", date: "2020-10-21", severity: 3,
            services: ["Keycloak", "Ceph", "chrony", "tracking-ui"], impactItems: 2),
        .init(
            path: "2021-03-10-ingress-nginx-bad-snippet-deploy.md",
            title: "ingress-nginx stopped reloading after a bad configuration snippet", date: "2021-03-10", severity: 2,
            services: ["ingress-nginx", "tracking-ui", "shipment-api", "Argo CD"]),
        .init(
            path: "fr/2021-03-12-expiration-certificats-tls.md",
            title: "expiration des certificats TLS des sites clients",
            date: "2021-03-12", severity: 1, services: ["cert-manager", "HAProxy", "sites clients mutualisés"],
            impactItems: 4),
        .init(
            path: "2021-04-18-redis-session-store-oom.md", title: "Session store Redis evicted every login",
            date: "2021-04-18", severity: 2, services: ["Redis", "shipment-api", "tracking-ui", "Keycloak"],
            impactItems: 6),
        .init(
            path: "2021-09-07-terraform-s3-lifecycle-deleted-backups.md",
            title: "Terraform apply expired six months of database backups", date: "2021-09-07", severity: 2,
            services: ["Terraform", "S3", "PostgreSQL", "pgBackRest"], impactItems: 4),
        .init(
            path: "homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md",
            title: "Paperless-ngx came back empty after the HelmRelease rename", date: "2022-01-22", severity: 2,
            services: ["Paperless-ngx", "Flux", "democratic-csi", "TrueNAS"], volumes: 6),
        .init(
            path: "fr/2022-10-05-panne-nfs-nas.md",
            title: "indisponibilité des partages NFS après la mise à jour du NAS", date: "2022-10-05", severity: 2,
            services: ["GitLab", "Nextcloud", "runners CI"], impactItems: 4),
        .init(
            path: "2022-07-19-security-leaked-s3-access-key.md",
            title: "Backup access key leaked in a public repository",
            date: "2022-07-19", severity: 2, services: ["S3", "pgBackRest", "GitHub", "Vault"], impactItems: 3),
        .init(
            path: "homelab/2022-12-03-pihole-unbound-dns-outage.md",
            title: "DNS down for the whole house: Pi-hole and Unbound", date: "2022-12-03", severity: 3,
            services: ["Pi-hole", "Unbound", "Home Assistant", "Nextcloud"], impactItems: 3),
        .init(
            path: "de/2023-05-08-zfs-pool-degraded.md", title: "ZFS-Pool „rpool“ auf pve-03 degradiert",
            date: "2023-05-08", severity: 3, services: ["Proxmox VE", "GitLab", "Nextcloud"], impactItems: 3, volumes: 5
        ),
        .init(
            path: "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md",
            title: "Nextcloud database down — WAL archive \"expected empty\" and a full PVC", date: "2023-06-17",
            severity: 2, services: ["Nextcloud", "CloudNativePG", "MinIO", "Flux"], impactItems: 3),
        .init(
            path: "2023-09-26-pgbackrest-staging-archived-into-prod-repo.md",
            title: "Staging clone pushed WAL into the production pgBackRest repository", date: "2023-09-26",
            severity: 2,
            services: ["PostgreSQL", "pgBackRest", "shipments-db", "S3"], impactItems: 3),
        .init(
            path: "de/2024-02-19-ceph-osd-nearfull-readonly.md",
            title: "Ceph-Cluster schreibgeschützt nach vollen OSDs",
            date: "2024-02-19", severity: 1, services: ["Ceph", "Proxmox VE", "GitLab", "Nextcloud", "Grafana"],
            impactItems: 3),
        .init(
            path: "blog/2024-06-11-metallb-bgp-sessions-flapping.md",
            title: "MetalLB BGP sessions flapping after the OPNsense upgrade", date: "2024-06-11", severity: 4,
            services: ["MetalLB", "OPNsense", "FRR", "Jellyfin", "Home Assistant"], procedure: 3),
        .init(
            path: "homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md",
            title: "almost destroyed the live photo dataset instead of its old copy", date: "2024-10-02",
            kind: .nearMiss,
            severity: 4, services: ["TrueNAS", "ZFS", "PhotoPrism", "NFS"]),
        .init(
            path: "runbooks/cnpg-restore-from-barman.md",
            title: "Restore a CloudNativePG cluster from its Barman object store", date: nil, kind: .runbook,
            services: ["CloudNativePG"], procedure: 9, troubleshooting: 6),
        .init(
            path: "runbooks/dns-resolution-troubleshooting.md", title: "DNS resolution problems in the clusters",
            date: nil, kind: .runbook, services: [], procedure: 5, troubleshooting: 5),
        .init(
            path: "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md",
            title: "Storage migration left two databases on new empty volumes", date: "2025-01-11", severity: 2,
            services: ["Longhorn", "democratic-csi", "CloudNativePG", "Gitea", "Vaultwarden", "Home Assistant"],
            impactItems: 3, volumes: 5),
        .init(
            path: "2025-03-14-vaultwarden-nfs-mount-missing.md",
            title: "Vaultwarden Vault Appeared Empty After Host Reboot",
            date: "2025-03-14", severity: 2, services: ["Vaultwarden", "NFS", "Docker", "TrueNAS"], procedure: 5,
            contributingFactors: 4),
        .init(
            path: "homelab/2025-08-09-loki-pvc-full-slack.md", title: "Loki stopped ingesting logs — PVC full",
            date: "2025-08-09", severity: 4, services: ["Loki"]),
        .init(
            path: "2025-11-04-keycloak-oomkilled-after-upgrade.md",
            title: "Keycloak OOMKilled in a loop after the 26.x upgrade", date: "2025-11-04", severity: 2,
            services: ["Keycloak", "tracking-ui", "shipment-api", "Grafana"], impactItems: 3),
        .init(
            path: "2026-03-03-dispatch-migration-table-lock.md",
            title: "dispatch schema migration locked the assignments table", date: "2026-03-03", severity: 1,
            services: ["dispatch", "PostgreSQL", "PgBouncer", "Argo CD"], impactItems: 3),
    ]
}

@Suite("Corpus: metadata and structure")
struct CorpusImportTests {
    @Test(arguments: CorpusFacts.all)
    func document(_ facts: CorpusFacts) throws {
        let document = try ImportFixtures.corpusDocument(facts.path)
        #expect(document.failure == nil)
        let incident = try #require(document.incidents.first)
        #expect(document.incidents.count == 1)
        #expect(incident.title == facts.title)
        #expect(incident.date == facts.date.flatMap(Day.init(iso:)))
        #expect(incident.kind == facts.kind)
        #expect(incident.severity?.level == facts.severity)
        #expect(incident.services == facts.services.map { ServiceName($0) })
        if let items = facts.impactItems { #expect(incident.impact.items.count == items) }
        if let factors = facts.contributingFactors { #expect(incident.contributingFactors.count == factors) }
        #expect(incident.volumeMappings.count == facts.volumes)
        #expect(incident.procedure.count == facts.procedure)
        #expect(incident.troubleshooting.count == facts.troubleshooting)
    }

    @Test func everyCorpusDocumentIsInTheTable() {
        let listed = Set(CorpusFacts.all.map(\.path) + ["ops-log/2023-03-platform-ops-log.md"])
        #expect(Set(ImportFixtures.corpusFiles) == listed)
    }

    @Test func theOpsLogHoldsFourIncidents() throws {
        let document = try ImportFixtures.corpusDocument("ops-log/2023-03-platform-ops-log.md")
        #expect(
            document.incidents.map(\.title) == [
                "grafana logins broken after LDAP bind password rotation", "Terraform removed the `status` CNAME",
                "node disk full from container images", "Kafka consumer rebalancing storm",
            ])
        #expect(
            document.incidents.map(\.date?.description) == ["2023-03-02", "2023-03-09", "2023-03-17", "2023-03-28"])
        #expect(document.incidents.map(\.severity?.level) == [4, 3, 3, 2])
        #expect(document.incidents.allSatisfy { $0.status?.phase == .resolved })
    }

    @Test func metricsOfTheRedisAndVaultwardenReports() throws {
        let redis = try #require(
            try ImportFixtures.corpusDocument("2021-04-18-redis-session-store-oom.md").incidents.first)
        #expect(redis.impact.usersAffected == 5300)
        #expect(redis.impact.duration == "47 minutes")
        #expect(redis.impact.availability == "99.2%")
        #expect(redis.impact.dataLoss == "none (sessions are disposable; no shipment data was lost)")
        let vault = try #require(
            try ImportFixtures.corpusDocument("2025-03-14-vaultwarden-nfs-mount-missing.md").incidents.first)
        #expect(vault.impact.usersAffected == 38)
        #expect(vault.impact.duration == "~4.5 hours")
        #expect(vault.impact.availability == "99.4%")
        #expect(vault.impact.dataLoss == "None — 2 entries created during the incident were re-entered by hand")
        let keycloak = try #require(
            try ImportFixtures.corpusDocument("2025-11-04-keycloak-oomkilled-after-upgrade.md").incidents.first)
        #expect(keycloak.impact.duration == "1 h 35 min")
    }

    @Test func volumeExamplesOfTheCorpus() throws {
        let paperless = try #require(
            try ImportFixtures.corpusDocument("homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md")
                .incidents
                .first)
        #expect(
            paperless.volumeMappings.contains(
                VolumeMapping(
                    app: "paperless (old, data)", volume: "pvc-3d1c7a0e", size: "5Gi", claim: "paperless/paperless-data"
                )))
        let zfs = try #require(try ImportFixtures.corpusDocument("de/2023-05-08-zfs-pool-degraded.md").incidents.first)
        #expect(zfs.volumeMappings.map(\.volume).contains("nvme0n1"))
        let longhorn = try #require(
            try ImportFixtures.corpusDocument("homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md")
                .incidents
                .first)
        #expect(longhorn.volumeMappings.allSatisfy { $0.role == .database })
        #expect(longhorn.volumeMappings.first?.app == "gitea (old, Longhorn)")
        #expect(longhorn.volumeMappings.first?.volume == "pvc-5be0c1d4")
        #expect(longhorn.volumeMappings.first?.dataRange == "Mar 2023 – Jan 10 2025")
    }

    @Test func theFirstTroubleshootingEntryOfTheCNPGRunbook() throws {
        let runbook = try #require(
            try ImportFixtures.corpusDocument("runbooks/cnpg-restore-from-barman.md").incidents.first)
        #expect(
            runbook.troubleshooting.first?.symptom
                == "`WAL archive check failed for server <serverName>: Expected empty archive`")
        #expect(runbook.troubleshooting.first?.fix.hasPrefix("Bump `serverName`") == true)
    }
}
