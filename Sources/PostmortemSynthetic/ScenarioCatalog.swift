/// The failure scenarios the synthetic corpus is written from: the failure modes real
/// infrastructure post-mortems keep coming back to.
enum ScenarioCatalog {
    static let all: [Scenario] = [
        diskFull, dns, certificateExpiry, outOfMemory, walArchiveConflict, emptyVolumeAfterRename, clockSkew,
        badConfigDeploy, connectionPoolExhaustion, nfsStaleHandle,
    ]

    static let diskFull = Scenario(
        id: "disk-full",
        titles: [
            "{svc} stopped writing when its volume filled up", "Disk full on {host} took {svc} down",
            "{svc} ran out of disk during the month-end peak",
        ],
        causes: [
            "The data volume of {svc} on {host} had grown by about 4 GiB a day since the retention change in the spring, and nothing alerted on it.",
            "When the filesystem reached 100 %, {svc} could no longer append to its write-ahead log and switched itself to read-only mode.",
            "The usage dashboards existed, but the only alert was on node root disks, not on persistent volumes.",
        ],
        steps: [
            "First 5xx responses from {svc}; the error budget alert fires and pages {who}",
            "{who} acknowledges the page and opens the {svc} dashboard",
            "Logs show `No space left on device` on every write",
            "`df -h` on {host} confirms the data volume is at 100 %",
            "{other} joins the call and finds the retention job failing since last week",
            "Old segments older than seven days deleted by hand to free space",
            "Volume expanded by 50 % through the storage class; filesystem resized online",
            "{svc} back to read-write, error rate back to normal",
            "Retention job fixed and re-run; usage down to 61 %",
            "Incident closed, monitoring continues overnight",
        ],
        whys: [
            ("Why did {svc} return errors?", "Because it could not write to its data volume."),
            ("Why could it not write?", "Because the volume was 100 % full."),
            ("Why was the volume full?", "Because the retention job had failed silently for nine days."),
            ("Why did nobody notice the failing job?", "Because its failures only went to a log nobody reads."),
            ("Why was there no alert on the volume itself?", "Because PVC usage was never added to the alert rules."),
        ],
        actions: [
            "Add alerting on PVC usage at 80 % and 90 % for every stateful service",
            "Make the retention job fail loudly (exit code and alert) instead of logging",
            "Enable volume expansion on the storage class used by {svc}",
            "Document how to free space safely on {svc} in the runbook",
            "Review disk growth of all stateful services monthly",
            "Add a capacity panel to the {cluster} overview dashboard",
        ],
        wentWell: [
            "The page reached {who} within two minutes.", "Volume expansion worked online without a restart.",
            "{other} knew where the retention job logs were.",
        ],
        wentWrong: [
            "Nothing alerted on persistent volume usage.", "The retention job failed silently for nine days.",
            "We first suspected a network problem and lost twenty minutes.",
        ],
        impact: [
            "Writes to {svc} failed for about 45 minutes", "Roughly 1,800 customer requests returned HTTP 503",
            "Reports generated during the window were incomplete and had to be re-run",
            "No data was lost; the write-ahead log was intact",
        ],
        involvesVolumes: true
    )

    static let dns = Scenario(
        id: "dns",
        titles: [
            "DNS lookups from {cluster} timed out", "{svc} could not resolve {dep}",
            "Name resolution failures after the CoreDNS upgrade",
        ],
        causes: [
            "The CoreDNS upgrade on {cluster} shipped a new default for the upstream forwarder that pointed at a resolver outside the firewall rules.",
            "Every external lookup waited for the five second timeout before falling back, and {svc} made ten lookups per request because of `ndots:5`.",
            "Internal names kept working, which made the failure look like a problem of {dep}.",
        ],
        steps: [
            "Latency alert on {svc}: p99 above 5 s",
            "{who} sees timeouts to {dep} in the traces",
            "{dep} itself is healthy from outside the cluster",
            "`dig` from a debug pod takes exactly five seconds for external names",
            "{other} spots the forwarder change in the CoreDNS ConfigMap diff",
            "Forwarder reverted to the previous resolvers",
            "Lookups back under 10 ms; latency of {svc} recovering",
            "`ndots` lowered to 2 for {svc} to cut search-domain lookups",
            "All alerts resolved",
        ],
        whys: [
            ("Why was {svc} slow?", "Because each call to {dep} waited on DNS."),
            ("Why did DNS take so long?", "Because external lookups hit a five second timeout first."),
            ("Why did they time out?", "Because CoreDNS forwarded to a resolver the firewall blocks."),
            ("Why did CoreDNS use that resolver?", "Because the upgrade changed the default forwarder."),
            ("Why did the change go unnoticed?", "Because the chart diff was not reviewed for ConfigMap changes."),
        ],
        actions: [
            "Pin the CoreDNS forwarders explicitly in our values file",
            "Add a blackbox probe that resolves an external name from inside {cluster}",
            "Lower `ndots` for services that mostly call external names",
            "Review rendered manifests, not only chart versions, before upgrades",
            "Alert on CoreDNS upstream error rates",
        ],
        wentWell: [
            "Tracing showed the DNS wait immediately.", "The revert was a one-line change.",
            "{other} had seen the five second pattern before.",
        ],
        wentWrong: [
            "The upgrade went out on a Friday afternoon.", "We had no probe for external resolution.",
            "The first hour was spent looking at {dep}.",
        ],
        impact: [
            "Checkout latency above 5 s for 70 minutes", "About 12 % of requests to {svc} timed out",
            "Background jobs calling {dep} retried and piled up", "No data loss",
        ],
        involvesVolumes: false
    )

    static let certificateExpiry = Scenario(
        id: "certificate-expiry",
        titles: [
            "TLS certificate for {svc} expired", "Expired certificate broke {svc} for every client",
            "{svc} served an expired certificate after a failed renewal",
        ],
        causes: [
            "cert-manager had been failing to renew the certificate for {svc} for three weeks because the ACME HTTP-01 challenge was routed to the wrong ingress class.",
            "The renewal failures were visible as events on the Certificate resource, which nobody watches.",
            "The expiry alert existed but was routed to a channel that was archived during a reorganisation.",
        ],
        steps: [
            "Customers report browser warnings on {svc}",
            "{who} confirms the certificate expired at midnight UTC",
            "cert-manager logs show failed HTTP-01 challenges since three weeks",
            "{other} finds the challenge ingress uses the old ingress class",
            "Ingress class fixed on the issuer; renewal triggered by hand",
            "New certificate issued and loaded by the ingress controller",
            "All endpoints of {svc} serve the new certificate",
            "Alert routing for certificate expiry restored",
        ],
        whys: [
            ("Why did clients see errors?", "Because the certificate of {svc} had expired."),
            ("Why had it expired?", "Because renewals failed for three weeks."),
            ("Why did renewals fail?", "Because the ACME challenge went to the wrong ingress class."),
            ("Why was nobody warned?", "Because the expiry alert went to an archived channel."),
            ("Why was the channel archived?", "Because alert routes are not reviewed when channels change."),
        ],
        actions: [
            "Alert on certificates expiring within 14 days, routed to the on-call rotation",
            "Set the ingress class explicitly on every ACME issuer",
            "Add a synthetic check of the certificate chain of {svc}",
            "Review alert routes whenever a chat channel is archived",
            "Document manual certificate renewal in the runbook",
        ],
        wentWell: [
            "Manual renewal worked on the first try.", "Customer support relayed the first report within minutes.",
        ],
        wentWrong: [
            "Three weeks of renewal failures went unnoticed.", "The expiry alert had no working route.",
            "We had no external check of the certificate.",
        ],
        impact: [
            "All HTTPS clients of {svc} rejected the connection for 2 h 10 min",
            "Mobile apps could not sync until the new certificate was served", "No data loss",
        ],
        involvesVolumes: false
    )

    static let outOfMemory = Scenario(
        id: "oom",
        titles: [
            "{svc} OOMKilled in a loop after the upgrade", "Memory exhaustion on {host} restarted {svc} repeatedly",
            "{svc} evicted under memory pressure",
        ],
        causes: [
            "The new release of {svc} allocates a cache per tenant at start-up, which doubled its resident memory.",
            "The container limit of 1 GiB was set two years ago and never revisited, so the pod was OOMKilled before it became ready.",
            "Each restart reloaded the cache from {dep}, adding load there too.",
        ],
        steps: [
            "Pods of {svc} in `CrashLoopBackOff`",
            "{who} sees `OOMKilled` as the last state of every container",
            "Rollback considered, but the schema migration already ran",
            "{other} raises the memory limit to 2 GiB as a stopgap",
            "Pods start but {dep} shows high load from cache warm-up",
            "Cache warm-up throttled through a feature flag",
            "{svc} stable, all replicas ready",
            "Memory usage settles at 1.4 GiB per pod",
        ],
        whys: [
            ("Why did {svc} restart?", "Because the kernel killed it for exceeding its memory limit."),
            ("Why did it exceed the limit?", "Because the new release caches every tenant at start-up."),
            ("Why was the limit so low?", "Because it was set two years ago and never reviewed."),
            (
                "Why was the change not caught in staging?",
                "Because staging has three tenants, production four hundred."
            ),
            ("Why do we not load-test with production-sized data?", "Because no such dataset exists yet."),
        ],
        actions: [
            "Review memory requests and limits of {svc} against real usage",
            "Build an anonymised production-sized tenant set for staging",
            "Make the tenant cache lazy instead of eager",
            "Alert on containers restarting more than three times in ten minutes",
            "Add memory usage to the release checklist",
        ],
        wentWell: ["The stopgap limit bought time within minutes.", "The feature flag made throttling possible."],
        wentWrong: [
            "Staging could not show the problem.", "Limits had not been reviewed in two years.",
            "The rollback path was blocked by the migration.",
        ],
        impact: [
            "{svc} unavailable for 35 minutes", "About 4,100 users could not log in",
            "Increased load on {dep} for an hour", "No data loss",
        ],
        involvesVolumes: false
    )

    static let walArchiveConflict = Scenario(
        id: "wal-archive-conflict",
        titles: [
            "Restored {svc} database refused to archive WAL", "WAL archive conflict after restoring {svc}",
            "Staging clone pushed WAL into the production repository of {svc}",
        ],
        causes: [
            "The restored cluster kept the same `serverName` as the old one, so its WAL archiver found a non-empty archive with another system identifier and refused to continue.",
            "`Expected empty archive` was logged every minute, but the cluster reported healthy because archiving is not part of its readiness.",
            "Meanwhile WAL segments piled up in `pg_wal` and the volume started filling.",
        ],
        steps: [
            "Restore of the {svc} database from the object store started",
            "Restore finishes; application reconnects",
            "`WAL archive check failed: Expected empty archive` in the cluster logs",
            "{who} notices `pg_wal` growing on the database volume",
            "{other} confirms two system identifiers in the same archive path",
            "New `serverName` configured for the restored cluster",
            "Archiving resumes; `pg_wal` shrinks back",
            "Fresh base backup taken and verified",
        ],
        whys: [
            ("Why did archiving stop?", "Because the archive already held WAL from another cluster."),
            ("Why was another cluster's WAL there?", "Because the restored cluster reused the old `serverName`."),
            ("Why was the name reused?", "Because the restore manifest was copied from the original cluster."),
            ("Why did nobody notice for hours?", "Because archiving failures do not affect readiness."),
            ("Why is there no alert on archiving?", "Because the exporter metric for it was never scraped."),
        ],
        actions: [
            "Always bump `serverName` when restoring into a new cluster",
            "Alert on failed WAL archiving and on `pg_wal` growth",
            "Scrape the archiver metrics of every database cluster",
            "Add a restore drill to the quarterly calendar",
            "Document the restore procedure with the `serverName` step",
        ],
        wentWell: ["The restore itself was fast.", "The base backup after the fix verified cleanly."],
        wentWrong: [
            "The error was logged for hours before anyone looked.", "The volume nearly filled with WAL.",
        ],
        impact: [
            "No point-in-time recovery possible for 9 hours", "Database volume reached 85 % with unarchived WAL",
            "No user-visible outage",
        ],
        involvesVolumes: true
    )

    static let emptyVolumeAfterRename = Scenario(
        id: "empty-volume-after-rename",
        titles: [
            "{svc} came back empty after the release rename", "Empty volume after renaming the {svc} chart",
            "{svc} started on a new empty volume after a storage migration",
        ],
        causes: [
            "Renaming the Helm release changed the name of the PersistentVolumeClaim, so the new pod got a fresh, empty volume while the old PV was retained but unbound.",
            "{svc} initialised a new empty database on the new volume and reported healthy.",
            "The old data was intact on the retained PV the whole time.",
        ],
        steps: [
            "Release of {svc} renamed in the Git repository",
            "Flux reconciles; new pod of {svc} starts",
            "{who} opens {svc}: no documents, fresh setup wizard",
            "Old PV found in state `Released` with the data on it",
            "{other} scales {svc} to zero",
            "Claim reference of the old PV cleared; new claim bound to it",
            "{svc} started on the old volume; all data back",
            "New empty PV deleted after a check",
        ],
        whys: [
            ("Why was {svc} empty?", "Because it started on a new volume."),
            ("Why a new volume?", "Because the claim name derives from the release name, which changed."),
            ("Why was the old data not used?", "Because the old PV was released, not rebound."),
            ("Why did the app start anyway?", "Because it treats an empty data directory as a first start."),
            ("Why did we rename at all?", "Because of a naming clean-up that did not consider storage."),
        ],
        actions: [
            "Set `existingClaim` for every stateful chart so renames keep the claim",
            "Refuse to start {svc} on an empty data directory unless a flag says so",
            "Add a PV inventory table to the storage documentation",
            "Alert on PVs in state `Released`",
        ],
        wentWell: ["The retain policy kept the old data.", "Rebinding the PV took ten minutes."],
        wentWrong: ["The rename was reviewed as a cosmetic change.", "{svc} happily started empty."],
        impact: [
            "{svc} showed no data for 1 h 30 min", "Two uploads during the window had to be redone",
            "No data was lost",
        ],
        involvesVolumes: true
    )

    static let clockSkew = Scenario(
        id: "clock-skew",
        titles: [
            "Clock skew on {host} broke logins to {svc}", "Token validation failed because of clock drift",
            "{svc} rejected valid sessions after NTP stopped",
        ],
        causes: [
            "chrony on {host} had lost its upstream servers after a firewall change and the clock drifted by almost two minutes.",
            "{svc} validates tokens with a 60 second leeway, so every token issued by {dep} looked like it came from the future.",
        ],
        steps: [
            "Login errors reported for {svc}", "{who} sees `token used before issued` in the logs",
            "Clock on {host} found 110 s ahead", "chrony sources all unreachable",
            "{other} restores the firewall rule for NTP", "Clock stepped back; logins succeed",
            "Drift alert added to the node exporter rules",
        ],
        whys: [
            ("Why did logins fail?", "Because tokens looked issued in the future."),
            ("Why did they look so?", "Because the clock of {host} was ahead."),
            ("Why was the clock ahead?", "Because chrony could not reach any server."),
            ("Why could it not?", "Because a firewall change blocked NTP."),
            ("Why was that not caught?", "Because we do not monitor clock offset."),
        ],
        actions: [
            "Alert on clock offset above 1 s on every node", "Add NTP to the firewall change checklist",
            "Run two internal NTP servers", "Raise token leeway to 120 s for {svc}",
        ],
        wentWell: ["The log message pointed straight at time."],
        wentWrong: ["Nothing monitored clock offset.", "The firewall change was not announced."],
        impact: ["Logins to {svc} failed for 50 minutes", "About 900 users affected", "No data loss"],
        involvesVolumes: false
    )

    static let badConfigDeploy = Scenario(
        id: "bad-config",
        titles: [
            "Bad configuration snippet stopped {svc} from reloading", "{svc} outage after a configuration deploy",
            "Invalid config in the {svc} rollout",
        ],
        causes: [
            "A configuration snippet with a typo passed review and CI because the config was not validated before the rollout.",
            "{svc} kept the last good configuration in memory but refused every reload, so new routes for {dep} never went live.",
        ],
        steps: [
            "Deploy of the new configuration for {svc} starts", "New routes to {dep} return 404",
            "{who} sees `reload failed` in the controller logs", "Faulty snippet identified in the last merge",
            "{other} reverts the merge", "Controller reloads; routes work", "Validation step added to CI",
        ],
        whys: [
            ("Why did routes return 404?", "Because {svc} never loaded the new config."),
            ("Why not?", "Because the snippet had a syntax error."),
            ("Why did it pass review?", "Because the diff looked plausible."),
            ("Why did CI not catch it?", "Because CI does not validate the rendered config."),
            ("Why is there no validation?", "Because the snippets feature was added without tests."),
        ],
        actions: [
            "Validate rendered configuration in CI", "Alert on failed reloads of {svc}",
            "Disallow free-form snippets except by the platform team", "Canary new configuration on one replica",
        ],
        wentWell: ["The revert took three minutes.", "The old config kept existing routes working."],
        wentWrong: ["CI had no validation.", "Reload failures only showed in logs."],
        impact: ["New routes unavailable for 72 minutes", "Two releases of {dep} delayed", "No data loss"],
        involvesVolumes: false
    )

    static let connectionPoolExhaustion = Scenario(
        id: "connection-pool",
        titles: [
            "{svc} exhausted its database connection pool", "Connection storms from {svc} overloaded {dep}",
            "{svc} timed out waiting for database connections",
        ],
        causes: [
            "A slow query introduced in the last release held connections for seconds instead of milliseconds.",
            "The pool of {svc} filled, requests queued, and retries from clients multiplied the load on {dep}.",
        ],
        steps: [
            "Error rate of {svc} climbs above 20 %", "{who} sees pool wait timeouts in the logs",
            "{dep} CPU at 100 %, one query dominating", "{other} disables the new report feature",
            "Connections drain; error rate falls", "Missing index created concurrently", "Feature re-enabled",
        ],
        whys: [
            ("Why did requests fail?", "Because no database connection was free."),
            ("Why were none free?", "Because a slow query held them."),
            ("Why was it slow?", "Because an index was missing."),
            ("Why was the index missing?", "Because the migration did not include it."),
            ("Why was it not caught?", "Because staging data is too small to show it."),
        ],
        actions: [
            "Add `EXPLAIN` checks for new queries in review", "Set statement timeouts for {svc}",
            "Alert on pool saturation", "Limit client retries with backoff and jitter",
        ],
        wentWell: ["The feature flag stopped the bleeding."],
        wentWrong: ["Retries made things worse.", "There was no statement timeout."],
        impact: ["Checkout errors for 25 minutes", "Around 3,000 failed requests", "No data loss"],
        involvesVolumes: false
    )

    static let nfsStaleHandle = Scenario(
        id: "nfs-stale-handle",
        titles: [
            "NFS shares went stale after the NAS update", "{svc} lost its NFS volume after a storage reboot",
            "Stale file handles on {host} broke {svc}",
        ],
        causes: [
            "The NAS update changed the filesystem ids of the exports, so every client held stale file handles.",
            "Pods of {svc} kept running and returned I/O errors instead of failing their health checks.",
        ],
        steps: [
            "NAS update started in the maintenance window", "{svc} returns I/O errors",
            "{who} sees `Stale file handle` on {host}", "{other} confirms the export ids changed",
            "Pods of {svc} restarted to remount", "Service healthy again", "Health check extended to touch the volume",
        ],
        whys: [
            ("Why did {svc} fail?", "Because its volume returned stale handles."),
            ("Why stale?", "Because the export ids changed with the update."),
            ("Why did they change?", "Because the update rebuilt the export table."),
            ("Why did pods not restart by themselves?", "Because the health check does not touch storage."),
            ("Why was the update not tested?", "Because we have no second NAS to test on."),
        ],
        actions: [
            "Pin export ids (`fsid`) on the NAS", "Add a storage check to the health endpoint of {svc}",
            "Restart NFS clients as part of the NAS update procedure", "Test NAS updates on a staging export",
        ],
        wentWell: ["Restarting the pods fixed it at once."],
        wentWrong: ["Health checks stayed green during the outage.", "The maintenance window notice was late."],
        impact: ["{svc} failed reads and writes for 40 minutes", "CI runners failed their jobs", "No data loss"],
        involvesVolumes: true
    )
}
