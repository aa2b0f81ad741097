/// How a timeline step went, e.g. from the markers ✅ ⚠️ ❌ in a row.
public enum Outcome: String, Codable, Sendable, CaseIterable {
    case success
    case warning
    case failure

    /// The outcome a marker or word announces ("✅", "✔", "⚠️", "❌", "✗", "OK", "FAILED"),
    /// or nil.
    public init?(marker: String) {
        let text = marker.trimmingSpaces()
        if ["✅", "✔", "☑", "🟢"].contains(where: text.hasPrefix) {
            self = .success
        } else if ["⚠", "🟡", "🟠"].contains(where: text.hasPrefix) {
            self = .warning
        } else if ["❌", "✗", "✘", "❎", "🔴", "⛔"].contains(where: text.hasPrefix) {
            self = .failure
        } else {
            return nil
        }
    }
}
