import Testing

@testable import PostmortemMarkdown

@Suite struct TextDecoderTests {
    static let sample = "# Café — Straße\nMüller’s naïve déjà vu ✅ 🚨\nİstanbul, Ağrı\n"

    private static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [
        (Array(sample.utf8), SourceEncoding.utf8),
        ([0xEF, 0xBB, 0xBF] + Array(sample.utf8), .utf8BOM),
        (utf16(sample, bigEndian: false, bom: true), .utf16LE),
        (utf16(sample, bigEndian: true, bom: true), .utf16BE),
        (utf16(sample, bigEndian: false, bom: false), .utf16LEWithoutBOM),
        (utf16(sample, bigEndian: true, bom: false), .utf16BEWithoutBOM),
    ])
    func detectsEncodingAndStripsTheByteOrderMark(bytes: [UInt8], encoding: SourceEncoding) throws {
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: Self.sample, encoding: encoding))
    }

    @Test(
        arguments: [
            ([0x63, 0x61, 0x66, 0xE9, 0x20, 0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x20, 0x80], "café Straße €"),
            (
                [0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x31, 0x30, 0xB0, 0x43],
                "“quoted” – 10°C"
            ),
            ([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0D, 0x0A, 0x64, 0xE9, 0x6A, 0xE0], "Müller\ndéjà"),
        ] as [([UInt8], String)])
    func readsWindows1252WhenTheBytesAreNotUTF8(bytes: [UInt8], text: String) throws {
        #expect(try TextDecoder.decode(bytes) == DecodedText(text: text, encoding: .windows1252))
    }

    @Test func readsStrayWindows1252BytesInUTF8() throws {
        // "café" in Windows-1252, then "→ ✅" in UTF-8: more UTF-8 than stray bytes.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0xE2, 0x86, 0x92, 0x20, 0xE2, 0x9C, 0x85]
        let decoded = try TextDecoder.decode(bytes)
        #expect(
            decoded
                == DecodedText(
                    text: "café → ✅", encoding: .utf8,
                    repairs: [
                        TextRepair(line: 1, column: 4, kind: .windows1252Bytes, original: "\\xE9", repaired: "é")
                    ]))
        #expect(decoded.repairs[0].message == "read bytes \\xE9 that are not UTF-8 as Windows-1252 'é'")
    }

    @Test func repairsUTF8PastedIntoWindows1252() throws {
        // "déjà Müller" in Windows-1252 (three stray bytes), then "→" in UTF-8.
        let bytes: [UInt8] = [0x64, 0xE9, 0x6A, 0xE0, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0xE2, 0x86, 0x92]
        let decoded = try TextDecoder.decode(bytes)
        #expect(
            decoded
                == DecodedText(
                    text: "déjà Müller →", encoding: .windows1252,
                    repairs: [TextRepair(line: 1, column: 13, kind: .mojibake, original: "â†’", repaired: "→")]))
    }

    @Test(arguments: [
        ("a\r\nb\r\nc", "a\nb\nc"), ("a\rb\rc\r", "a\nb\nc\n"), ("a\r\r\nb\n\rc", "a\n\nb\n\nc"),
        ("\r\n", "\n"), ("tab\tand\u{0C}feed", "tab\tand feed"),
    ])
    func normalisesLineEndings(input: String, expected: String) throws {
        let decoded = try TextDecoder.decode(Array(input.utf8))
        #expect(decoded == DecodedText(text: expected, encoding: .utf8))
    }

    @Test func normalisesLineEndingsInUTF16() throws {
        let decoded = try TextDecoder.decode(Self.utf16("one\r\ntwo\rthree", bigEndian: false, bom: true))
        #expect(decoded.text == "one\ntwo\nthree")
    }

    @Test func replacesNULCharactersAndRecordsThem() throws {
        let text = "# Title\nSome text with a stray\0 NUL in a long enough paragraph of prose.\n\0end\n"
        let decoded = try TextDecoder.decode(Array(text.utf8))
        #expect(decoded.text == text.replacingOccurrences(of: "\0", with: "\u{FFFD}"))
        #expect(
            decoded.repairs == [
                TextRepair(line: 2, column: 23, kind: .nulCharacter, original: "\\x00", repaired: "\u{FFFD}"),
                TextRepair(line: 3, column: 1, kind: .nulCharacter, original: "\\x00", repaired: "\u{FFFD}"),
            ])
    }

    @Test func replacesInvalidBytesThatAreNotWindows1252() throws {
        // 0x81 and 0x9D are undefined in Windows-1252, so this is damaged UTF-8.
        let bytes = Array("Résumé: ".utf8) + [0x81, 0x9D] + Array(" and more text on this line\nok ✅".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "Résumé: \u{FFFD} and more text on this line\nok ✅")
        #expect(decoded.encoding == .utf8)
        #expect(
            decoded.repairs == [
                TextRepair(line: 1, column: 9, kind: .invalidBytes, original: "\\x81\\x9D", repaired: "\u{FFFD}")
            ])
        #expect(decoded.repairs[0].message == "replaced invalid bytes \\x81\\x9D with U+FFFD")
    }

    @Test func replacesUnpairedSurrogatesInUTF16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x63, 0x00]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "a\u{FFFD}bc")
        #expect(decoded.repairs.map(\.kind) == [.invalidBytes])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] as [[UInt8]])
    func failsOnAnEmptyFile(bytes: [UInt8]) {
        #expect(throws: DecodingFailure.empty) { try TextDecoder.decode(bytes) }
    }

    @Test(
        arguments: [
            (
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
                DecodingFailure.binary(.signature("PNG image"))
            ),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .binary(.signature("ZIP archive (or an Office document)"))),
            ([UInt8](repeating: 0, count: 64), .binary(.controlCharacters(percent: 100))),
            (Array("text\0\0\0\0 with\0\0 nul".utf8), .binary(.controlCharacters(percent: 31))),
            ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41], .unsupportedEncoding("UTF-32")),
        ] as [([UInt8], DecodingFailure)])
    func failsOnBinaryFiles(bytes: [UInt8], failure: DecodingFailure) {
        #expect(throws: failure) { try TextDecoder.decode(bytes) }
    }

    @Test func failsOnNoiseThatIsNotText() {
        // Deterministic pseudo-random bytes, like compressed data.
        var state: UInt32 = 2_463_534_242
        let noise = (0..<4096).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
        #expect {
            try TextDecoder.decode(noise)
        } throws: { error in
            guard case .binary = error as? DecodingFailure else { return false }
            return true
        }
    }

    /// Arbitrary bytes never crash the decoder, and whatever it returns holds no NUL and
    /// no carriage return.
    @Test func survivesArbitraryBytes() {
        let alphabet: [UInt8] = [
            0x00, 0x0A, 0x0D, 0x20, 0x3F, 0x41, 0x80, 0x81, 0x8D, 0x9C, 0x9D, 0x9F, 0xA0, 0xB8, 0xBF, 0xC2, 0xC3,
            0xC4, 0xD0, 0xE2, 0xE9, 0xEF, 0xF0, 0xF4, 0xFE, 0xFF,
        ]
        var state: UInt32 = 88_172_645
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return Int(state % 1_000_003)
        }
        for _ in 0..<3000 {
            let bytes = (0..<(next() % 40)).map { _ in alphabet[next() % alphabet.count] }
            guard let decoded = try? TextDecoder.decode(bytes) else { continue }
            #expect(!decoded.text.unicodeScalars.contains { $0 == "\0" || $0 == "\r" }, "\(bytes)")
            #expect(decoded.repairs.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(bytes)")
        }
    }

    @Test func explainsFailures() {
        #expect(
            DecodingFailure.binary(.signature("PNG image")).errorDescription
                == "The file looks like a binary file (it starts like a PNG image). Only text (Markdown) files can be imported."
        )
        #expect(DecodingFailure.empty.errorDescription?.hasPrefix("The file is empty") == true)
    }

    /// Correctness on a 3 MB input; its speed is the import benchmark's business, not a test's.
    @Test func decodesLargeInput() throws {
        let line = "| 06:00 | âœ… Automated backup, “quoted” Müller déjà ğŸ” ok |\r\n"
        let expectedLine = "| 06:00 | ✅ Automated backup, “quoted” Müller déjà 🔍 ok |\n"
        let count = 40_000
        let bytes = [UInt8](repeating: 0, count: 0) + Array(String(repeating: line, count: count).utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == String(repeating: expectedLine, count: count))
        #expect(decoded.repairs.count == 2 * count)
    }

    @Test("vertical tabs, form feeds and Unicode line separators become spaces, in UTF-8 and UTF-16")
    func lineSeparatorsBecomeSpaces() throws {
        let text = "a\u{0B}b\u{0C}c\u{85}d\u{2028}e\u{2029}f\n"
        #expect(try TextDecoder.decode(Array(text.utf8)).text == "a b c d e f\n")
        #expect(try TextDecoder.decode(Self.utf16(text, bigEndian: false, bom: true)).text == "a b c d e f\n")
    }
}
