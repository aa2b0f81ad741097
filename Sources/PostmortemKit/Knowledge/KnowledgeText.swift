/// Plain-text and Markdown renderings of the cross-incident views: what `pm lessons`,
/// `pm actions`, `pm stats`, `pm related` and `pm services` print. Every function returns
/// the whole text, ending with a newline.
public enum KnowledgeText {
    /// The lesson index: one block per failure mode, each lesson with its incidents.
    public static func lessons(_ index: LessonIndex) -> String {
        guard !index.groups.isEmpty else { return "No lessons.\n" }
        var lines: [String] = []
        for group in index.groups {
            if !lines.isEmpty { lines.append("") }
            let id = group.failureMode.map { " (\($0))" } ?? ""
            lines.append(
                "\(group.name)\(id) — \(count(group.lessons.count, "lesson")) from \(count(group.incidents, "incident"))"
            )
            for lesson in group.lessons {
                let kind = lesson.kind == .learned ? "" : "[\(lesson.kind.rawValue)] "
                lines.append("  - \(kind)\(oneLine(lesson.text))")
                lines.append("    " + lesson.incidents.map(\.rawValue).joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lesson index as a Markdown document: a heading per failure mode, a bullet per
    /// lesson followed by its incidents' ids and titles (`titles`, by id).
    public static func lessonsMarkdown(_ index: LessonIndex, titles: [IncidentID: String], heading: String) -> String {
        var text = "# \(heading)\n"
        if index.groups.isEmpty { return text + "\nNo lessons.\n" }
        for group in index.groups {
            let id = group.failureMode.map { " (`\($0)`)" } ?? ""
            text += "\n## \(group.name)\(id)\n\n"
            for lesson in group.lessons {
                let kind = lesson.kind == .learned ? "" : " *(\(words(lesson.kind)))*"
                let sources = lesson.incidents.map { id in
                    titles[id].map { "`\(id)` \($0)" } ?? "`\(id)`"
                }
                text += "- \(oneLine(lesson.text))\(kind) — " + sources.joined(separator: "; ") + "\n"
            }
        }
        return text
    }

    /// The action board: a block per group with its counts, one line per action.
    public static func actions(_ board: ActionBoard) -> String {
        var lines: [String] = []
        for group in board.groups {
            if !lines.isEmpty { lines.append("") }
            var heading = group.incident.map { "\($0)  " } ?? ""
            if let date = group.date { heading += "\(date)  " }
            heading += group.title
            lines.append("\(heading) — \(summary(group.counts))")
            for action in group.actions {
                var parts = ["[\(action.status.rawValue)]"]
                if let priority = action.priority { parts.append(priority.label) }
                parts.append(oneLine(action.text))
                if group.incident != nil, let owner = action.owner { parts.append("(owner: \(owner))") }
                if group.incident == nil { parts.append("(\(action.incident))") }
                if let due = action.due { parts.append(action.overdue ? "(due \(due), OVERDUE)" : "(due \(due))") }
                if action.isRepeat {
                    let more = action.repeats - action.repeatedIn.count
                    parts.append(
                        "(repeat: also in " + action.repeatedIn.map(\.rawValue).joined(separator: ", ")
                            + (more > 0 ? " and \(more) more" : "") + ")")
                }
                lines.append("  - " + parts.joined(separator: " "))
            }
        }
        if !lines.isEmpty { lines.append("") }
        lines.append("\(summary(board.counts)) in \(count(board.groups.count, "group"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The stats: counts per month, severity, failure mode and service; the duration
    /// summaries; action items by status.
    public static func stats(_ stats: IncidentStats) -> String {
        var lines = [
            "\(count(stats.incidents, "incident")) (\(stats.undated) undated), "
                + "\(count(stats.nearMisses, "near miss", plural: "near misses")), \(count(stats.runbooks, "runbook"))"
        ]
        func table(_ title: String, _ counts: [IncidentStats.Count]) {
            lines.append("")
            lines.append(title)
            guard !counts.isEmpty else {
                lines.append("  (none)")
                return
            }
            let width = counts.map(\.name.count).max() ?? 0
            for entry in counts {
                lines.append(
                    "  " + entry.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                        + String(entry.incidents))
            }
        }
        table("Incidents per month", stats.perMonth)
        table("By severity", stats.bySeverity)
        table("By failure mode", stats.byFailureMode)
        table("By service", stats.byService)
        for (title, summary) in [("Time to detect", stats.timeToDetect), ("Time to resolve", stats.timeToResolve)] {
            lines.append("")
            lines.append("\(title) (\(count(summary.count, "incident")) with one)")
            guard let median = summary.median, let p90 = summary.p90 else {
                lines.append("  (no incident gives one)")
                continue
            }
            lines.append(
                "  median \(DurationSummary.format(seconds: median)), p90 \(DurationSummary.format(seconds: p90)), "
                    + "range \(DurationSummary.format(seconds: summary.minimum ?? 0)) – "
                    + "\(DurationSummary.format(seconds: summary.maximum ?? 0))")
            let width = summary.buckets.map(\.label.count).max() ?? 0
            let most = summary.buckets.map(\.count).max() ?? 0
            for bucket in summary.buckets {
                let bar = most == 0 ? "" : String(repeating: "#", count: (bucket.count * 30 + most - 1) / most)
                lines.append(
                    "  " + bucket.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                        + String(bucket.count).leftPadded(to: 5) + (bar.isEmpty ? "" : "  " + bar))
            }
        }
        let actions = stats.actions
        lines.append("")
        lines.append(
            "Action items: \(actions.total) — \(actions.open) open, \(actions.inProgress) in progress, "
                + "\(actions.done) done, \(actions.wontDo) won't do")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The incidents related to `subject`, each with its score explained.
    public static func related(_ related: [RelatedIncident], to subject: IncidentFacts) -> String {
        var lines = ["Related to \(subject.id)  \(subject.title)"]
        if related.isEmpty {
            lines.append("  nothing shares a failure mode, a service, a resource or enough text with it")
        }
        for incident in related {
            lines.append("")
            let date = incident.date.map { "\($0)  " } ?? ""
            lines.append("\(incident.id)  \(date)\(incident.title)  (score \(number(incident.score)))")
            let modes = incident.failureModes.map(\.rawValue)
            if !modes.isEmpty {
                let points = number(Double(modes.count) * RelatedIncidents.failureModeWeight)
                lines.append("  failure modes: \(modes.joined(separator: ", ")) (+\(points))")
            }
            if !incident.services.isEmpty {
                let points = number(Double(incident.services.count) * RelatedIncidents.serviceWeight)
                lines.append("  services: \(incident.services.joined(separator: ", ")) (+\(points))")
            }
            if !incident.resources.isEmpty {
                let counted = min(RelatedIncidents.resourcesCounted, incident.resources.count)
                let points = number(Double(counted) * RelatedIncidents.resourceWeight)
                lines.append("  resources: \(incident.resources.joined(separator: ", ")) (+\(points))")
            }
            if incident.textScore > 0 {
                let shared = incident.words.isEmpty ? "" : ": " + incident.words.joined(separator: ", ")
                lines.append("  text\(shared) (+\(number(incident.textScore)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The services and resources with the incidents that touched them.
    public static func services(_ index: ServiceIndex) -> String {
        guard !index.services.isEmpty else { return "No services.\n" }
        var lines: [String] = []
        var kind: ServiceIndex.Kind?
        for entry in index.services {
            if entry.kind != kind {
                if kind != nil { lines.append("") }
                kind = entry.kind
                lines.append(entry.kind == .service ? "Services" : entry.kind == .volume ? "Volumes" : "Claims")
            }
            let touches = entry.touches.map { touch in
                touch.via == [.declared]
                    ? touch.incident.rawValue
                    : "\(touch.incident) (\(touch.via.map(\.rawValue).joined(separator: ", ")))"
            }
            lines.append(
                "  \(entry.name) — \(count(entry.touches.count, "incident")): " + touches.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ counts: ActionBoard.Counts) -> String {
        var parts = [count(counts.total, "action"), "\(counts.open) open"]
        if counts.inProgress > 0 { parts.append("\(counts.inProgress) in progress") }
        parts.append("\(counts.done) done")
        if counts.wontDo > 0 { parts.append("\(counts.wontDo) won't do") }
        if counts.overdue > 0 { parts.append("\(counts.overdue) overdue") }
        if counts.repeats > 0 { parts.append("\(counts.repeats) repeated") }
        return parts.joined(separator: ", ")
    }

    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) " + (value == 1 ? noun : plural ?? noun + "s")
    }

    static func words(_ origin: LessonStatement.Origin) -> String {
        switch origin {
        case .learned: "learned"
        case .wentWell: "went well"
        case .wentWrong: "went wrong"
        case .lucky: "lucky"
        case .troubleshooting: "troubleshooting"
        }
    }

    /// A score with at most two decimals, trailing zeros dropped ("3", "4.5", "1.27").
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let rest = abs(hundredths % 100)
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole)." + (rest < 10 ? "0" : "") + "\(rest)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

extension String {
    /// The text with spaces before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
