import Foundation

/// Why a taxonomy could not be used: what is wrong, and where.
///
/// The message names the file, line and column when they are known (a taxonomy read from
/// YAML), then the mode and key at fault, and says what to do.
public struct TaxonomyError: Error, LocalizedError, Hashable, Sendable, CustomStringConvertible {
    /// The file the taxonomy came from ("taxonomy.yml"), when known.
    public var source: String?
    /// 1-based line and column in `source`, when known.
    public var line: Int?
    public var column: Int?
    /// The index of the mode at fault in the taxonomy's list, when the problem is in one.
    public var modeIndex: Int?
    /// The key at fault ("id", "patterns"), when the problem is in one.
    public var key: String?
    /// The index of the pattern at fault in the mode's `patterns`, when the problem is in one.
    public var patternIndex: Int?
    /// What is wrong and what to do, without the position.
    public var reason: String

    public init(
        reason: String, source: String? = nil, line: Int? = nil, column: Int? = nil, modeIndex: Int? = nil,
        key: String? = nil, patternIndex: Int? = nil
    ) {
        self.reason = reason
        self.source = source
        self.line = line
        self.column = column
        self.modeIndex = modeIndex
        self.key = key
        self.patternIndex = patternIndex
    }

    /// "taxonomy.yml:12:7: mode 'disk-full': …", or the reason alone when nothing locates it.
    public var description: String {
        var position: [String] = []
        if let source { position.append(source) }
        if let line {
            position.append(String(line))
            if let column { position.append(String(column)) }
        }
        return position.isEmpty ? reason : position.joined(separator: ":") + ": " + reason
    }

    public var errorDescription: String? { description }
}
