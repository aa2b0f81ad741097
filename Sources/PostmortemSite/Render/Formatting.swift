import PostmortemKit

/// How the site writes numbers, durations and times: the same on every machine and locale.
enum Formatting {
    /// A duration in seconds as a short phrase: "45 s", "12 min", "3 h 20 min", "2 d 4 h".
    static func duration(seconds: Int) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 48 {
            let rest = minutes % 60
            return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
        }
        let days = hours / 24
        let rest = hours % 24
        return rest == 0 ? "\(days) d" : "\(days) d \(rest) h"
    }

    /// A timestamp as "2026-02-20 14:02 UTC", "2026-02-20 14:02 +01:00" or "2026-02-20".
    static func timestamp(_ timestamp: Timestamp) -> String {
        var text = timestamp.day.description
        guard let hour = timestamp.hour else { return text }
        text += " " + pad(hour) + ":" + pad(timestamp.minute ?? 0)
        if let offset = timestamp.utcOffsetMinutes {
            if offset == 0 {
                text += " UTC"
            } else {
                text += " " + (offset < 0 ? "-" : "+") + pad(abs(offset) / 60) + ":" + pad(abs(offset) % 60)
            }
        }
        return text
    }

    /// Minutes since 1970 of a timestamp (UTC when its offset is known, else as written);
    /// nil without a time of day.
    static func minutes(_ timestamp: Timestamp) -> Int? {
        guard let hour = timestamp.hour else { return nil }
        return timestamp.day.daysSinceEpoch * 1440 + hour * 60 + (timestamp.minute ?? 0)
            - (timestamp.utcOffsetMinutes ?? 0)
    }

    static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// "1 incident", "3 incidents".
    static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    /// Month names for labels, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A number with one decimal ("3.5"), the same everywhere.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
