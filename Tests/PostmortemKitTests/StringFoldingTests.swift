import Foundation
import PostmortemKit
import Testing

/// Folding without Foundation for ASCII text gives what Foundation's lower-casing and
/// diacritic folding give, for ASCII and every other text.
struct StringFoldingTests {
    static let samples = [
        "", "Plain Words", "14:02 UTC", "TBD", "N/A", "Résolu", "ÉCHEC", "Mañana", "Straße", "\u{212A}elvin",
        "İstanbul", "e\u{301}te\u{301}", "Ünbekannt 07:40", "ＦＵＬＬ", "tab\tand\nline",
    ]

    @Test(arguments: samples)
    func foldingMatchesFoundation(text: String) {
        #expect(
            text.lowercasedWithoutDiacritics()
                == text.lowercased().folding(options: [.diacriticInsensitive], locale: nil))
    }

    @Test func foldsAccentsAndCase() {
        #expect(["Résolu", "ÉCHEC", "Plain"].map { $0.lowercasedWithoutDiacritics() } == ["resolu", "echec", "plain"])
    }
}
