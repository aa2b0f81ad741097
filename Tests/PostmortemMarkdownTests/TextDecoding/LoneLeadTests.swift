import Testing

@testable import PostmortemMarkdown

/// Lone mojibake leads: "Í" is C3 8D, Windows-1252 has no 8D, so "Íñigo" comes back as
/// "ÃÃ±igo" with only the "Ã" left of the "Í".
@Suite struct LoneLeadTests {
    private func decode(_ text: String) throws -> DecodedText {
        try TextDecoder.decode(Array(text.utf8))
    }

    private static let windows1252Candidates = ["Á", "Í", "Ï", "Ð", "Ý"]
    /// Windows-1254 also lacks 8E and 9E: Î and Þ.
    private static let windows1254Candidates = ["Á", "Í", "Î", "Ï", "Ð", "Ý", "Þ"]

    /// "ðŸ" (F0 as "ð") shows the code page was Windows-1252: five candidates.
    @Test func reportsALoneLeadItCannotDecide() throws {
        let garbled = MojibakeFixtures.garble("🔍 Owner: Íñigo Saldaña")
        #expect(garbled == "ðŸ” Owner: ÃÃ±igo SaldaÃ±a")
        let decoded = try decode(garbled)
        #expect(decoded.text == "🔍 Owner: Ãñigo Saldaña")
        #expect(
            decoded.repairs == [
                TextRepair(line: 1, column: 1, kind: .mojibakeWithLostBytes, original: "ðŸ”", repaired: "🔍"),
                TextRepair(
                    line: 1, column: 12, kind: .unrepairable, original: "Ã", repaired: "Ã", context: "Ãñigo",
                    candidates: Self.windows1252Candidates),
                TextRepair(line: 1, column: 13, kind: .mojibake, original: "Ã±", repaired: "ñ"),
                TextRepair(line: 1, column: 24, kind: .mojibake, original: "Ã±", repaired: "ñ"),
            ])
        #expect(
            decoded.repairs[1].message
                == "could not repair 'Ã' in 'Ãñigo': a byte was lost on the way (it was one of Á Í Ï Ð Ý); "
                + "check the word by hand")
    }

    /// Nothing shows which code page it was: the union of what either lacks.
    @Test func withoutEvidenceOfTheCodePageListsEveryCandidate() throws {
        let decoded = try decode(MojibakeFixtures.garble("Íñigo"))
        #expect(decoded.text == "Ãñigo")
        #expect(decoded.repairs.first?.candidates == Self.windows1254Candidates)
    }

    /// "ğŸ" (F0 as "ğ") shows Windows-1254.
    @Test func windows1254AddsTheBytesItLacks() throws {
        let garbled = MojibakeFixtures.garble("🚨 Íñigo", .windows1254)
        #expect(garbled == "ğŸš¨ ÃÃ±igo")
        let decoded = try decode(garbled)
        #expect(decoded.text == "🚨 Ãñigo")
        #expect(decoded.repairs.filter { $0.kind == .unrepairable }.map(\.candidates) == [Self.windows1254Candidates])
    }

    @Test func aQuestionMarkForTheLostByteIsPartOfTheDamage() throws {
        let garbled = MojibakeFixtures.garble("Íñigo Saldaña", lost: .questionMark)
        #expect(garbled == "Ã?Ã±igo SaldaÃ±a")
        let decoded = try decode(garbled)
        #expect(decoded.text == "Ã?ñigo Saldaña")
        #expect(
            decoded.repairs.first
                == TextRepair(
                    line: 1, column: 1, kind: .unrepairable, original: "Ã?", repaired: "Ã?", context: "Ã?ñigo",
                    candidates: Self.windows1254Candidates))
    }

    /// The lone lead may also end a word, after the mojibake.
    @Test func reportsALoneLeadAfterMojibake() throws {
        // "ñÍ": C3 B1 C3 8D.
        let decoded = try decode("SeÃ±Ã, and more")
        #expect(decoded.text == "SeñÃ, and more")
        #expect(
            decoded.repairs.map(\.kind) == [.mojibake, .unrepairable]
                && decoded.repairs.last?.context == "SeñÃ")
    }

    /// The document spells the word intact elsewhere (a part that was never garbled): that
    /// decides the lost byte.
    @Test func theDocumentsOwnSpellingDecides() throws {
        let text = MojibakeFixtures.garble("Owner: Íñigo Saldaña") + "\nReviewed by ÍÑIGO.\n"
        let decoded = try decode(text)
        #expect(decoded.text == "Owner: Íñigo Saldaña\nReviewed by ÍÑIGO.\n")
        #expect(
            decoded.repairs.first
                == TextRepair(line: 1, column: 8, kind: .mojibakeWithLostBytes, original: "Ã", repaired: "Í"))
    }

    @Test func aSpellingThatFitsTwoCandidatesDecidesNothing() throws {
        let text = MojibakeFixtures.garble("Íñigo") + " Áñigo Íñigo"
        let decoded = try decode(text)
        #expect(decoded.text == "Ãñigo Áñigo Íñigo")
        #expect(decoded.repairs.map(\.kind) == [.unrepairable, .mojibake])
    }

    /// "А" is D0 90: only "Ð" is left of it. Cyrillic candidates are Ё Ѝ Џ А Н.
    @Test func cyrillicLoneLead() throws {
        let garbled = MojibakeFixtures.garble("Андрей")
        #expect(garbled == "ÐÐ½Ð´Ñ€ÐµÐ¹")
        let undecided = try decode(garbled)
        #expect(undecided.text == "Ðндрей")
        #expect(
            undecided.repairs.first
                == TextRepair(
                    line: 1, column: 1, kind: .unrepairable, original: "Ð", repaired: "Ð", context: "Ðндрей",
                    candidates: ["Ё", "Ѝ", "Џ", "А", "Н"]))
        #expect(try decode(garbled + "\nАндрей").text == "Андрей\nАндрей")
    }

    /// Correct text has lone "Ä", "Å", "Ð", "Ã" all the time: only one that touches
    /// mojibake in its word counts, and "Â" never does (every byte it could have lost
    /// makes a C1 control).
    @Test(arguments: [
        ("Ärger mit Åse und Ðorđe: âœ… erledigt", "Ärger mit Åse und Ðorđe: ✅ erledigt"),
        ("NÃO, IRMÃ. Ãsland â€” ok", "NÃO, IRMÃ. Ãsland — ok"),
        ("ÂÃ© and Ã©Â", "Âé and éÂ"),
    ])
    func leavesLoneLeadsThatDoNotTouchMojibake(text: String, expected: String) throws {
        let decoded = try decode(text)
        #expect(decoded.text == expected)
        #expect(decoded.repairs.filter { $0.kind == .unrepairable } == [])
    }

    @Test func reportedTextNeedsNoFurtherRepair() throws {
        let once = try decode(MojibakeFixtures.garble("🔍 Owner: Íñigo Saldaña")).text
        #expect(try decode(once) == DecodedText(text: once, encoding: .utf8))
    }
}
