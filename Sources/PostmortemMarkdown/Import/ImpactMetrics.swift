import Foundation
import PostmortemKit

/// Reads impact metrics from a labelled line (`**Users affected:** 5,300 logged-in
/// customers`, `**Recovery Time:** ~11 hours (discovered at 18:00 …)`, `**Availability:**
/// 99.2% for the portal`, `**Data loss:** none`) or from an impact sentence ("about 4,100
/// customers affected", "(14 users affected)"). The first value found for a metric wins.
enum ImpactMetrics {
    /// Applies one metadata line; an `Impact:` line also becomes an impact item.
    static func read(_ line: MetadataLine, into impact: inout Impact) {
        let value = line.value.trimmingSpaces()
        guard !value.isEmpty else { return }
        switch line.key {
        case .usersAffected:
            if impact.usersAffected == nil { impact.usersAffected = leadingCount(in: value) }
        case .duration:
            guard impact.duration == nil else { return }
            let measure = leadingMeasure(value)
            impact.duration = measure
            impact.durationSeconds = DurationParser.seconds(in: measure)
        case .availability:
            if impact.availability == nil { impact.availability = percentage(in: value) ?? value }
        case .dataLoss:
            if impact.dataLoss == nil { impact.dataLoss = value }
        case .impact:
            if !impact.items.contains(value) { impact.items.append(value) }
            readSentence(value, into: &impact)
        default:
            return
        }
    }

    /// Whether `impact` holds `value` of a `key` line whole, as written: a metric read out of
    /// a longer value ("5,300 logged-in customers" → 5300) or a second, different value does not.
    static func holds(_ value: String, of key: MetadataKey?, in impact: Impact) -> Bool {
        switch key {
        case .usersAffected: return impact.usersAffected.map(String.init) == value
        case .duration: return impact.duration == value
        case .availability: return impact.availability == value
        case .dataLoss: return impact.dataLoss == value
        case .impact: return impact.items.contains(value)
        default: return false
        }
    }

    /// Reads "N users/customers affected" out of free text.
    static func readSentence(_ text: String, into impact: inout Impact) {
        guard impact.usersAffected == nil, text.contains(where: \.isNumber) else { return }
        if let match = text.firstMatch(of: usersAffectedPattern) {
            impact.usersAffected = leadingCount(in: String(match.output.1))
        }
    }

    /// The first whole number in `text`, thousands separators allowed ("5,300" → 5300).
    static func leadingCount(in text: String) -> Int? {
        guard let match = text.firstMatch(of: countPattern) else { return nil }
        return Int(match.output.filter(\.isNumber))
    }

    /// The first percentage in `text` ("99.2%").
    static func percentage(in text: String) -> String? {
        guard text.contains("%") else { return nil }
        return text.firstMatch(of: percentagePattern).map { String($0.output) }
    }

    // Compiled once: `Regex` is not `Sendable`, but these are immutable and only read.
    nonisolated(unsafe) private static let usersAffectedPattern =
        #/(\d[\d,.' ]*\d|\d)\s+(?:[\p{L}-]+\s+){0,2}?(?:users?|customers?|accounts?|people|clients?|utilisateurs?|Nutzer|Benutzer|Kunden)\b[^.;]{0,20}?\b(?:affected|impacted|betroffen|affectés?|impactés?)/#
        .ignoresCase()
    nonisolated(unsafe) private static let countPattern = #/\d{1,3}(?:[,.' ]\d{3})+(?!\d)|\d+/#
    nonisolated(unsafe) private static let percentagePattern = #/\d+(?:[.,]\d+)?\s?%/#

    /// A value without its explanation: cut before " (", " of ", " — ", ";" or ", ".
    static func leadingMeasure(_ value: String) -> String {
        var end = value.endIndex
        for separator in [" (", " of ", " \u{2014} ", " \u{2013} ", "; ", ", "] {
            if let range = value.range(of: separator), range.lowerBound < end { end = range.lowerBound }
        }
        let head = value[..<end].trimmingSpaces()
        return head.isEmpty ? value : head
    }
}
