/// The names and sentences the generator fills its templates with.
enum Vocabulary {
    static let services = [
        "shipment-api", "dispatch", "tracking-ui", "billing-service", "auth-gateway", "Keycloak", "Grafana", "Gitea",
        "Nextcloud", "Paperless-ngx", "Vaultwarden", "Loki", "search-indexer", "notification-worker", "Home Assistant",
        "report-builder", "customer-portal", "order-sync", "image-resizer", "ledger",
    ]

    static let dependencies = [
        "PostgreSQL", "Redis", "Kafka", "the object store", "MinIO", "RabbitMQ", "Elasticsearch",
        "the identity provider",
        "the payment provider", "CoreDNS", "the NFS server", "etcd", "the S3 bucket", "PgBouncer",
    ]

    static let hosts = [
        "node-03", "pve-02", "db-01", "k8s-worker-7", "nas01", "pi-dns01", "storage-02", "edge-lb-1", "kf-node-12",
        "truenas", "worker-b4", "ceph-osd-5",
    ]

    static let clusters = ["kf-prod-eu1", "kf-stage", "thornfield", "prod-fra", "ops-lab", "edge-west", "core-prod"]

    static let people = [
        "Aiko Tanabe", "Marco Ferreira", "Priya Raman", "Dele Okafor", "Hannah Lindqvist", "Tomasz Wierzbicki",
        "Sam Okonkwo", "Jo Hartley", "Camille Rousseau", "Étienne Marchand", "Annika Weiß", "Jörg Käfer",
        "Inès Benali", "Lukas Brandt", "Maya Chen", "Rafael Ortiz",
    ]

    static let tags = [
        "storage", "network", "dns", "database", "kubernetes", "tls", "memory", "gitops", "backup", "homelab",
        "capacity", "config", "monitoring",
    ]

    static let environments = ["production", "staging", "homelab", "production (EU)", "shared hosting"]

    /// Sentences any post-mortem may carry, to bring a document up to its target size.
    static let filler = [
        "The on-call rotation that week was {who}, with {other} as secondary.",
        "We want to stress that this review is blameless: the system allowed the mistake, so the system is what we fix.",
        "The dashboards for {svc} had been reorganised a month earlier, which made the relevant panel harder to find under pressure.",
        "Communication with the rest of the company went through the status page, updated every thirty minutes.",
        "Several people joined the call to help, which slowed decisions down more than it sped them up.",
        "A similar but smaller event had happened the previous quarter; it was fixed by hand and never written up.",
        "{other} kept notes during the incident, which is why the timeline below is accurate to the minute.",
        "The change that triggered the failure had been approved through the normal review process.",
        "We did not declare an incident for the first twenty minutes because the symptoms looked like a known flaky alert.",
        "The runbook for {svc} existed, but it described the set-up from before the migration to {cluster}.",
        "Capacity planning for {dep} is done once a year; usage has grown faster than that cadence allows.",
        "Customers were informed by e-mail after the recovery; support received a handful of follow-up questions.",
        "Nothing in this incident required a rollback of application code, only configuration and infrastructure changes.",
        "The monitoring stack itself was healthy throughout, so the gap was in what we chose to alert on.",
        "We considered failing over to the secondary site but decided against it, as the failure would have followed.",
        "Access to {host} required a break-glass account, which cost about ten minutes to obtain.",
        "The team agreed to revisit this review in four weeks to check the progress of the action items.",
        "Logs from the first minutes were partly lost because the log shipper on {host} was itself affected.",
        "This incident overlapped with a planned maintenance of {dep}, which at first confused the investigation.",
        "The fix was verified by {other} independently before the incident was closed.",
        "{who} wrote the first draft of this document the next morning; the team reviewed it together two days later.",
        "Graphs of the affected period are attached to the ticket rather than copied here.",
        "Error messages shown to users were generic, so the first reports did not help narrow the problem down.",
        "Alert thresholds for {svc} were last reviewed when it served a tenth of today's traffic.",
        "The first responder had joined the rotation two weeks earlier and followed the escalation policy exactly.",
        "Part of the delay came from waiting for {dep} to finish its own health checks before we could trust the numbers.",
        "We had a similar alert in {cluster} last year, but it was tuned down after too many false positives.",
        "The incident channel was created by the chat bot, which also pinned the links to the dashboards and the runbook.",
        "Nobody on the call had admin rights on {dep} at first, which cost us a handover to {other}.",
        "The load test we ran before the change covered the happy path only.",
        "Metrics were retained at full resolution for only six hours, so older comparisons relied on downsampled data.",
        "Once the cause was clear, the fix itself took only a few minutes; finding it took most of the time.",
        "{who} suggested a rollback early on, which was the right call in hindsight.",
        "The documentation in the wiki named a host that was decommissioned in the last hardware refresh.",
        "The team discussed whether to page the database owners and decided to wait, which delayed the recovery a little.",
        "We will share this write-up in the monthly operations review so other teams can check their own set-ups.",
        "The incident happened outside office hours, so the first response came from the follow-the-sun rotation.",
        "Because {svc} retries failed requests three times, the error rate seen by users was lower than the logs suggested.",
        "A status page update went out late because the person with access was busy on the call.",
        "The change calendar showed no conflicting maintenance that day, so the trigger was not obvious at first.",
        "Some dashboards showed the problem clearly, others were green throughout, which caused confusion on the call.",
        "{other} wrote a short script during the incident to check every replica; it is now in the tools repository.",
        "The alert fired in the right channel but with a message that did not name the affected service.",
        "We could reproduce the failure in staging the next day, which confirmed the root cause described here.",
        "A manual workaround was considered but rejected because it would have required stopping {dep} as well.",
        "Costs of the incident were limited to engineering time; no service credits were owed to customers.",
        "The review meeting took forty-five minutes and every participant could add to this document beforehand.",
        "Our backups were verified during the incident as a precaution; they were complete and restorable.",
        "The metrics pipeline lagged by about two minutes, which made each change look slower to take effect than it was.",
        "The vendor's status page reported no problem for the whole duration of the incident.",
        "Handover notes from the previous shift mentioned unusual warnings on {host} but no one followed up.",
        "{svc} has no owner team on paper since the last reorganisation, which made escalation slower.",
        "We agreed to keep the temporary mitigation in place until the permanent fix is deployed and verified.",
        "The same configuration is used in two other clusters, which were checked and found unaffected.",
    ]

    /// Sentences for runbooks, to bring them up to their target size.
    static let runbookFiller = [
        "Run this procedure in a maintenance window unless {svc} is already down.",
        "Every command below assumes the kube context of {cluster} is active; check it twice.",
        "The procedure was last exercised in a restore drill by {who} and {other}.",
        "Expect the whole procedure to take between thirty and sixty minutes depending on the data size.",
        "If any step fails, stop and ask for help rather than improvising: most data loss happens in the improvised steps.",
        "Keep a log of the commands you ran and their output in the incident channel.",
        "Backups of {svc} are taken every night at 02:00 and kept for thirty days.",
        "The storage class used by {svc} supports online expansion but not shrinking.",
        "Credentials for the object store are in the vault under the path of the {cluster} cluster.",
        "A second person should read each command before it is run against production.",
        "When in doubt, take one more snapshot: they are cheap and restoring from one is fast.",
        "This runbook does not cover a loss of the whole cluster; see the disaster recovery plan for that.",
        "Alerts for {svc} can be silenced for the duration of the maintenance from the alerting dashboard.",
        "If the application does not come back within ten minutes, check the events of its namespace first.",
        "Database migrations run automatically at start-up; do not start two versions of {svc} at once.",
        "{dep} must be healthy before starting; otherwise {svc} fails its readiness checks and restarts in a loop.",
        "The steps were written for the current major version of {svc}; older versions differ in step 7.",
        "Record anything that differed from this document and update it afterwards.",
        "The expected disk usage after a restore is about the size of the last full backup plus ten per cent.",
        "Users are logged out by this procedure; announce it in advance when possible.",
    ]

    static let monthsEnglish = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static let monthsFrench = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
}
