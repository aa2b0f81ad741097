import PostmortemKit
import PostmortemStore

/// What `pm import` prints: per document its incidents, findings and error, then counts.
/// Encoded as `{"documents": [{path, incidents, findings, error}], "summary": {imported,
/// updated, unchanged, failed}}`.
struct ImportReport: Encodable {
    struct Document: Encodable {
        var path: String
        var incidents: [Incident]
        var findings: [Finding]
        var error: String?
        var outcomes: [ImportOutcome]

        static func failed(_ path: String, _ message: String) -> Document {
            Document(path: path, incidents: [], findings: [], error: message, outcomes: [])
        }

        enum CodingKeys: String, CodingKey { case path, incidents, findings, error, outcomes }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(incidents, forKey: .incidents)
            try c.encode(findings, forKey: .findings)
            try c.encode(error, forKey: .error)
            try c.encode(outcomes, forKey: .outcomes)
        }

        /// One line per incident saying what was recognised, then the warnings.
        func textLines(verbose: Bool, dryRun: Bool) -> [String] {
            if let error { return ["\(path): error: \(error)"] }
            var lines = zip(incidents, outcomes).map { incident, outcome in
                let counts = [
                    (incident.timeline.count, "timeline event"), (incident.whys.count, "why"),
                    (incident.actionItems.count, "action item"), (incident.lessons.count, "lesson"),
                    (incident.volumeMappings.count, "volume mapping"), (incident.failureModes.count, "failure mode"),
                ].map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
                let kind = incident.kind == .incident ? "" : " [\(incident.kind.rawValue)]"
                let date = incident.date.map { " (\($0))" } ?? ""
                let state = dryRun ? "" : " — \(outcome.rawValue)"
                return "\(path): \(incident.title)\(date)\(kind): \(counts.joined(separator: ", "))\(state)"
            }
            let notes = findings.filter { $0.severity == .note }
            for finding in findings where finding.severity != .note || verbose {
                lines.append("  " + finding.formatted(path: path))
            }
            if !verbose, !notes.isEmpty {
                lines.append(
                    "  \(notes.count) note\(notes.count == 1 ? "" : "s") (repairs, promoted headings); --verbose shows them"
                )
            }
            return lines
        }
    }

    struct Summary: Encodable {
        var imported = 0
        var updated = 0
        var unchanged = 0
        var failed = 0

        func text(dryRun: Bool) -> String {
            let verb = dryRun ? "read (dry run, nothing stored)" : "imported"
            return "\(imported) \(verb), \(updated) updated, \(unchanged) unchanged, \(failed) failed"
        }
    }

    var documents: [Document] = []
    var summary = Summary()

    /// Counts `document`; keeps it (for the JSON report) only when `keep` is set, so a
    /// text-mode batch holds no more than one document at a time.
    mutating func add(_ document: Document, keep: Bool) {
        if keep { documents.append(document) }
        if document.error != nil { summary.failed += 1 }
        for outcome in document.outcomes {
            switch outcome {
            case .imported: summary.imported += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            }
        }
    }
}
