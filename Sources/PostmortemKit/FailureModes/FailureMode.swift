/// One kind of failure that infrastructure incidents show, and the phrases that suggest it.
public struct FailureMode: Hashable, Sendable, Identifiable {
    /// Kebab-case and stable: incidents and front matter refer to it.
    public var id: FailureModeID
    /// A short human name ("Disk full").
    public var name: String
    /// What the mode is, in a sentence or two.
    public var description: String
    public var category: FailureModeCategory
    /// The phrases that suggest the mode; at least one.
    public var patterns: [FailureModePattern]
    /// Phrases that, in the same sentence, cancel this mode's matches ("memory leak" for a
    /// leaked secret).
    public var negatives: [String]

    public init(
        id: FailureModeID, name: String, description: String = "", category: FailureModeCategory,
        patterns: [FailureModePattern], negatives: [String] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.category = category
        self.patterns = patterns
        self.negatives = negatives
    }
}
