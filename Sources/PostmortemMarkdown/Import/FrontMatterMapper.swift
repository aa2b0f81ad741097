import PostmortemKit

/// Stage 2 of the importer: front matter (YAML or TOML) onto the incident. Its keys win
/// over what the body says; keys pm has no field for are kept, in order, as metadata.
enum FrontMatterMapper {
    static func apply(_ frontMatter: FrontMatter, to incident: inout Incident, context: inout ImportContext) {
        for entry in frontMatter.fields.entries {
            let key = entry.key.lowercased().replacingOccurrences(of: "-", with: "_")
            let value = entry.value
            let line = frontMatter.lines.lowerBound
            func warn(_ message: String) {
                context.findings.append(
                    Finding(line: line, column: 1, severity: .warning, rule: "front-matter-value", message: message))
            }
            /// Keeps a value pm could not use as metadata, so no word of it is lost.
            func keep() {
                if let text = value.text { incident.metadata.append(Field(name: entry.key, value: text)) }
            }
            switch key {
            case "id":
                guard let text = value.text else { continue }
                if IncidentID.isValid(text) {
                    incident.id = IncidentID(text)
                } else {
                    warn("front matter id '\(text)' is not a usable id (letters, digits, - _ . only); pm made one")
                    incident.metadata.append(Field(name: entry.key, value: text))
                }
            case "title":
                if let text = value.text {
                    incident.title = text
                    context.titleFromFrontMatter = true
                }
            case "kind", "type":
                switch value.text?.lowercased().replacingOccurrences(of: " ", with: "") {
                case "runbook", "playbook": incident.kind = .runbook
                case "nearmiss", "near_miss", "near-miss": incident.kind = .nearMiss
                case "incident", "postmortem", "post-mortem": incident.kind = .incident
                default: incident.metadata.append(Field(name: entry.key, value: value.text ?? ""))
                }
            case "date":
                guard let text = value.text else { continue }
                if let day = Day(iso: String(text.prefix(10))) ?? DateParser.day(in: text, order: context.order) {
                    incident.date = day
                } else {
                    warn("front matter date '\(text)' is not a date pm can read; write it YYYY-MM-DD")
                    incident.metadata.append(Field(name: entry.key, value: text))
                }
            case "severity", "sev":
                if let text = value.text {
                    incident.severity = Severity(parsing: text) ?? Severity(label: text, level: 3)
                }
            case "status":
                if let text = value.text { incident.status = IncidentStatus(label: text) }
            case "services", "service", "systems", "components":
                incident.services = value.list.map { ServiceName($0) }
            case "environment", "env":
                incident.environment = value.text
            case "tags", "labels", "categories":
                incident.tags = value.list
            case "authors", "author", "owner", "owners":
                incident.authors = value.list
            case "detected", "detected_at", "resolved", "resolved_at":
                guard value.text != nil else { continue }
                guard let time = timestamp(value, context: context) else {
                    warn(
                        "front matter \(entry.key) '\(value.text ?? "")' is not a time pm can read; write it as ISO 8601"
                    )
                    keep()
                    continue
                }
                if key.hasPrefix("detected") { incident.detected = time } else { incident.resolved = time }
            case "summary", "description":
                if let text = value.text { incident.summary = text }
            case "failure_modes":
                incident.failureModes = failureModes(value)
                if incident.failureModes.isEmpty { keep() }
            default:
                if let text = value.text { incident.metadata.append(Field(name: entry.key, value: text)) }
            }
        }
    }

    static func timestamp(_ value: FrontMatterValue, context: ImportContext) -> Timestamp? {
        guard let text = value.text else { return nil }
        if let exact = Timestamp(iso: text) { return exact }
        return DateParser.parse(text, order: context.order).at
    }

    /// `failure_modes: [a, b]` or a list of `{id, evidence, score}`; named modes score 1.
    static func failureModes(_ value: FrontMatterValue) -> [FailureModeMatch] {
        guard case .array(let items) = value else {
            return value.list.map { FailureModeMatch(id: FailureModeID($0), evidence: "", score: 1) }
        }
        return items.compactMap { item in
            switch item {
            case .table(let table):
                guard let id = table["id"]?.text else { return nil }
                let score: Double
                switch table["score"] {
                case .double(let value): score = value
                case .int(let value): score = Double(value)
                default: score = 1
                }
                return FailureModeMatch(id: FailureModeID(id), evidence: table["evidence"]?.text ?? "", score: score)
            default:
                return item.text.map { FailureModeMatch(id: FailureModeID($0), evidence: "", score: 1) }
            }
        }
    }
}
