/// A phrase that suggests a failure mode, and how strongly.
///
/// Phrases are plain words, matched on word boundaries, ignoring case, diacritics and the
/// punctuation between words: "re-ran initdb" matches "re ran initdb" and "Re-ran `initdb`",
/// and "dns" matches "kube-dns" but not "dnsmasq".
public struct FailureModePattern: Hashable, Sendable {
    /// The words to find, as written in the taxonomy.
    public var phrase: String
    /// How strongly the phrase suggests the mode, in (0, 1]; 1 (the default) for a phrase
    /// that names the mode outright, lower for a hint.
    public var weight: Double

    public init(_ phrase: String, weight: Double = 1) {
        self.phrase = phrase
        self.weight = weight
    }
}
