import Foundation
import Testing

@testable import PostmortemMarkdown

/// The corpus's encoding fixtures against the clean sources they were made from
/// (Tests/Fixtures/corpus-encodings: make_fixtures.py writes each source into corpus/ in a
/// damaged or foreign encoding). Decoding a fixture must give its source back exactly,
/// except where the decoder says it could not.
@Suite struct CorpusEncodingTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TextDecoding
        .deletingLastPathComponent()  // PostmortemMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    struct Fixture: Sendable, CustomTestStringConvertible {
        /// The clean source, in Tests/Fixtures/corpus-encodings/sources.
        var source: String
        /// The damaged or foreign-encoded file made from it, in corpus/.
        var fixture: String
        /// The encoding the decoder must detect.
        var encoding: SourceEncoding

        var testDescription: String { fixture }
    }

    static let mojibake = Fixture(
        source: "2025-03-14-vaultwarden-nfs-mount-missing.md.in",
        fixture: "2025-03-14-vaultwarden-nfs-mount-missing.md",
        encoding: .utf8)

    static let fixtures: [Fixture] = [
        mojibake,
        Fixture(
            source: "2022-10-05-panne-nfs-nas.md.in", fixture: "fr/2022-10-05-panne-nfs-nas.md", encoding: .windows1252),
        Fixture(
            source: "2023-05-08-zfs-pool-degraded.md.in", fixture: "de/2023-05-08-zfs-pool-degraded.md",
            encoding: .utf16LE),
        Fixture(
            source: "2021-04-18-redis-session-store-oom.md.in", fixture: "2021-04-18-redis-session-store-oom.md",
            encoding: .utf8BOM),
    ]

    private static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func load(_ fixture: Fixture) throws -> (clean: String, decoded: DecodedText) {
        let sourceURL = root.appendingPathComponent("Tests/Fixtures/corpus-encodings/sources/\(fixture.source)")
        let clean = try String(contentsOf: sourceURL, encoding: .utf8)
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("corpus/\(fixture.fixture)")))
        return (clean, try TextDecoder.decode(bytes))
    }

    /// Every line comes back as the source has it, or carries an unrepairable record whose
    /// word, with one of its candidates in place of the damage, is what the source says.
    /// Every unrepairable record is on a line that differs.
    @Test(arguments: fixtures)
    func decodesToTheCleanSourceExceptWhereItSaysSo(_ fixture: Fixture) throws {
        let (clean, decoded) = try Self.load(fixture)
        #expect(decoded.encoding == fixture.encoding)
        let expected = Self.lines(of: clean)
        let actual = Self.lines(of: decoded.text)
        try #require(actual.count == expected.count)
        let unrepairable = decoded.repairs.filter { $0.kind == .unrepairable }
        let differing = Set(expected.indices.filter { expected[$0] != actual[$0] }.map { $0 + 1 })
        #expect(differing == Set(unrepairable.map(\.line)))
        for line in differing.sorted() {
            var fixed = actual[line - 1]
            for record in unrepairable where record.line == line {
                let words = record.candidates.map { record.context.replacingOccurrences(of: record.original, with: $0) }
                let word = try #require(
                    words.first { expected[line - 1].contains($0) }, "line \(line): no candidate of \(record) fits")
                let range = try #require(fixed.range(of: record.context), "line \(line)")
                fixed.replaceSubrange(range, with: word)
            }
            #expect(fixed == expected[line - 1], "line \(line)")
        }
    }

    /// "Íñigo" lost the 8D of its "Í" six times, and the document never spells the name
    /// intact: each place is reported, none is guessed.
    @Test func vaultwardenReportsEveryLostLetter() throws {
        let (_, decoded) = try Self.load(Self.mojibake)
        let unrepairable = decoded.repairs.filter { $0.kind == .unrepairable }
        #expect(unrepairable.map(\.line) == [28, 70, 119, 120, 129, 136])
        #expect(unrepairable.map(\.column) == [71, 70, 64, 61, 23, 62])
        #expect(
            Set(unrepairable.map(\.message)) == [
                "could not repair 'Ã' in 'Ãñigo': a byte was lost on the way (it was one of Á Í Ï Ð Ý); "
                    + "check the word by hand"
            ])
    }
}
