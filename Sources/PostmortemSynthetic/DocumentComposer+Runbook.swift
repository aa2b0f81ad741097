import PostmortemKit

extension DocumentComposer {
    static let runbookTitles = [
        "Restore {svc} from its backup", "Expand the data volume of {svc}", "Recover {svc} when {dep} is unavailable",
        "Rotate the TLS certificate of {svc}", "Move {svc} to a new node",
    ]

    static let runbookSteps = [
        "Announce the maintenance in the incident channel and on the status page.",
        "Scale {svc} to zero: `kubectl scale deploy/{svcId} --replicas=0`.",
        "Check that no pod of {svc} is still running.",
        "Take a fresh snapshot of the data volume before touching it.",
        "Note the name of the current PV: `kubectl get pvc -n {svcId}`.",
        "Verify the latest backup in the object store is less than 24 hours old.",
        "Start the restore job and follow its logs until it reports success.",
        "Compare the row counts of the main tables with the numbers from the backup report.",
        "Bump `serverName` if the restored database will archive WAL again.",
        "Scale {svc} back to its usual number of replicas.",
        "Open the application and check the newest records are present.",
        "Watch the error rate of {svc} for fifteen minutes.",
        "Update the status page and close the maintenance.",
        "Record the duration of each step in the restore log for the next drill.",
    ]

    static let troubleshootingRows = [
        (
            "`Expected empty archive`", "The archive holds WAL of another cluster",
            "Give the restored cluster a new `serverName`"
        ),
        (
            "Pod stuck in `ContainerCreating`", "The volume is still attached to the old node",
            "Delete the VolumeAttachment"
        ),
        ("`No space left on device`", "The volume is full", "Expand the PVC, then restart the pod"),
        ("`x509: certificate has expired`", "The certificate was not renewed", "Renew it by hand with `cmctl renew`"),
        ("Lookups take exactly 5 s", "The first resolver times out", "Check the CoreDNS forwarders"),
        ("Application starts with no data", "It started on a new empty volume", "Rebind the old PV and restart"),
        ("`Stale file handle`", "The NFS export changed", "Restart the pod to remount"),
        ("Login fails with `token used before issued`", "Clock skew on the node", "Fix NTP and step the clock"),
    ]

    mutating func composeRunbook() -> SyntheticDocument {
        chooseValues()
        let language = SyntheticFacts.HeadingLanguage.english
        let title = fill(any(Self.runbookTitles))
        let steps = Array(Self.runbookSteps.prefix(random.within(8...12))).map(fill)
        let rows = Array(random.shuffled(Self.troubleshootingRows).prefix(random.within(4...6)))

        var text = "# Runbook: \(title)\n\n"
        text += "**Owner:** \(value("{whoFull}"))\n**Environment:** \(value("{cluster}"))\n\n"
        var prose: [[String]] = [
            [fill("This runbook describes how to handle {svc} in \(value("{cluster}")) safely.")],
            [fill("Ask {who} or {other} if a step does not behave as described.")],
        ]
        var body = "## Prerequisites\n\n"
        body += fill(
            "- Access to the {cluster} cluster with the operator role\n- The backup credentials from the vault\n")
        body += "- A second person on the call\n\n"
        body += "## Procedure\n\n"
        body += steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n\n"
        body += "## Troubleshooting\n\n| Symptom | Cause | Fix |\n|---------|-------|-----|\n"
        body += rows.map { "| \($0.0) | \($0.1) | \($0.2) |" }.joined(separator: "\n") + "\n\n"
        let size = text.utf8.count + body.utf8.count + prose.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } } + 40
        let pool = random.shuffled(Vocabulary.runbookFiller).map(fill) + fillerSentences()
        Self.pad(&prose, from: pool, size: size, target: random.within(5300...7600))
        text += "## Background\n\n\(Self.paragraphs(prose[0]))\n\n"
        text += body
        text += "## Notes\n\n\(Self.paragraphs(prose[1]))\n"

        let facts = SyntheticFacts(
            kind: .runbook, title: title, date: nil, scenario: "runbook", metadataForm: .boldLabels,
            language: language, procedureSteps: steps.count, troubleshootingEntries: rows.count)
        return SyntheticDocument(name: fileName(date: nil, title: "runbook " + title), text: text, facts: facts)
    }
}
