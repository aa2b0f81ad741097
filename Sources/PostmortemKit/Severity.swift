/// How bad an incident was: the label as the document wrote it and a normalised level,
/// 1 (most severe: SEV1, critical, P0) to 5 (least: SEV5, trivial).
public struct Severity: Hashable, Codable, Sendable {
    public var label: String
    public var level: Int

    public init(label: String, level: Int) {
        self.label = label
        self.level = min(5, max(1, level))
    }

    /// Reads a severity as teams write it: `SEV1`, `Sev 2`, `S3`, `P0`, `critical`, `HIGH`,
    /// `major`, `minor`, `low`, a bare digit, French and German words. Nil when the text
    /// names no level.
    public init?(parsing text: String) {
        let label = text.trimmingWhitespace()
        guard let level = Severity.level(of: label) else { return nil }
        self.init(label: label, level: level)
    }

    static func level(of label: String) -> Int? {
        let folded = label.lowercasedWithoutDiacritics()
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return nil }
        // "SEV1", "sev-2", "S3", "P0", "level 4"
        let compact = words.joined()
        for prefix in ["severity", "sev", "level", "s", "p"] where compact.hasPrefix(prefix) {
            if let digit = Int(compact.dropFirst(prefix.count)), (0...5).contains(digit) {
                return prefix == "p" ? digit + 1 : max(1, digit)
            }
        }
        if let digit = Int(first), (1...5).contains(digit) { return digit }
        let table: [(Int, [String])] = [
            (1, ["critical", "critique", "kritisch", "blocker", "emergency", "catastrophic", "fatal", "urgent"]),
            (2, ["high", "major", "severe", "serious", "haute", "eleve", "hoch", "schwer", "important"]),
            (3, ["medium", "moderate", "moyenne", "moyen", "mittel", "normal"]),
            (4, ["low", "minor", "faible", "basse", "niedrig", "gering"]),
            (5, ["trivial", "info", "informational", "cosmetic", "none"]),
        ]
        for word in words {
            for (level, names) in table where names.contains(word) { return level }
        }
        return nil
    }
}
