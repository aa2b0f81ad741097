/// A promise the importer or the store broke on one input, found by `ImportHarness`.
public struct InvariantViolation: Hashable, Sendable, CustomStringConvertible {
    /// The promises checked on every input.
    public enum Invariant: String, Hashable, Sendable, CaseIterable {
        /// A document is either refused with a reason, or gives at least one incident.
        case importerResult = "importer-result"
        /// The incidents of one document have distinct ids (else one overwrites another).
        case distinctIDs = "distinct-ids"
        /// Every word of the source survives in the incidents (`ImportAudit`).
        case nothingLost = "nothing-lost"
        /// Storing the incidents of an imported document succeeds.
        case stored = "stored"
        /// An incident read back from the store equals the one stored.
        case roundTrip = "round-trip"
        /// Storing the same document again writes nothing (every outcome `unchanged`).
        case reimportUnchanged = "reimport-unchanged"
        /// The incident JSON (`pm show --format json`) can be written.
        case encodes = "encodes"
    }

    public var invariant: Invariant
    /// What was seen, for the report.
    public var detail: String

    public init(_ invariant: Invariant, _ detail: String) {
        self.invariant = invariant
        self.detail = detail
    }

    public var description: String { "[\(invariant.rawValue)] \(detail)" }
}
