import PostmortemKit

/// What `pm lint` prints: GCC-style lines, or as JSON `{"findings": [{path, incident, line,
/// column, severity, rule, message}], "summary": {documents, errors, warnings}}`.
struct LintReport: Encodable {
    struct Entry: Encodable {
        var path: String
        /// The incident's id; nil for a file that could not be read.
        var incident: String?
        var finding: Finding

        enum CodingKeys: String, CodingKey { case path, incident, line, column, severity, rule, message }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(incident, forKey: .incident)
            try c.encode(finding.line, forKey: .line)
            try c.encode(finding.column, forKey: .column)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.rule, forKey: .rule)
            try c.encode(finding.message, forKey: .message)
        }
    }

    struct Summary: Encodable {
        var documents = 0
        var errors = 0
        var warnings = 0

        var text: String {
            "\(documents) document\(documents == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }

    /// The rule id of the finding for a file that is no post-mortem (empty, binary, missing).
    static let unreadableRule = "unreadable"

    var findings: [Entry] = []
    var summary = Summary()

    mutating func add(_ document: LintDocument, findings: [Finding]) {
        summary.documents += 1
        for finding in findings {
            append(Entry(path: document.path, incident: document.incident.id.rawValue, finding: finding))
        }
    }

    mutating func addUnreadable(path: String, reason: String) {
        summary.documents += 1
        append(
            Entry(
                path: path, incident: nil,
                finding: Finding(line: 0, column: 0, severity: .error, rule: Self.unreadableRule, message: reason)))
    }

    private mutating func append(_ entry: Entry) {
        findings.append(entry)
        switch entry.finding.severity {
        case .error: summary.errors += 1
        case .warning: summary.warnings += 1
        case .note: break
        }
    }

    var lines: [String] { findings.map { $0.finding.formatted(path: $0.path) } }
}
