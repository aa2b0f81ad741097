import PostmortemKit

extension DocumentComposer {
    /// Steps any incident may have between the scenario's own.
    static let commonSteps = [
        "Incident declared in the incident channel; {who} takes the lead",
        "Status page updated: investigating",
        "{other} joins the call",
        "Customer support informed",
        "Status page updated: monitoring",
        "{who} posts an update for the rest of the company",
    ]

    static let severities = ["SEV1", "SEV2", "SEV3", "SEV4", "High", "Medium", "Low", "Critical"]
    static let statuses: [SyntheticFacts.HeadingLanguage: [String]] = [
        .english: ["Resolved", "Closed", "Reviewed", "Complete, action items in progress"],
        .french: ["Résolu", "Clos"],
        .german: ["Behoben", "Abgeschlossen"],
    ]

    mutating func composeIncident() -> SyntheticDocument {
        let scenario = random.pick(ScenarioCatalog.all) ?? ScenarioCatalog.diskFull
        chooseValues()
        let language = chooseLanguage()
        let headings = HeadingSet.of(language)
        let date = chooseDay()
        let title = fill(any(scenario.titles))
        let metadataForm: SyntheticFacts.MetadataForm =
            switch random.below(20) {
            case 0..<7: .yamlFrontMatter
            case 7..<10: .tomlFrontMatter
            default: .boldLabels
            }
        let timelineForm = random.pick(SyntheticFacts.TimelineForm.allCases) ?? .dashBullets
        let actionForm: SyntheticFacts.ActionItemForm = random.chance(50) ? .table : .checkboxes
        let events = timeline(for: scenario)
        let actions = actionItems(for: scenario)
        let wentWell = Array(random.shuffled(scenario.wentWell).prefix(random.within(1...3))).map(fill)
        let wentWrong = Array(random.shuffled(scenario.wentWrong).prefix(random.within(1...3))).map(fill)
        let impact = Array(scenario.impact.prefix(random.within(3...4))).map(fill)
        let volumeRows = scenario.involvesVolumes && random.chance(60) || random.chance(8) ? random.within(3...6) : 0
        let whys = scenario.whys.map { (fill($0.question), fill($0.answer)) }

        var head = ""
        head += metadata(form: metadataForm, title: title, date: date, language: language, headings: headings)
        var sections: [(heading: String, body: String)] = []
        sections.append((headings.timeline, timelineBody(events, form: timelineForm)))
        sections.append((headings.fiveWhys, whysBody(whys)))
        sections.append((headings.impact, impact.map { "- \($0)" }.joined(separator: "\n")))
        if volumeRows > 0 { sections.append((headings.volumes, volumeTable(rows: volumeRows))) }
        sections.append(
            (headings.actionItems, actionBody(actions, form: actionForm, date: date, headings: headings)))
        let lessonsAsOwnSections = random.chance(30)
        if lessonsAsOwnSections {
            sections.append((headings.wentWell, wentWell.map { "- \($0)" }.joined(separator: "\n")))
            sections.append((headings.wentWrong, wentWrong.map { "- \($0)" }.joined(separator: "\n")))
        } else {
            let body =
                "### \(headings.wentWell)\n\n" + wentWell.map { "- \($0)" }.joined(separator: "\n")
                + "\n\n### \(headings.wentWrong)\n\n" + wentWrong.map { "- \($0)" }.joined(separator: "\n")
            sections.append((headings.lessons, body))
        }

        // Prose sections, padded to the target size: summary, root cause, resolution, notes.
        var prose: [[String]] = [
            [fill("On \(written(date, language: .english)), {svc} failed in \(value("{cluster}")).")]
                + [fill(scenario.causes.first ?? "")],
            scenario.causes.map(fill),
            [fill("Recovery was led by {who}; the steps are in the timeline above.")],
            [fill("This document was reviewed by {whoFull} and {otherFull}.")],
        ]
        let fixed = head.utf8.count + sections.reduce(0) { $0 + $1.heading.utf8.count + $1.body.utf8.count + 6 } + 80
        let proseSize = prose.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
        Self.pad(&prose, from: fillerSentences(), size: fixed + proseSize, target: random.within(5300...7600))

        var text = head
        text += "## \(headings.summary)\n\n\(Self.paragraphs(prose[0]))\n\n"
        text += "## \(headings.rootCause)\n\n\(Self.paragraphs(prose[1]))\n\n"
        for (index, section) in sections.enumerated() {
            text += "## \(section.heading)\n\n\(section.body)\n\n"
            if index == 0 { text += "## \(headings.resolution)\n\n\(Self.paragraphs(prose[2]))\n\n" }
        }
        text += "## \(headings.notes)\n\n\(Self.paragraphs(prose[3]))\n"

        let facts = SyntheticFacts(
            kind: .incident, title: title, date: date, scenario: scenario.id, metadataForm: metadataForm,
            language: language, timelineForm: timelineForm, actionItemForm: actionForm, timeline: events,
            whys: whys.count, actionItems: actions, wentWell: wentWell.count, wentWrong: wentWrong.count,
            impactItems: impact.count, volumeMappings: volumeRows)
        return SyntheticDocument(name: fileName(date: date, title: title), text: text, facts: facts)
    }

    // MARK: - Metadata

    mutating func metadata(
        form: SyntheticFacts.MetadataForm, title: String, date: Day, language: SyntheticFacts.HeadingLanguage,
        headings: HeadingSet
    ) -> String {
        let severity = any(Self.severities)
        let status = any(Self.statuses[language] ?? ["Resolved"])
        var authors = [value("{whoFull}")]
        if random.chance(50) { authors.append(value("{otherFull}")) }
        let services = [value("{svc}"), value("{dep}").replacingOccurrences(of: "the ", with: "")]
        let tags = Array(random.shuffled(Vocabulary.tags).prefix(random.within(1...3)))
        let environment = any(Vocabulary.environments)
        let quoted = { (items: [String]) in "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        switch form {
        case .yamlFrontMatter:
            var text = "---\n"
            text += "id: syn-\(hex(8))\n"
            text += "title: \"\(title)\"\ndate: \(date)\nseverity: \(severity)\nstatus: \(status)\n"
            text += "authors: \(quoted(authors))\nservices: \(quoted(services))\ntags: \(quoted(tags))\n"
            text += "environment: \(environment)\n---\n\n# \(title)\n\n"
            return text
        case .tomlFrontMatter:
            var text = "+++\n"
            text += "title = \"\(title)\"\ndate = \(date)T\(random.within(10...23)):00:00Z\n"
            text += "severity = \"\(severity)\"\nstatus = \"\(status)\"\nauthors = \(quoted(authors))\n"
            text += "services = \(quoted(services))\ntags = \(quoted(tags))\ndraft = false\n+++\n\n"
            if random.chance(50) { text += "# \(title)\n\n" }
            return text
        case .boldLabels:
            let heading: String
            switch (language, random.below(4)) {
            case (.french, _): heading = "Post-mortem : \(title)"
            case (.german, _): heading = "Störungsbericht: \(title)"
            case (_, 0): heading = "Post-Mortem: \(title)"
            case (_, 1): heading = "Incident: \(title) (\(date))"
            case (_, 2): heading = "Incident Report: \(title)"
            default: heading = title
            }
            let colon = language == .french ? " :" : ":"
            var text = "# \(heading)\n\n"
            text += "**\(headings.date)\(colon)** \(written(date, language: language))\n"
            text += "**\(headings.severity)\(colon)** \(severity)\n"
            text += "**\(headings.status)\(colon)** \(status)\n"
            text += "**\(headings.authors)\(colon)** \(authors.joined(separator: ", "))\n"
            text += "**\(headings.services)\(colon)** \(services.joined(separator: ", "))\n\n"
            return text
        }
    }

    // MARK: - Timeline

    mutating func timeline(for scenario: Scenario) -> [SyntheticFacts.Event] {
        var steps = scenario.steps
        let extra = max(0, random.within(7...12) - steps.count)
        for step in random.shuffled(Self.commonSteps).prefix(extra) {
            steps.insert(step, at: random.within(1...steps.count))
        }
        var minutes = random.within(0...14) * 60 + random.below(60)
        var events: [SyntheticFacts.Event] = []
        for (position, step) in steps.enumerated() {
            let outcome: Outcome?
            if position == steps.count - 1 {
                outcome = .success
            } else if random.chance(25) {
                outcome = random.pick(Outcome.allCases)
            } else {
                outcome = nil
            }
            let hour = minutes / 60
            let minute = minutes % 60
            let time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
            events.append(SyntheticFacts.Event(time: time, text: fill(step), outcome: outcome))
            minutes = min(minutes + random.within(2...35), 23 * 60 + 59)
        }
        return events
    }

    static func marker(_ outcome: Outcome?) -> String {
        switch outcome {
        case .success: " ✅"
        case .warning: " ⚠️"
        case .failure: " ❌"
        case nil: ""
        }
    }

    mutating func timelineBody(_ events: [SyntheticFacts.Event], form: SyntheticFacts.TimelineForm) -> String {
        var lines: [String] = []
        if random.chance(50) { lines.append("All times UTC.\n") }
        switch form {
        case .table:
            lines.append("| Time (UTC) | Event |\n|------------|-------|")
            for event in events { lines.append("| \(event.time) | \(event.text)\(Self.marker(event.outcome)) |") }
        case .dashBullets:
            for event in events { lines.append("- \(event.time) UTC — \(event.text)\(Self.marker(event.outcome))") }
        case .boldTimeParagraphs:
            for event in events { lines.append("**\(event.time)** \(event.text)\(Self.marker(event.outcome))\n") }
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    // MARK: - Whys, actions, volumes

    func whysBody(_ whys: [(String, String)]) -> String {
        whys.enumerated().map { "\($0.offset + 1). \($0.element.0) \($0.element.1)" }.joined(separator: "\n")
    }

    mutating func actionItems(for scenario: Scenario) -> [SyntheticFacts.Action] {
        let count = min(scenario.actions.count, random.within(3...6))
        return random.shuffled(scenario.actions).prefix(count).map { action in
            SyntheticFacts.Action(text: fill(action), owner: firstName(any(Vocabulary.people)), done: random.chance(35))
        }
    }

    mutating func actionBody(
        _ actions: [SyntheticFacts.Action], form: SyntheticFacts.ActionItemForm, date: Day, headings: HeadingSet
    ) -> String {
        switch form {
        case .checkboxes:
            return actions.map { "- [\($0.done ? "x" : " ")] \($0.text) (\($0.owner))" }.joined(separator: "\n")
        case .table:
            var lines = [
                "| " + headings.actionHeader.joined(separator: " | ") + " |",
                "|" + String(repeating: "---|", count: headings.actionHeader.count),
            ]
            for action in actions {
                let status = action.done ? headings.done : (random.chance(30) ? headings.inProgress : headings.open)
                let due = Self.adding(random.within(7...60), to: date)
                lines.append("| P\(random.within(1...3)) | \(action.text) | \(action.owner) | \(status) | \(due) |")
            }
            return lines.joined(separator: "\n")
        }
    }

    mutating func volumeTable(rows: Int) -> String {
        var lines = ["| App | PV | Size | PVC |", "|-----|----|------|-----|"]
        let apps = random.shuffled(Vocabulary.services).prefix(rows)
        for app in apps {
            let name = app.lowercased().replacingOccurrences(of: " ", with: "-")
            let role = any(["data", "db", "config", "media", "wal"])
            let size = any(["1Gi", "5Gi", "8Gi", "10Gi", "20Gi", "50Gi", "100Gi"])
            lines.append("| \(name) (\(role)) | `pvc-\(hex(8))-\(hex(4))` | \(size) | `\(name)/\(name)-\(role)` |")
        }
        return lines.joined(separator: "\n")
    }
}
