import Testing

@testable import PostmortemMarkdown

@Suite struct MojibakeRepairerTests {
    private func decode(_ text: String) throws -> DecodedText {
        try TextDecoder.decode(Array(text.utf8))
    }

    /// Texts that went through a code page with every byte kept, and lines where bytes
    /// were lost: each must come back exactly.
    static let damaged: [String] = [
        "“Hello,” she said — it’s done… • next",
        "Café, naïve, Straße, Müller, déjà vu, Ağrı, İstanbul, Ñandú, Ærø",
        "Status: ✅ done, ❌ failed, ⚠️ warning, 🔍 inspecting, 🚨 paging",
        "Arrows ← → ↑ ↓ and ™ © ® ° ± € £ ¥",
        "📝 Notes 📌 Pin 📋 Checklist 📊 Graph 🔧 Fix 🛡️ Shield 🔜 Soon 👤 User 🔔 Bell",
        "Temperature 21 °C ± 0.5 — “quoted” and ‘single’",
        "Зеркало базы данных, Ελληνικά, 中文字符, テスト, 한국어",
        "Romanian ș ț, Vietnamese ơ ư, Polish łódź, Czech řeka",
        "ZWJ family 👩‍💻 and keycap 1️⃣",
    ]

    @Test(arguments: damaged, [MojibakeFixtures.CodePage.windows1252, .windows1254])
    func restoresTextGarbledByACodePage(original: String, codePage: MojibakeFixtures.CodePage) throws {
        let garbled = MojibakeFixtures.garble(original, codePage)
        #expect(garbled != original)
        let decoded = try decode(garbled)
        #expect(decoded.text == original)
        #expect(!decoded.repairs.isEmpty)
    }

    @Test(arguments: damaged)
    func restoresLostBytesWrittenAsQuestionMarks(original: String) throws {
        let garbled = MojibakeFixtures.garble(original, .windows1252, lost: .questionMark)
        #expect(try decode(garbled).text == original)
    }

    @Test(arguments: damaged)
    func restoresLatin1ControlCharacters(original: String) throws {
        let garbled = MojibakeFixtures.garble(original, .windows1252, lost: .controlCharacters)
        #expect(try decode(garbled).text == original)
    }

    @Test(arguments: [
        ("âœ…", "✅"), ("âš\u{A0}ï¸", "⚠️"), ("ğŸš¨", "🚨"), ("ğŸ”", "🔍"), ("âŒ", "❌"),
        ("â€œquotedâ€", "“quoted”"), ("itâ€™s", "it’s"), ("â€”", "—"), ("â†", "←"), ("â†’", "→"),
        ("Ã©tÃ©", "été"), ("Ã¼ber", "über"), ("ÄŸ", "ğ"), ("Ä°stanbul", "İstanbul"),
        ("Ã¢â‚¬â„¢", "’"), ("ï»¿# Title", "# Title"),
    ])
    func repairsKnownSequences(damaged: String, expected: String) throws {
        #expect(try decode(damaged).text == expected)
    }

    /// Correct text with accented letters, typographic punctuation and emoji is never
    /// "repaired".
    @Test(arguments: [
        "Müller, déjà, Ağrı, İstanbul, naïve café, Straße",
        "L’été à Paris : « café » ; il a dit “non” — voilà…",
        "« Déjà\u{A0}» et «\u{A0}été\u{A0}» ; CAFÉ” ; ÉTÉ\u{A0}!",
        "Dağ’ın eteğinde, ağ™, DAĞ” — Iğdır, Şişli, ılık",
        "Ça coûte 5 € ; 20 °C ; © 2025 ; ½ ; x² ; µs",
        "IRMÃ  e MAÇÃ  (português), São Paulo, NÃO",
        "Ελληνικά, Кириллица, 日本語, 한국어, עברית, العربية",
        "✅ ❌ ⚠️ 🔍 🚨 → ← — “” ‘’",
        "Ætt, Øre, Åse, Þór, Ðorđe, Ýr",
        "Price?¿ ¡Hola! ¿Qué? ñ? é? à?",
    ])
    func leavesCorrectTextAlone(text: String) throws {
        let decoded = try decode(text)
        #expect(decoded.text == text)
        #expect(decoded.repairs == [])
    }

    @Test func recordsEachRepairWithItsPosition() throws {
        let text = "# ğŸš¨ Summary\n| 06:00 | âœ… ok |\nplain\n  âŒ failed and itâ€™s âš\u{A0}ï¸ bad\n"
        let decoded = try decode(text)
        #expect(decoded.text == "# 🚨 Summary\n| 06:00 | ✅ ok |\nplain\n  ❌ failed and it’s ⚠️ bad\n")
        #expect(
            decoded.repairs == [
                TextRepair(line: 1, column: 3, kind: .mojibake, original: "ğŸš¨", repaired: "🚨"),
                TextRepair(line: 2, column: 11, kind: .mojibake, original: "âœ…", repaired: "✅"),
                TextRepair(line: 4, column: 3, kind: .mojibakeWithLostBytes, original: "âŒ", repaired: "❌"),
                TextRepair(line: 4, column: 19, kind: .mojibake, original: "â€™", repaired: "’"),
                TextRepair(line: 4, column: 24, kind: .mojibakeWithLostBytes, original: "âš\u{A0}ï¸", repaired: "⚠️"),
            ])
        #expect(decoded.repairs[0].message == "repaired mojibake 'ğŸš¨' → '🚨'")
    }

    /// 📞 is F0 9F 93 9E: Windows-1252 keeps 9E ("ž"), Windows-1254 has no character for it,
    /// and then "ğŸ“" + a lost byte is read as the commoner 📝 (F0 9F 93 9D).
    @Test func rankingDecidesBetweenEmojiThatLostDifferentBytes() throws {
        #expect(try decode(MojibakeFixtures.garble("📞 Contact", .windows1252)).text == "📞 Contact")
        #expect(try decode(MojibakeFixtures.garble("📞 Contact", .windows1254)).text == "📝 Contact")
    }

    @Test func repairsNoBreakSpaceTurnedIntoASpaceOnlyInDamagedText() throws {
        #expect(try decode("Price:Â 5 â‚¬, voilÃ  la").text == "Price: 5 €, voilà la")
        #expect(try decode("Price:Â 5, voilÃ  la").text == "Price:Â 5, voilÃ  la")
    }
}
