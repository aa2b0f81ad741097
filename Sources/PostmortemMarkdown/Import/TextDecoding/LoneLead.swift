/// The first character of a mojibake sequence whose continuation byte(s) were lost, found
/// by `MojibakeRepairer` next to other mojibake: "Ã" in "ÃÃ±igo" ("Íñigo" is C3 8D C3 B1 …
/// and Windows-1252 has no character for 8D, so only "Ã" is left of "Í").
///
/// The lost byte must be one the code page lacks, so the candidates are few: for "Ã" (C3)
/// after Windows-1252 they are Á Í Ï Ð Ý (81 8D 8F 90 9D); Windows-1254 adds Î Þ (8E 9E).
/// A lone lead is repaired only when the document itself decides: the same word, with
/// exactly one of the candidates in the gap, is spelled intact elsewhere in the repaired
/// text. Case, position in the word and a language guess do not decide (every candidate of
/// "Ã" is a capital letter, and Spanish has both "Á" and "Í"), so otherwise the text is
/// left as it was and the place is recorded as `.unrepairable`.
struct LoneLead {
    /// Where the lone lead stands in the text before repair (1-based; columns in scalars).
    var line: Int
    var column: Int
    /// The bytes it occupies in the repaired output.
    var outputRange: Range<Int>
    /// The damaged text: the lead character and any "?" or continuation characters after it.
    var original: String
    /// The UTF-8 lead byte the lead character stands for.
    var lead: UInt8
    /// The continuation bytes present after the lead (-1 for a "?").
    var slots: [Int16]

    /// Every plausible character the damaged text may have been, in code point order, if
    /// the bytes it lacks (and its "?") were any of `lostBytes`.
    static func candidates(lead: UInt8, slots: [Int16], lostBytes: [UInt8]) -> [UInt32] {
        let need = UTF8Coding.continuationCount(ofLead: lead)
        let missing = need - slots.count
        guard missing >= 0, missing + slots.count(where: { $0 < 0 }) <= 2 else { return [] }
        var found: Set<UInt32> = []
        for mask in 0..<(1 << need) where mask.nonzeroBitCount == missing {
            var pattern: [Int16] = []
            var next = 0
            for slot in 0..<need {
                if mask & (1 << slot) != 0 {
                    pattern.append(-1)
                } else {
                    pattern.append(slots[next])
                    next += 1
                }
            }
            let holes = pattern.count(where: { $0 < 0 })
            var combinations = 1
            for _ in 0..<holes { combinations *= lostBytes.count }
            for combination in 0..<combinations {
                var bytes: [UInt8] = [lead]
                var choice = combination
                for entry in pattern {
                    if entry < 0 {
                        bytes.append(lostBytes[choice % lostBytes.count])
                        choice /= lostBytes.count
                    } else {
                        bytes.append(UInt8(entry))
                    }
                }
                guard let value = UTF8Coding.decodeSequence(bytes) else { continue }
                if ScalarPlausibility.ofExactDecode(value) != .reject || ScalarPlausibility.isReconstructable(value) {
                    found.insert(value)
                }
            }
        }
        return found.sorted()
    }

    /// The bytes the code page lost, judged from the mojibake repaired so far: Windows-1254
    /// leaves its Turkish letters behind (ğ for F0, ı for FD …), Windows-1252 its own
    /// letters at those bytes (ð, ý …) and Ž ž at 8E 9E. With no evidence, or both, the
    /// union of the two.
    static func lostBytes(judgingBy repairs: [TextRepair]) -> [UInt8] {
        var windows1252 = false
        var windows1254 = false
        for repair in repairs where repair.kind == .mojibake || repair.kind == .mojibakeWithLostBytes {
            for scalar in repair.original.unicodeScalars {
                switch scalar.value {
                case 0x11E, 0x11F, 0x130, 0x131, 0x15E, 0x15F: windows1254 = true
                case 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE, 0x17D, 0x17E: windows1252 = true
                default: break
                }
            }
        }
        if windows1252 && !windows1254 {
            return LegacyCodePage.lostBytes.filter(LegacyCodePage.isUndefinedInWindows1252)
        }
        return LegacyCodePage.lostBytes
    }

    /// Repairs the lone leads that the document's own words decide, in `output`, and
    /// records every lone lead: `.mojibakeWithLostBytes` when repaired, `.unrepairable`
    /// when not. `repairs` are the other repairs of the text (evidence of the code page).
    static func resolve(_ leads: [LoneLead], in output: inout [UInt8], repairs: [TextRepair]) -> [TextRepair] {
        guard !leads.isEmpty else { return [] }
        let lostBytes = lostBytes(judgingBy: repairs)
        let vocabulary = Set(
            String(decoding: output, as: UTF8.self).split { !$0.isLetter }.map { $0.lowercased() })
        var records: [TextRepair] = []
        var replacements: [(range: Range<Int>, bytes: [UInt8])] = []
        for lead in leads {
            let candidates = candidates(lead: lead.lead, slots: lead.slots, lostBytes: lostBytes).compactMap {
                Unicode.Scalar($0).map { String(Character($0)) }
            }
            let (before, after) = surroundingLetters(of: lead.outputRange, in: output)
            let spelled =
                before.count + after.count < 2
                ? [] : candidates.filter { vocabulary.contains((before + $0 + after).lowercased()) }
            if spelled.count == 1, let choice = spelled.first {
                replacements.append((lead.outputRange, Array(choice.utf8)))
                records.append(
                    TextRepair(
                        line: lead.line, column: lead.column, kind: .mojibakeWithLostBytes, original: lead.original,
                        repaired: choice))
            } else {
                records.append(
                    TextRepair(
                        line: lead.line, column: lead.column, kind: .unrepairable, original: lead.original,
                        repaired: lead.original, context: before + lead.original + after, candidates: candidates))
            }
        }
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            output.replaceSubrange(replacement.range, with: replacement.bytes)
        }
        return records
    }

    /// The letters right before and after `range` in `output`, within its line and at most
    /// 64 bytes away.
    private static func surroundingLetters(of range: Range<Int>, in output: [UInt8]) -> (String, String) {
        var start = max(0, range.lowerBound - 64)
        while start < range.lowerBound && output[start] & 0xC0 == 0x80 { start += 1 }
        var end = min(output.count, range.upperBound + 64)
        while end > range.upperBound && end < output.count && output[end] & 0xC0 == 0x80 { end -= 1 }
        let before = String(decoding: output[start..<range.lowerBound], as: UTF8.self)
        let after = String(decoding: output[range.upperBound..<end], as: UTF8.self)
        return (
            String(before.reversed().prefix(while: \.isLetter).reversed()),
            String(after.prefix(while: \.isLetter))
        )
    }
}
