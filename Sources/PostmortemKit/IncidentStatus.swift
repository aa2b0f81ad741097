/// Where a post-mortem stands, as written ("Draft", "Critical Investigation", "Résolu")
/// plus the phase it maps to. Encoded as the label alone.
public struct IncidentStatus: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Phase: String, Codable, Sendable, CaseIterable {
        case draft, investigating, mitigated, resolved, reviewed, unknown
    }

    public var label: String
    public var phase: Phase

    public init(label: String) {
        self.label = label
        self.phase = IncidentStatus.phase(of: label)
    }

    public static let draft = IncidentStatus(label: "draft")

    public var description: String { label }

    static func phase(of label: String) -> Phase {
        let folded = label.lowercasedWithoutDiacritics()
        let table: [(Phase, [String])] = [
            (.draft, ["draft", "brouillon", "entwurf", "wip"]),
            (.reviewed, ["reviewed", "published", "final", "closed", "complete", "approved", "abgeschlossen"]),
            (.resolved, ["resolved", "fixed", "resolu", "behoben", "geloest", "gelost", "done"]),
            (.mitigated, ["mitigated", "monitoring", "stable", "attenue"]),
            (.investigating, ["investigat", "ongoing", "open", "active", "en cours", "analyse", "untersuchung"]),
        ]
        for (phase, needles) in table where needles.contains(where: { folded.contains($0) }) {
            return phase
        }
        return .unknown
    }

    public init(from decoder: Decoder) throws {
        self.init(label: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}
