/// The failure-mode taxonomy pm ships with, as the YAML a team edits.
///
/// Embedded so that a release binary needs no resource bundle. `pm init` writes it, comments
/// and all, into a new knowledge base as `taxonomy.yml`; `Taxonomy.load(yaml:)` (in
/// `PostmortemMarkdown`) reads it, and `Taxonomy.standard` is this text, loaded.
public enum DefaultTaxonomy {
    /// The default taxonomy file: 39 modes, each with its phrases.
    public static let yaml: String = #"""
        # pm failure-mode taxonomy
        #
        # The failure modes pm looks for in every incident it imports, and the phrases that suggest
        # each one. Edit it freely: add modes, phrases and categories of your own; pm reads this file
        # on every import.
        #
        # Each mode has:
        #   id           kebab-case and stable (incidents and front matter refer to it)
        #   name         a short human name
        #   category     kebab-case (storage, backup, data, database, deploy, config, automation,
        #                network, dns, tls, credentials, security, capacity, dependency, time,
        #                detection, process, architecture, hardware, or one of your own)
        #   description  what the mode is
        #   patterns     phrases that suggest it: plain words, matched on word boundaries, ignoring
        #                case, accents and punctuation ("re-ran initdb" = "re ran initdb"); a bare
        #                phrase weighs 1, or write {phrase: ..., weight: 0.4} for a mere hint
        #   negative     (optional) phrases that cancel the mode's matches in the same sentence
        #
        # A phrase preceded by a negation ("no", "not", "never", "without"…) or followed by "none"
        # does not count: "no data was lost" does not suggest data loss.
        version: 1
        modes:
          - id: storage-identity-lost
            name: Storage identity lost after a rename
            category: storage
            description: >-
              A release, cluster, project or directory was renamed, and because storage was bound to
              that name, the workload lost the link to its existing data.
            patterns:
              - storage identity
              - volume name derived from
              - derived from the working directory
              - working directory name
              - directory name changes
              - fixed project name
              - during a rename
              - after the rename
              - after a rename
              - renamed helmrelease
              - renaming helmrelease
              - renamed the helmrelease
              - renamed the cluster
              - names its pvcs after
              - derives pvc names
              - flux treats a renamed
              - hard reference to physical
              - {phrase: pvc orphaning, weight: 0.7}
              - {phrase: name change, weight: 0.6}
              - {phrase: name changes, weight: 0.6}
              - {phrase: name shortening, weight: 0.6}
              - {phrase: naming convention, weight: 0.5}
              - {phrase: cluster name, weight: 0.4}
              - {phrase: project name, weight: 0.4}
              - {phrase: project prefix, weight: 0.5}
              - {phrase: rename, weight: 0.3}
              - {phrase: renamed, weight: 0.3}
              - {phrase: renaming, weight: 0.3}

          - id: new-empty-volume
            name: New empty volume where data was expected
            category: storage
            description: >-
              A new, empty volume was provisioned or mounted where the existing data was expected, and
              the application started on it as if it were a fresh install.
            patterns:
              - new empty volume
              - new empty volumes
              - new empty pv
              - new empty pvs
              - new empty pvc
              - new empty pvcs
              - new empty database volume
              - new empty nfs datasets
              - fresh empty
              - came back empty
              - came up empty
              - comes up empty
              - empty and healthy
              - started with an empty
              - started with empty
              - with empty volumes
              - on new empty
              - bound to new empty
              - provisioned new empty
              - empty data directory
              - {phrase: new empty, weight: 0.8}
              - {phrase: brand new pvs, weight: 0.7}
              - {phrase: brand new pv, weight: 0.7}
              - {phrase: appeared empty, weight: 0.7}
              - {phrase: empty volume, weight: 0.7}
              - {phrase: empty volumes, weight: 0.7}
              - {phrase: empty pvs, weight: 0.7}
              - {phrase: empty database, weight: 0.6}
              - {phrase: provisioned new, weight: 0.6}
              - {phrase: bound to new, weight: 0.6}
              - {phrase: setup wizard, weight: 0.6}
              - {phrase: fresh admin account, weight: 0.6}
              - {phrase: only admin user, weight: 0.6}
              - {phrase: new pvcs, weight: 0.4}
              - {phrase: new volume, weight: 0.4}
              - {phrase: new volumes, weight: 0.4}
              - {phrase: unmounted nfs path, weight: 0.6}
              - {phrase: pvc orphaning, weight: 0.6}
              - {phrase: orphaned, weight: 0.4}

          - id: unclean-shutdown
            name: Unclean shutdown or power loss
            category: hardware
            description: >-
              A machine, NAS or storage array lost power or was shut down while workloads were still
              running, leaving volumes, sessions or files in a bad state.
            patterns:
              - unclean shutdown
              - shut down uncleanly
              - improper shutdown
              - improperly shut down
              - dirty shutdown
              - not shut down cleanly
              - ungraceful shutdown
              - power loss
              - power outage
              - power failure
              - power cut
              - lost power
              - pulled the plug
              - {phrase: hard reset, weight: 0.7}
              - {phrase: hard reboot, weight: 0.7}
              - {phrase: unexpected reboot, weight: 0.6}
              - {phrase: kernel panic, weight: 0.6}
              - {phrase: nas shutdown, weight: 0.6}
              - {phrase: coupure de courant, weight: 1}
              - {phrase: stromausfall, weight: 1}

          - id: stale-mount
            name: Storage mount lost or stale
            category: storage
            description: >-
              A network or block-storage mount went away or went stale (NFS stale handles, dropped
              iSCSI sessions, a bind mount on a path that was not mounted), and the workload wrote to
              or read from the wrong place.
            patterns:
              - stale file handle
              - stale file handles
              - stale nfs
              - stale iscsi
              - iscsi sessions dropped
              - iscsi target loss
              - lost their attachment
              - transport endpoint is not connected
              - mount was missing
              - mount missing
              - nfs mount missing
              - not mounted
              - was not mounted
              - unmounted nfs
              - multi attach error
              - {phrase: nfs mount, weight: 0.5}
              - {phrase: bind mount, weight: 0.4}
              - {phrase: unmounted, weight: 0.5}
              - {phrase: mount point, weight: 0.3}
              - {phrase: stale, weight: 0.4}
              - {phrase: partages nfs, weight: 0.5}
              - {phrase: montage nfs, weight: 0.6}

          - id: disk-full
            name: Disk full
            category: capacity
            description: >-
              A disk, volume, filesystem or storage pool ran out of space (or hit its size quota), and
              writes failed.
            patterns:
              - disk full
              - disk is full
              - disk was full
              - full disk
              - no space left on device
              - ran out of disk
              - out of disk space
              - pvc full
              - pvc was full
              - full pvc
              - volume full
              - filesystem full
              - file system full
              - storage full
              - database space exceeded
              - full osds
              - nearfull
              - disk pressure
              - diskpressure
              - disque plein
              - vollgelaufen
              - {phrase: out of space, weight: 0.8}
              - {phrase: ran out of space, weight: 0.9}
              - {phrase: filled the, weight: 0.5}
              - {phrase: filled up, weight: 0.5}
              - {phrase: 100 capacity, weight: 0.8}
              - {phrase: 100 disk utilization, weight: 0.8}
              - {phrase: completely exhausted, weight: 0.5}
              - {phrase: space exceeded, weight: 0.8}
              - {phrase: near full, weight: 0.7}
              - {phrase: disk space, weight: 0.5}
              - {phrase: disk usage, weight: 0.4}
              - {phrase: pvc usage, weight: 0.4}
              - {phrase: espace disque, weight: 0.6}
              - {phrase: speicherplatz, weight: 0.5}
              - {phrase: vollen, weight: 0.5}
              - {phrase: volle, weight: 0.5}
            negative:
              - pool filled up
              - connection pool

          - id: unbounded-growth
            name: Unbounded growth with no retention
            category: capacity
            description: >-
              Logs, WAL, images, metrics or queues kept growing because nothing expired or cleaned
              them up, until something filled.
            patterns:
              - no retention
              - grew unbounded
              - kept growing
              - never cleaned up
              - no cleanup
              - growing without
              - without retention
              - unarchived wal
              - {phrase: retention policy, weight: 0.5}
              - {phrase: retention, weight: 0.3}
              - {phrase: unbounded, weight: 0.7}
              - {phrase: accumulated, weight: 0.5}
              - {phrase: accumulate, weight: 0.5}
              - {phrase: accumulation, weight: 0.5}
              - {phrase: image garbage collection, weight: 0.8}
              - {phrase: garbage collection, weight: 0.5}
              - {phrase: log rotation, weight: 0.7}
              - {phrase: compaction, weight: 0.6}
              - {phrase: old images, weight: 0.5}

          - id: storage-degraded
            name: Disk or storage pool degraded
            category: hardware
            description: >-
              A disk failed or a pool, array or cluster of disks degraded (ZFS, RAID, Ceph OSDs), losing
              redundancy or performance.
            patterns:
              - pool degraded
              - degraded pool
              - raid degraded
              - disk failure
              - failed disk
              - drive failed
              - failing disk
              - bad sectors
              - smart errors
              - resilver
              - resilvering
              - degradiert
              - {phrase: degraded, weight: 0.5}
              - {phrase: checksum errors, weight: 0.7}
              - {phrase: read errors, weight: 0.6}
              - {phrase: write errors, weight: 0.6}
              - {phrase: i o error, weight: 0.6}
              - {phrase: osd down, weight: 0.7}
              - {phrase: zpool, weight: 0.4}
              - {phrase: ausgefallen, weight: 0.5}

          - id: wal-archive-conflict
            name: Backup or WAL archive conflict
            category: backup
            description: >-
              A database wrote (or refused to write) its WAL or backups into an archive that already
              held another cluster's history (a system ID mismatch, "Expected empty archive"), so
              archiving stopped or two histories got mixed.
            patterns:
              - expected empty archive
              - wal archive check failed
              - check wal archive
              - system id mismatch
              - wrong system id
              - different system id
              - system id conflicts
              - new postgresql system id
              - already contained wal
              - already contained wals
              - wals from the old cluster
              - wals from a previous
              - wal files from a previous
              - archive from a previous cluster
              - same backup destination
              - same backup path
              - same backup destination path
              - bump the backup path
              - bump servername
              - bump the servername
              - clean wal archive
              - two histories
              - archive mismatch
              - pushed wal into
              - wal archive conflict
              - archiving failed
              - archiving failures
              - {phrase: archive command failed, weight: 0.9}
              - {phrase: system id, weight: 0.6}
              - {phrase: servername, weight: 0.5}
              - {phrase: backup path, weight: 0.4}
              - {phrase: wal archiving, weight: 0.4}
              - {phrase: archived into, weight: 0.6}
              - {phrase: stanza, weight: 0.5}
              - {phrase: archiving, weight: 0.3}

          - id: backup-deleted
            name: Backups deleted by retention or lifecycle rules
            category: backup
            description: >-
              Backups were deleted or expired by a retention setting, a lifecycle rule or a cleanup,
              often by a change made for another reason.
            patterns:
              - lifecycle rule
              - lifecycle policy
              - s3 lifecycle
              - backups deleted
              - deleted backups
              - deleted the backups
              - backups were deleted
              - backups were expired
              - expired backups
              - expired the backups
              - {phrase: expiration rule, weight: 0.8}
              - {phrase: object expiration, weight: 0.8}
              - {phrase: months of database backups, weight: 0.6}

          - id: missing-backups
            name: Missing or untested backups
            category: backup
            description: >-
              The backups needed to recover did not exist, were incomplete, had been failing silently,
              or had never been tested by a restore.
            patterns:
              - no base backups
              - no backups
              - no backup
              - without backups
              - untested backups
              - backups were never tested
              - restore was never tested
              - no scheduled backups
              - backups failed silently
              - backups had been failing
              - backups were failing
              - no recent backup
              - not backed up
              - never backed up
              - no snapshots
              - {phrase: scheduled base backups, weight: 0.7}
              - {phrase: backup failed, weight: 0.6}
              - {phrase: backups failing, weight: 0.7}
              - {phrase: failing silently, weight: 0.6}
              - {phrase: never tested, weight: 0.6}
              - {phrase: restore test, weight: 0.6}
              - {phrase: restore tests, weight: 0.6}
              - {phrase: test restores, weight: 0.7}
              - {phrase: last successful backup, weight: 0.7}
              - {phrase: recovery was impossible, weight: 0.7}
              - {phrase: pg basebackup, weight: 0.4}

          - id: failover-restore-failed
            name: Failover or restore did not work
            category: database
            description: >-
              When it was needed, the failover, replica promotion or restore from backup failed, so
              the recovery path itself broke.
            patterns:
              - failover failure
              - failover failed
              - failover did not
              - could not restore
              - unable to restore
              - restore failed
              - failed restore
              - standby pod failed
              - promotion failed
              - no target backup found
              - {phrase: failed to recover, weight: 0.7}
              - {phrase: recovery failed, weight: 0.9}
              - {phrase: failover was attempted, weight: 0.6}
              - {phrase: failed attempt, weight: 0.5}
              - {phrase: replica failed, weight: 0.6}
              - {phrase: unrecoverable, weight: 0.5}
              - {phrase: standby, weight: 0.3}

          - id: data-corruption
            name: Data corruption or loss
            category: data
            description: >-
              Data was corrupted, overwritten, wiped or lost (not merely unavailable).
            patterns:
              - data corruption
              - corrupted data
              - data was corrupted
              - data was lost
              - lost data
              - data loss
              - full wipe
              - database was destroyed
              - destruction of
              - {phrase: corrupted, weight: 0.8}
              - {phrase: corruption, weight: 0.8}
              - {phrase: corrupt, weight: 0.7}
              - {phrase: checksum mismatch, weight: 0.8}
              - {phrase: invalid page, weight: 0.8}
              - {phrase: inconsistent data, weight: 0.7}
              - {phrase: wiped, weight: 0.6}
              - {phrase: destroyed, weight: 0.4}
              - {phrase: perte de donnees, weight: 1}
              - {phrase: datenverlust, weight: 1}
            negative:
              - nothing was lost
              - no data
              - full recovery
              - appeared lost
              - data loss none

          - id: initdb-over-existing-data
            name: Re-initialised over existing data
            category: data
            description: >-
              An operator, init container or person ran initialisation (initdb, a fresh bootstrap) on
              a volume that already held data, moving it aside or overwriting it.
            patterns:
              - ran initdb
              - re ran initdb
              - initdb again
              - runs initdb
              - run initdb
              - initdb wins
              - reinitialised
              - reinitialized
              - re initialised
              - re initialized
              - over existing data
              - over the existing data
              - existing pgdata
              - renamed old data
              - fresh empty database
              - {phrase: initdb, weight: 0.5}
              - {phrase: fresh database, weight: 0.6}
              - {phrase: bootstrap initdb, weight: 0.6}

          - id: destructive-command
            name: Destructive command on the wrong target
            category: process
            description: >-
              Someone ran a destructive command (destroy, delete, drop, rm -rf) against the wrong
              dataset, volume, database or host — or nearly did.
            patterns:
              - wrong dataset
              - wrong volume
              - wrong database
              - deleted the wrong
              - destroyed the wrong
              - dropped the wrong
              - almost destroyed
              - nearly deleted
              - nearly destroyed
              - {phrase: zfs destroy, weight: 0.8}
              - {phrase: rm rf, weight: 0.7}
              - {phrase: drop database, weight: 0.7}
              - {phrase: drop table, weight: 0.6}
              - {phrase: wrong host, weight: 0.7}
              - {phrase: wrong server, weight: 0.7}
              - {phrase: wrong namespace, weight: 0.7}
              - {phrase: tab completion, weight: 0.5}
              - {phrase: typo, weight: 0.3}

          - id: wrong-environment
            name: Staging and production crossed
            category: process
            description: >-
              A change, clone or credential meant for one environment acted on another: staging wrote
              into production, or a command ran against the wrong cluster or context.
            patterns:
              - wrong environment
              - wrong cluster
              - wrong context
              - wrong kubeconfig
              - pointed at production
              - pointing at production
              - pointed to production
              - thought it was staging
              - staging clone
              - clone of production
              - cloned from production
              - {phrase: into the production, weight: 0.5}
              - {phrase: production repository, weight: 0.5}
              - {phrase: production credentials, weight: 0.6}
              - {phrase: copied from production, weight: 0.6}

          - id: split-brain
            name: Split brain
            category: database
            description: >-
              Two nodes both believed they were the primary (or the quorum was lost), and accepted
              writes that then diverged.
            patterns:
              - split brain
              - two primaries
              - dual primary
              - multiple primaries
              - two masters
              - lost quorum
              - {phrase: quorum, weight: 0.5}
              - {phrase: diverged, weight: 0.5}
              - {phrase: divergent, weight: 0.5}
              - {phrase: fencing, weight: 0.6}

          - id: failed-migration
            name: Failed schema or data migration
            category: database
            description: >-
              A schema or data migration failed, ran too long, locked tables or left data half moved.
            patterns:
              - migration failed
              - failed migration
              - migration locked
              - schema migration
              - migration timed out
              - rolled back the migration
              - {phrase: alter table, weight: 0.7}
              - {phrase: migration script, weight: 0.5}
              - {phrase: backfill, weight: 0.5}
              - {phrase: storage migration, weight: 0.5}
              - {phrase: migration, weight: 0.3}

          - id: lock-contention
            name: Lock contention
            category: database
            description: >-
              Queries or jobs queued behind locks (a long transaction, an exclusive lock from DDL, a
              deadlock), and the service stalled.
            patterns:
              - lock contention
              - table lock
              - lock queue
              - waiting for lock
              - access exclusive lock
              - lock wait
              - lock timeout
              - deadlock
              - deadlocks
              - blocked queries
              - long running transaction
              - long running transactions
              - {phrase: locked the, weight: 0.7}
              - {phrase: row lock, weight: 0.8}
              - {phrase: locks, weight: 0.3}

          - id: bad-deploy
            name: Bad deploy
            category: deploy
            description: >-
              A release or deployment shipped a defect and had to be rolled back or fixed forward.
            patterns:
              - bad deploy
              - bad deployment
              - bad release
              - faulty release
              - deploy broke
              - deployment broke
              - after the deploy
              - after deploying
              - bad snippet
              - {phrase: after the release, weight: 0.7}
              - {phrase: rolled back, weight: 0.6}
              - {phrase: rollback, weight: 0.5}
              - {phrase: roll back, weight: 0.5}
              - {phrase: reverted the, weight: 0.5}
              - {phrase: pushed to production, weight: 0.6}
              - {phrase: canary, weight: 0.4}
              - {phrase: new version, weight: 0.3}

          - id: bad-config-change
            name: Invalid or wrong configuration change
            category: config
            description: >-
              A configuration change was invalid or wrong (a typo, a bad snippet, a wrong value), and
              the component rejected it or did the wrong thing.
            patterns:
              - misconfiguration
              - misconfigured
              - configuration error
              - config error
              - invalid configuration
              - bad configuration
              - bad config
              - configuration snippet
              - stopped reloading
              - failed to reload
              - wrong value
              - {phrase: config change, weight: 0.6}
              - {phrase: configuration change, weight: 0.6}
              - {phrase: typo in, weight: 0.6}
              - {phrase: syntax error, weight: 0.6}
              - {phrase: config validation, weight: 0.6}

          - id: config-default
            name: Surprising configuration default
            category: config
            description: >-
              A default nobody chose (a timer, a search path, a reclaim policy, a project name taken
              from the directory) did something surprising.
            patterns:
              - surprising default
              - undocumented default
              - implicit default
              - when no explicit
              - defaults to
              - default timers
              - default value
              - default setting
              - default configuration
              - {phrase: by default, weight: 0.6}
              - {phrase: ndots, weight: 0.8}
              - {phrase: out of the box, weight: 0.6}
              - {phrase: reclaimpolicy delete, weight: 0.7}
              - {phrase: the default, weight: 0.4}
              - {phrase: defaults, weight: 0.4}
              - {phrase: lacked a fixed, weight: 0.7}

          - id: gitops-reconciler-deleted
            name: GitOps or IaC reconciler overwrote or deleted resources
            category: automation
            description: >-
              Flux, Argo CD, Terraform or a similar reconciler did exactly what the repository said —
              and that pruned, uninstalled, recreated or overwrote live resources.
            patterns:
              - flux uninstalled
              - flux deleted
              - argocd deleted
              - argo cd deleted
              - uninstalled the old
              - reverted by flux
              - delete one create another
              - deletion loop
              - terraform removed
              - terraform deleted
              - terraform destroyed
              - recreates cluster
              - recreating deleted
              - {phrase: helm uninstall, weight: 0.8}
              - {phrase: planned to destroy, weight: 0.8}
              - {phrase: selfheal, weight: 0.7}
              - {phrase: self heal, weight: 0.7}
              - {phrase: prune, weight: 0.5}
              - {phrase: pruned, weight: 0.6}
              - {phrase: gitops sync, weight: 0.6}
              - {phrase: server side apply, weight: 0.6}
              - {phrase: field managers, weight: 0.6}
              - {phrase: overwrote, weight: 0.4}
              - {phrase: overwritten by, weight: 0.4}
              - {phrase: reconciler, weight: 0.4}
              - {phrase: gitops, weight: 0.3}
              - {phrase: terraform apply, weight: 0.4}

          - id: runaway-automation
            name: Runaway automation
            category: automation
            description: >-
              A script, job, controller or agent kept acting in a loop, or acted far beyond what was
              intended, faster than a person could stop it.
            patterns:
              - runaway
              - automation deleted
              - script deleted
              - cleanup job
              - cleanup script
              - automated cleanup
              - destruction loop
              - {phrase: ai agent, weight: 0.5}
              - {phrase: ai assistant, weight: 0.4}
              - {phrase: coding assistant, weight: 0.4}
              - {phrase: autoscaler, weight: 0.5}
              - {phrase: scaled to zero, weight: 0.5}
              - {phrase: in a loop, weight: 0.4}
              - {phrase: cronjob, weight: 0.3}

          - id: upgrade-regression
            name: Upgrade changed behaviour
            category: dependency
            description: >-
              An upgrade of a component, chart, firmware or OS brought a regression or a changed
              default that broke what worked before.
            patterns:
              - after the upgrade
              - {phrase: after upgrading, weight: 0.8}
              - breaking change
              - changed default
              - {phrase: after the update, weight: 0.8}
              - {phrase: firmware update, weight: 0.7}
              - {phrase: new major version, weight: 0.7}
              - {phrase: regression, weight: 0.7}
              - {phrase: release notes, weight: 0.3}
              - {phrase: changelog, weight: 0.3}
              - {phrase: upgraded, weight: 0.4}
              - {phrase: upgrade, weight: 0.3}
              - {phrase: nach dem update, weight: 0.9}
              - {phrase: apres la mise a jour, weight: 0.9}
              - {phrase: mise a jour, weight: 0.5}

          - id: dns-failure
            name: DNS failure
            category: dns
            description: >-
              Name resolution failed, slowed down or returned the wrong answer (a resolver down, a
              search-path default, a deleted or wrong record).
            patterns:
              - dns resolution
              - name resolution
              - dns timeouts
              - dns lookups
              - dns record
              - dns records
              - dns outage
              - nxdomain
              - servfail
              - could not resolve
              - failed to resolve
              - no such host
              - it was dns
              - resolution dns
              - {phrase: dns, weight: 0.5}
              - {phrase: coredns, weight: 0.6}
              - {phrase: resolver, weight: 0.5}
              - {phrase: resolvers, weight: 0.5}
              - {phrase: cname, weight: 0.6}
              - {phrase: resolv conf, weight: 0.7}
              - {phrase: ndots, weight: 0.6}
              - {phrase: pi hole, weight: 0.5}
              - {phrase: pihole, weight: 0.5}
              - {phrase: dnsmasq, weight: 0.5}
              - {phrase: lookups, weight: 0.3}

          - id: network-partition
            name: Network partition or connectivity loss
            category: network
            description: >-
              Part of the network could not reach another (a switch, link, VLAN, MTU or firewall
              problem), splitting nodes or services apart.
            patterns:
              - network partition
              - lost connectivity
              - connectivity loss
              - network outage
              - switch failed
              - switch failure
              - no route to host
              - {phrase: partitioned, weight: 0.7}
              - {phrase: packet loss, weight: 0.7}
              - {phrase: link down, weight: 0.6}
              - {phrase: mtu, weight: 0.5}
              - {phrase: firewall rule, weight: 0.5}
              - {phrase: unreachable, weight: 0.4}

          - id: routing-failure
            name: Routing or BGP failure
            category: network
            description: >-
              Routes were withdrawn, flapped or pointed the wrong way (BGP sessions, timers, route
              advertisement), so traffic went nowhere.
            patterns:
              - bgp sessions
              - bgp session
              - route flap
              - hold timer
              - holdtime
              - routes withdrawn
              - asymmetric routing
              - {phrase: bgp, weight: 0.6}
              - {phrase: flapping, weight: 0.6}
              - {phrase: blackholed, weight: 0.8}
              - {phrase: routing table, weight: 0.5}
              - {phrase: ospf, weight: 0.6}

          - id: certificate-expiry
            name: Certificate expired
            category: tls
            description: >-
              A TLS certificate (or a CA, or a client certificate) expired or was not renewed in time.
            patterns:
              - certificate expired
              - certificates expired
              - expired certificate
              - expired certificates
              - certificate expiry
              - certificate expiration
              - certificate has expired
              - cert expired
              - expired cert
              - failed to renew
              - expiration des certificats
              - certificat expire
              - certificats expires
              - zertifikat abgelaufen
              - {phrase: renewal failed, weight: 0.8}
              - {phrase: certificate renewal, weight: 0.7}
              - {phrase: tls certificate, weight: 0.6}
              - {phrase: ssl certificate, weight: 0.6}
              - {phrase: x509, weight: 0.6}
              - {phrase: cert manager, weight: 0.4}
              - {phrase: internal ca, weight: 0.5}

          - id: quota-rate-limit
            name: Quota or rate limit hit
            category: capacity
            description: >-
              A provider's rate limit or a quota was exhausted (API calls, certificate issuance,
              requests), and further requests were refused.
            patterns:
              - rate limit
              - rate limited
              - rate limits
              - rate limiting
              - ratelimit
              - too many requests
              - quota exceeded
              - api limit
              - {phrase: throttled, weight: 0.7}
              - {phrase: throttling, weight: 0.7}
              - {phrase: quota, weight: 0.5}
              - {phrase: "429", weight: 0.6}
              - ratelimited
              - {phrase: duplicate certificate, weight: 0.8}
              - {phrase: atteint la limite, weight: 0.9}
              - {phrase: limite de lets encrypt, weight: 0.9}
              - {phrase: limites de lets encrypt, weight: 0.9}
              - {phrase: lets encrypt limit, weight: 0.9}
              - {phrase: limite de taux, weight: 0.9}

          - id: expired-credentials
            name: Expired or rotated credentials
            category: credentials
            description: >-
              A password, token or key expired or was rotated, and something still using the old one
              stopped working.
            patterns:
              - expired credentials
              - credentials expired
              - token expired
              - expired token
              - rotated the password
              - password was rotated
              - rotated the key
              - key was rotated
              - rotated key
              - invalidaccesskeyid
              - {phrase: password rotation, weight: 0.8}
              - {phrase: rotated password, weight: 0.8}
              - {phrase: key rotation, weight: 0.7}
              - {phrase: invalid credentials, weight: 0.8}
              - {phrase: credential mismatch, weight: 0.8}
              - {phrase: bind password, weight: 0.7}
              - {phrase: authentication failed, weight: 0.6}
              - {phrase: access denied, weight: 0.5}
              - {phrase: credentials, weight: 0.3}

          - id: leaked-secret
            name: Leaked secret
            category: security
            description: >-
              A password, key or token was exposed (committed to a public repository, logged, shared)
              and had to be revoked.
            patterns:
              - leaked credential
              - leaked credentials
              - leaked key
              - access key leaked
              - key leaked
              - secret leaked
              - exposed credentials
              - exposed secret
              - committed the key
              - secret scanning
              - {phrase: leaked, weight: 0.6}
              - {phrase: public repository, weight: 0.7}
              - {phrase: public repo, weight: 0.7}
              - {phrase: committed to git, weight: 0.7}
              - {phrase: plaintext password, weight: 0.7}
              - {phrase: hardcoded, weight: 0.5}
              - {phrase: revoked the key, weight: 0.7}
              - {phrase: gitguardian, weight: 0.8}
              - {phrase: trufflehog, weight: 0.8}
            negative:
              - memory leak
              - memory leaked

          - id: memory-exhaustion
            name: Out of memory
            category: capacity
            description: >-
              A process or container ran out of memory (OOM-killed, evicting, swapping), often after a
              change in load, version or limits.
            patterns:
              - oomkilled
              - oom killed
              - oom killer
              - out of memory
              - ran out of memory
              - java heap space
              - exit code 137
              - memory leak
              - {phrase: oom, weight: 0.8}
              - {phrase: maxmemory, weight: 0.8}
              - {phrase: memory pressure, weight: 0.8}
              - {phrase: memory limit, weight: 0.7}
              - {phrase: memory limits, weight: 0.7}
              - {phrase: memory usage, weight: 0.5}
              - {phrase: evicted, weight: 0.2}
              - {phrase: eviction, weight: 0.2}
              - {phrase: heap, weight: 0.4}
            negative:
              - disk pressure
              - diskpressure

          - id: connection-exhaustion
            name: Connections or file descriptors exhausted
            category: capacity
            description: >-
              A pool of connections, ports or file descriptors ran out (max_connections, a full
              connection pool, too many open files, conntrack).
            patterns:
              - too many connections
              - connection pool exhausted
              - pool exhausted
              - connections exhausted
              - max connections
              - connection limit
              - too many open files
              - port exhaustion
              - remaining connection slots
              - {phrase: connection pool, weight: 0.7}
              - {phrase: pool filled up, weight: 0.9}
              - {phrase: pool was full, weight: 0.9}
              - {phrase: pool full, weight: 0.8}
              - {phrase: file descriptors, weight: 0.7}
              - {phrase: ephemeral ports, weight: 0.8}
              - {phrase: conntrack, weight: 0.7}
              - {phrase: pgbouncer, weight: 0.3}

          - id: retry-storm
            name: Cascading failure or retry storm
            category: architecture
            description: >-
              One failure multiplied: clients retried without backoff, consumers rebalanced in a loop,
              or load shifted onto the survivors until they failed too.
            patterns:
              - retry storm
              - thundering herd
              - cascading failure
              - rebalancing storm
              - rebalance storm
              - no backoff
              - without backoff
              - retry loop
              - {phrase: cascaded, weight: 0.6}
              - {phrase: rebalancing, weight: 0.5}
              - {phrase: storm, weight: 0.4}
              - {phrase: retries, weight: 0.4}
              - {phrase: exponential backoff, weight: 0.6}
              - {phrase: overloaded, weight: 0.4}

          - id: dependency-outage
            name: Dependency outage
            category: dependency
            description: >-
              A service this one depends on (a cloud provider, a SaaS, a registry, another team's
              system) failed, and the failure came through.
            patterns:
              - upstream outage
              - provider outage
              - vendor outage
              - third party outage
              - external dependency
              - registry was down
              - incident on their side
              - {phrase: upstream provider, weight: 0.8}
              - {phrase: third party, weight: 0.5}
              - {phrase: cloud provider, weight: 0.5}
              - {phrase: external service, weight: 0.6}
              - {phrase: status page, weight: 0.5}
              - {phrase: dependency, weight: 0.3}
              - {phrase: upstream, weight: 0.3}

          - id: clock-skew
            name: Clock skew
            category: time
            description: >-
              Clocks drifted apart (NTP or chrony not working), and time-sensitive things broke:
              tokens, certificates, quorum, leases.
            patterns:
              - clock skew
              - clock drift
              - time drift
              - time sync
              - time synchronisation
              - time synchronization
              - timestamp in the future
              - {phrase: not yet valid, weight: 0.8}
              - {phrase: ntp, weight: 0.7}
              - {phrase: chrony, weight: 0.7}
              - {phrase: chronyd, weight: 0.7}
              - {phrase: skew, weight: 0.6}
              - {phrase: drifted, weight: 0.6}
              - {phrase: clocks, weight: 0.4}
            negative:
              - expired or is not yet valid

          - id: detection-gap
            name: Detection gap
            category: detection
            description: >-
              The failure went unnoticed for a long time: no alert fired, monitoring did not cover it,
              or a user reported it first.
            patterns:
              - detection took
              - took hours to detect
              - hours to detect
              - detection delay
              - went unnoticed
              - nobody noticed
              - no one noticed
              - no alert
              - no alerts
              - no alerting
              - without alerting
              - alert did not fire
              - alert never fired
              - no monitoring
              - not monitored
              - reported by user
              - reported by a user
              - reported by users
              - a user reported
              - earlier detection
              - should have alerted
              - silent failure
              - {phrase: unnoticed, weight: 0.8}
              - {phrase: failed silently, weight: 0.8}
              - {phrase: users reported, weight: 0.7}
              - {phrase: customer reported, weight: 0.7}
              - {phrase: better monitoring, weight: 0.7}
              - {phrase: delay is too long, weight: 0.6}
              - {phrase: days later, weight: 0.6}
              - {phrase: hours later, weight: 0.6}
              - {phrase: time to detect, weight: 0.6}
              - {phrase: silently, weight: 0.5}
              - {phrase: for days, weight: 0.4}
              - {phrase: alerting on, weight: 0.3}

          - id: single-point-of-failure
            name: Single point of failure
            category: architecture
            description: >-
              One component with no redundancy (one resolver, one replica, one NAS, one person) took
              everything down with it.
            patterns:
              - single point of failure
              - spof
              - single resolver
              - no redundancy
              - not redundant
              - no failover
              - one resolver behind
              - only one resolver
              - depended on that one
              - not redundancy
              - {phrase: only one replica, weight: 0.8}
              - {phrase: single replica, weight: 0.8}
              - {phrase: single instance, weight: 0.6}
              - {phrase: single node, weight: 0.5}

          - id: missing-runbook
            name: Missing or outdated runbook
            category: process
            description: >-
              Nobody had written down how to recover (or what was written was wrong), so recovery
              relied on memory, guesswork or luck.
            patterns:
              - no runbook
              - outdated runbook
              - runbook was outdated
              - outdated documentation
              - documentation was wrong
              - tribal knowledge
              - undocumented recovery
              - not documented
              - {phrase: undocumented, weight: 0.6}
        """#
}
