import Foundation
import PostmortemKit
import Testing

/// The scalar-based trimming gives what Foundation's `trimmingCharacters(in:)` gives.
struct StringTrimmingTests {
    static let samples = [
        "", "plain", "\n\nlines\n", "\r\n body \r\n", " \t spaced\t ", "\u{2028}sep\u{2029}", "\u{85}nel\u{0B}\u{0C}",
        "\n \n", "\u{00A0}nbsp\u{3000}", "é\u{301}\n", "\n\u{301}combining", "a\nb\nc",
    ]

    @Test(arguments: samples)
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmingNewlines() == text.trimmingCharacters(in: .newlines))
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
