/// One step of a 5-whys chain.
public struct Why: Hashable, Codable, Sendable {
    public var question: String
    public var answer: String
    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}

/// Something learned, and how it was learned.
public struct Lesson: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case learned, wentWell, wentWrong, lucky
    }

    public var text: String
    public var kind: Kind

    public init(text: String, kind: Kind = .learned) {
        self.text = text
        self.kind = kind
    }
}

/// A runbook's troubleshooting entry: what you see, why, and what to do.
public struct TroubleshootingEntry: Hashable, Codable, Sendable {
    public var symptom: String
    public var cause: String
    public var fix: String
    public init(symptom: String, cause: String, fix: String) {
        self.symptom = symptom
        self.cause = cause
        self.fix = fix
    }
}

/// A failure mode the incident shows, with the sentence that is its evidence.
public struct FailureModeMatch: Hashable, Codable, Sendable {
    public var id: FailureModeID
    public var evidence: String
    /// 0–1; 1 for a mode the document's own front matter names.
    public var score: Double
    public init(id: FailureModeID, evidence: String, score: Double) {
        self.id = id
        self.evidence = evidence
        self.score = score
    }
}

/// A section the importer kept as it was: its heading and its Markdown, verbatim.
public struct Section: Hashable, Codable, Sendable {
    public var heading: String
    public var markdown: String
    public init(heading: String, markdown: String) {
        self.heading = heading
        self.markdown = markdown
    }
}

/// Where an incident was read from.
public struct SourceInfo: Hashable, Codable, Sendable {
    /// The path as given on the command line or relative to the knowledge base.
    public var path: String
    /// `StableHash.hex` of the file's bytes.
    public var contentHash: String
    /// The encoding found ("utf-8", "utf-8-bom", "utf-16le", "windows-1252", "utf-8+mojibake-repaired").
    public var encoding: String
    public init(path: String, contentHash: String, encoding: String) {
        self.path = path
        self.contentHash = contentHash
        self.encoding = encoding
    }
}
