import PostmortemKit

/// What the generator wrote into one synthetic document: its dialect (which form each part
/// took) and the parts themselves, so a test can tell what an import should recognise.
public struct SyntheticFacts: Sendable, Hashable {
    /// A post-mortem or a runbook.
    public enum Kind: String, Sendable, CaseIterable {
        case incident
        case runbook
    }

    /// How the metadata is written.
    public enum MetadataForm: String, Sendable, CaseIterable {
        /// `---` YAML front matter.
        case yamlFrontMatter
        /// `+++` TOML front matter (a Hugo blog post).
        case tomlFrontMatter
        /// `**Date:** …` lines under the title.
        case boldLabels
    }

    /// How the timeline is written.
    public enum TimelineForm: String, Sendable, CaseIterable {
        /// A `| Time (UTC) | Event |` table.
        case table
        /// `- 14:02 UTC — …` bullets.
        case dashBullets
        /// `**14:02** …` paragraphs, one per event.
        case boldTimeParagraphs
    }

    /// How the action items are written.
    public enum ActionItemForm: String, Sendable, CaseIterable {
        /// A `| Priority | Action | Owner | Status | Due |` table.
        case table
        /// `- [x] …` / `- [ ] …` checkboxes with the owner in parentheses.
        case checkboxes
    }

    /// The language of the headings and metadata labels (the prose stays English).
    public enum HeadingLanguage: String, Sendable, CaseIterable {
        case english
        case french
        case german
    }

    /// One timeline entry as written: `"14:02"`, the event text without marker, the marker.
    public struct Event: Sendable, Hashable {
        public var time: String
        public var text: String
        public var outcome: Outcome?

        public init(time: String, text: String, outcome: Outcome?) {
            self.time = time
            self.text = text
            self.outcome = outcome
        }
    }

    /// One action item as written.
    public struct Action: Sendable, Hashable {
        public var text: String
        public var owner: String
        public var done: Bool

        public init(text: String, owner: String, done: Bool) {
            self.text = text
            self.owner = owner
            self.done = done
        }
    }

    public var kind: Kind
    /// The title without prefix or date, as an import should read it.
    public var title: String
    /// The incident's day (nil for a runbook).
    public var date: Day?
    /// The failure scenario the text was written from ("disk-full", "dns", …).
    public var scenario: String
    public var metadataForm: MetadataForm
    public var language: HeadingLanguage
    /// The timeline's form (nil for a runbook).
    public var timelineForm: TimelineForm?
    /// The action items' form (nil for a runbook).
    public var actionItemForm: ActionItemForm?
    public var timeline: [Event]
    public var whys: Int
    public var actionItems: [Action]
    public var wentWell: Int
    public var wentWrong: Int
    public var impactItems: Int
    /// Rows of the App | PV | Size | PVC table (0 when the document has none).
    public var volumeMappings: Int
    /// A runbook's numbered steps.
    public var procedureSteps: Int
    /// A runbook's Symptom | Cause | Fix rows.
    public var troubleshootingEntries: Int

    public init(
        kind: Kind, title: String, date: Day?, scenario: String, metadataForm: MetadataForm,
        language: HeadingLanguage, timelineForm: TimelineForm? = nil, actionItemForm: ActionItemForm? = nil,
        timeline: [Event] = [], whys: Int = 0, actionItems: [Action] = [], wentWell: Int = 0, wentWrong: Int = 0,
        impactItems: Int = 0, volumeMappings: Int = 0, procedureSteps: Int = 0, troubleshootingEntries: Int = 0
    ) {
        self.kind = kind
        self.title = title
        self.date = date
        self.scenario = scenario
        self.metadataForm = metadataForm
        self.language = language
        self.timelineForm = timelineForm
        self.actionItemForm = actionItemForm
        self.timeline = timeline
        self.whys = whys
        self.actionItems = actionItems
        self.wentWell = wentWell
        self.wentWrong = wentWrong
        self.impactItems = impactItems
        self.volumeMappings = volumeMappings
        self.procedureSteps = procedureSteps
        self.troubleshootingEntries = troubleshootingEntries
    }
}
