import PostmortemKit

/// What importing one document gave: its incidents (several for an incident log), the
/// findings with line:column, or why it could not be imported at all.
public struct ImportedDocument: Sendable, Equatable {
    /// The path as given.
    public var path: String
    public var incidents: [Incident]
    public var findings: [Finding]
    /// Why nothing was imported (empty, binary, too large …), or nil.
    public var failure: String?
    /// The encoding found, when the bytes could be decoded.
    public var encoding: SourceEncoding?
    /// A fingerprint of the decoded text that survives a rename or a move (whitespace and
    /// line endings folded), for recognising a re-import of the same document.
    public var fingerprint: String?
    /// Whether the document named its incidents' ids itself (front matter `id:`), so the
    /// store must keep them rather than match the document to one it has seen.
    public var givesIDs: Bool

    public init(
        path: String, incidents: [Incident] = [], findings: [Finding] = [], failure: String? = nil,
        encoding: SourceEncoding? = nil, fingerprint: String? = nil, givesIDs: Bool = false
    ) {
        self.givesIDs = givesIDs
        self.path = path
        self.incidents = incidents
        self.findings = findings
        self.failure = failure
        self.encoding = encoding
        self.fingerprint = fingerprint
    }
}
