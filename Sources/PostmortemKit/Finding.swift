/// Something pm noticed about a document: an import warning, a repaired encoding, a lint
/// rule's verdict. Printed GCC-style as `path:line:col: severity: message [rule]` so that
/// editors and CI annotate it.
public struct Finding: Hashable, Codable, Sendable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// 1-based; 0 when the finding is about the whole document.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    public var severity: Severity
    /// A stable id ("mojibake-repaired", "timeline-order", "blameless-language").
    public var rule: String
    public var message: String

    public init(line: Int, column: Int, severity: Severity, rule: String, message: String) {
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// `path:line:col: severity: message [rule]`.
    public func formatted(path: String) -> String {
        "\(path):\(max(line, 1)):\(max(column, 1)): \(severity.rawValue): \(message) [\(rule)]"
    }
}
