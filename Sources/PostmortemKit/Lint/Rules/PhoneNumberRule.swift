/// `phone-number`: no phone numbers in a report that will be published.
///
/// Finds international numbers (`+49 151 2387 4410`: a plus and 8–15 digits), North
/// American ones (`(555) 123-4567`, `555-123-4567`) and any 7–15 digits after a label
/// ("Phone:", "Tel.", "Mobile", "Handy"). Dates, times, versions and ids do not have
/// these shapes. Scans every text, code included.
public struct PhoneNumberRule: LintRule {
    public let id = "phone-number"
    public let category = LintCategory.personalData
    public let severity = Finding.Severity.warning
    public let summary = "no phone numbers (they identify people; remove them before publishing)"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        document.texts.flatMap { text in
            Self.numbers(in: text.text).map { range in
                LintViolation(
                    at: document.position(of: range, in: text),
                    "phone number \(Prose.quoted(text.text[range])) in \(text.part): remove it before publishing "
                        + "(name the role or the rota instead)")
            }
        }
    }

    /// The ranges of the phone numbers in `text`, in order, each once.
    static func numbers(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for match in text.matches(of: international) {
            // "(+49 151 2387 4410)": the closing parenthesis is the sentence's.
            var range = match.range
            if text[range].last == ")", !text[range].contains("(") {
                range = range.lowerBound..<text.index(before: range.upperBound)
            }
            let number = text[range]
            let count = digits(number)
            // Written without separators, a short one is more likely a count ("+12345678 rows").
            let separated = number.dropFirst().contains { !$0.isNumber }
            if (8...15).contains(count), separated || count >= 10 { ranges.append(range) }
        }
        for match in text.matches(of: northAmerican) { ranges.append(match.range) }
        for match in text.matches(of: labelled) where (7...15).contains(digits(match.output.1)) {
            ranges.append(match.output.1.startIndex..<match.output.1.endIndex)
        }
        let bounded = ranges.filter { isBounded($0, in: text) }.sorted { $0.lowerBound < $1.lowerBound }
        var result: [Range<String.Index>] = []
        for range in bounded where !result.contains(where: { $0.overlaps(range) }) { result.append(range) }
        return result
    }

    private static func digits(_ text: Substring) -> Int { text.filter(\.isNumber).count }

    /// Whether a number stands alone: no letter, digit, `.`, `-` or `/` joined to either
    /// end (so "v2.555-123-4567" or "build-555-123-4567" is not a number to report).
    private static func isBounded(_ range: Range<String.Index>, in text: String) -> Bool {
        let joined: (Character) -> Bool = { $0.isLetter || $0.isNumber || "-/_".contains($0) }
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if joined(before) || before == "." { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if joined(after) { return false }
            let next = text.index(after: range.upperBound)
            if after == ".", next < text.endIndex, text[next].isNumber { return false }
        }
        return true
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let international = #/\+\d+(?:[ \-.]?\(?\d+\)?){0,7}/#
nonisolated(unsafe) private let northAmerican = #/\(\d{3}\)\s?\d{3}[\-. ]\d{4}|\d{3}[\-.]\d{3}[\-.]\d{4}/#
nonisolated(unsafe) private let labelled =
    #/(?i)\b(?:phone|telephone|tel|mobile|cell|handy|mobil|telefon|téléphone|tél|portable|fax|whatsapp|signal)\b\.?\s*(?:no\.?|number|nr\.?)?\s*:?\s*(\+?\d[\d \-./()]{5,20}\d)/#
