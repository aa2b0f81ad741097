import PostmortemKit

/// Outcome markers in timeline text: ✅ success, ⚠️ warning, ❌ failure (and their
/// look-alikes, per `Outcome(marker:)`). Other emoji (🔍, 🔔) carry no outcome.
enum OutcomeMarker {
    /// What one text says about the outcome.
    struct Reading: Equatable {
        var outcome: Outcome
        /// The text without its marker when the marker led it; else the text unchanged, so
        /// a marker inside a sentence stays where the author put it.
        var text: String
    }

    /// The first marker in `text`, or nil.
    static func read(_ text: String) -> Reading? {
        let trimmed = text.trimmingSpaces()
        for (offset, character) in trimmed.enumerated() {
            // By first scalar: "⚠️" is "⚠" and a variation selector, one character that
            // does not start with the character "⚠".
            guard let scalar = character.unicodeScalars.first, let outcome = Outcome(marker: String(scalar)) else {
                continue
            }
            guard offset == 0 else { return Reading(outcome: outcome, text: trimmed) }
            let rest = trimmed.dropFirst().trimmingSpaces()
            return Reading(outcome: outcome, text: rest)
        }
        return nil
    }

    /// The outcome a whole cell of an outcome column names in words ("OK", "Failed",
    /// "Partial"); nil for anything longer or less plain.
    static func word(_ text: String) -> Outcome? {
        let key = text.trimmingSpaces().lowercased()
            .trimmingCharacters(in: .punctuationCharacters)
        switch key {
        case "ok", "success", "succeeded", "successful", "done", "resolved", "fixed", "erfolgreich", "réussi", "succès":
            return .success
        case "failed", "failure", "fail", "error", "fehlgeschlagen", "échec", "echec":
            return .failure
        case "partial", "partially", "warning", "degraded", "teilweise", "partiel":
            return .warning
        default:
            return nil
        }
    }
}
