import Foundation
import Testing

@testable import PostmortemMarkdown

/// Seed 003: a real post-mortem whose UTF-8 went through Windows-1254 (Turkish: "ğ" is
/// F0) and back, losing the bytes 8D 8F 90 9D 9E on the way.
@Suite struct SeedMojibakeTests {
    /// `../shared/seeds/003_…` next to the repository root, found from this file.
    static let seedURL: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TextDecoding
        .deletingLastPathComponent()  // PostmortemMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/seeds/003_375c9b51bb4860ae.txt")
        .standardizedFileURL

    static let seedExists = FileManager.default.fileExists(atPath: seedURL.path)

    /// Characters that only appear in this kind of damage.
    static let mojibakeMarkers = ["Ã", "â€", "ðŸ", "ğŸ", "âœ", "âš", "âŒ", "â†", "Â ", "ï¸", "Å"]

    private static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func isDamaged(_ line: String) -> Bool {
        mojibakeMarkers.contains { line.contains($0) }
    }

    private func decodedSeed() throws -> (raw: [String], decoded: DecodedText) {
        let bytes = [UInt8](try Data(contentsOf: Self.seedURL))
        let raw = Self.lines(of: String(decoding: bytes, as: UTF8.self))
        return (raw, try TextDecoder.decode(bytes))
    }

    @Test(.enabled(if: seedExists)) func repairsEveryDamagedLine() throws {
        let (raw, decoded) = try decodedSeed()
        let damaged = raw.indices.filter { Self.isDamaged(raw[$0]) }
        #expect(damaged.count == 48)
        let lines = Self.lines(of: decoded.text)
        #expect(lines.count == raw.count)
        #expect(lines.filter(Self.isDamaged) == [])
        #expect(lines.filter { $0.contains("\u{FFFD}") } == [])
        // Every damaged line changed, every other line is untouched.
        for index in raw.indices {
            #expect((raw[index] != lines[index]) == damaged.contains(index), "line \(index + 1)")
        }
        #expect(Set(decoded.repairs.map(\.line)) == Set(damaged.map { $0 + 1 }))
        #expect(decoded.encoding == .utf8)
    }

    @Test(
        .enabled(if: seedExists),
        arguments: [
            (3, "## 🚨 Incident Summary"),
            (14, "## 📋 Timeline"),
            (18, "| 06:00 | ✅ Automated backup ran successfully (36KB backup created) |"),
            (19, "| 07:24 | ⚠️ Server restarted for resource limit implementation |"),
            (20, "| 07:24 | ❌ NEW empty database volume created (`manualmode-production_mariadb_production_data`) |"),
            (22, "| 15:04 | 👤 Frank Basinski registered (only 2 users in database: admin + Frank) |"),
            (23, "| 18:00 | 🔔 Issue reported by user: \"Only one new user visible\" |"),
            (30, "## 🔍 Root Cause Analysis"),
            (60, "- Directory name changes → NEW volume created"),
            (82, "name: meaningful-conversations-production  # ← ADDED"),
            (108, "## 📊 Impact Assessment"),
            (129, "## 🛡️ Prevention Measures"),
            (162, "## 📝 Lessons Learned"),
            (173, "⚠️ **Earlier detection** (11h delay is too long)  "),
            (180, "## 📌 Action Items"),
            (184, "| P0 | Fix project names in compose files | AI Assistant | ✅ DONE |"),
            (187, "| P1 | Add user count health check | Backlog | 🔜 TODO |"),
            (194, "## 🔧 Recovery Procedures (For Future Reference)"),
        ])
    func restoresLine(number: Int, expected: String) throws {
        let lines = Self.lines(of: try decodedSeed().decoded.text)
        #expect(lines[number - 1] == expected)
    }

    @Test(.enabled(if: seedExists)) func repairedTextNeedsNoFurtherRepair() throws {
        let text = try decodedSeed().decoded.text
        #expect(try TextDecoder.decode(Array(text.utf8)) == DecodedText(text: text, encoding: .utf8))
    }

    @Test(.enabled(if: seedExists)) func recordsRepairsForFindings() throws {
        let repairs = try decodedSeed().decoded.repairs
        #expect(
            repairs.prefix(5) == [
                TextRepair(line: 3, column: 4, kind: .mojibake, original: "ğŸš¨", repaired: "🚨"),
                TextRepair(line: 14, column: 4, kind: .mojibake, original: "ğŸ“‹", repaired: "📋"),
                TextRepair(line: 18, column: 11, kind: .mojibake, original: "âœ…", repaired: "✅"),
                TextRepair(
                    line: 19, column: 11, kind: .mojibakeWithLostBytes, original: "âš\u{A0}ï¸", repaired: "⚠️"),
                TextRepair(line: 20, column: 11, kind: .mojibakeWithLostBytes, original: "âŒ", repaired: "❌"),
            ])
    }
}
