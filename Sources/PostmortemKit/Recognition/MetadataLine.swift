import Foundation

/// One "label: value" line of incident details, as legacy post-mortems write them:
/// `**Date:** 27. November 2025`, `**Date :** 12/03/2024`, `- **Severity**: SEV2`,
/// `Status: Critical Investigation`.
public struct MetadataLine: Hashable, Sendable {
    /// What the label stands for; nil when pm has no field for it (the line is still kept).
    public var key: MetadataKey?
    /// The label as written, without emphasis or colon ("Date", "Primary Auditor").
    public var label: String
    /// The value, trimmed (a Markdown hard break's trailing spaces too); may be empty.
    public var value: String

    public init(key: MetadataKey?, label: String, value: String) {
        self.key = key
        self.label = label
        self.value = value
    }

    /// Reads a label and value from one line; nil when the line has no label: no colon, a
    /// label of more than five words or without letters, or a colon that is part of a URL
    /// or a time ("14:02").
    public static func parse(_ line: String) -> MetadataLine? {
        var text = Substring(line.trimmingWhitespace())
        for marker in ["- ", "* ", "+ ", "• "] where text.hasPrefix(marker) {
            text = text.dropFirst(marker.count).drop { $0 == " " }
            break
        }
        let label: Substring
        var rest: Substring
        if let emphasis = ["**", "__"].first(where: { text.hasPrefix($0) }) {
            let inner = text.dropFirst(emphasis.count)
            guard let close = inner.range(of: emphasis) else { return nil }
            var candidate = inner[..<close.lowerBound]
            rest = inner[close.upperBound...]
            let trimmedCandidate = candidate.trimmingSpaces()
            if trimmedCandidate.hasSuffix(":") || trimmedCandidate.hasSuffix("\u{FF1A}") {
                candidate = Substring(trimmedCandidate.dropLast())
            } else {
                rest = rest.drop { $0 == " " }
                guard rest.first == ":" else { return nil }
                rest = rest.dropFirst()
            }
            label = candidate
        } else {
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let after = text[text.index(after: colon)...]
            if after.hasPrefix("//") { return nil }
            if let previous = text[..<colon].last, previous.isNumber, after.first?.isNumber ?? false { return nil }
            label = text[..<colon]
            rest = after
        }
        let cleanLabel = LabelText.clean(String(label), stripNumbering: false)
        let words = cleanLabel.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, cleanLabel.contains(where: { $0.isLetter }) else { return nil }
        var value = rest.trimmingSpaces()
        while value.hasSuffix("\\") { value.removeLast() }
        value = value.trimmingSpaces()
        return MetadataLine(key: MetadataKey(label: cleanLabel), label: cleanLabel, value: value)
    }
}
