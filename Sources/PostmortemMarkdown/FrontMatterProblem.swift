/// Why front matter could not be decoded, and where.
///
/// Parsing never fails because of front matter: the document carries this problem and the
/// raw text so the importer can warn and keep going.
public struct FrontMatterProblem: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line in the original file.
    public var line: Int
    /// The 1-based column (in characters for YAML, as libyaml counts; in bytes for TOML).
    public var column: Int
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates a problem.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
