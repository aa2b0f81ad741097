/// Finds and repairs mojibake: UTF-8 text that was once decoded with a Windows code page
/// (1252, or 1254 for Turkish systems; Latin-1 alike) and saved again, so "✅" reads "âœ…".
///
/// ## Approach
///
/// The repairer works on the decoded text as UTF-8 bytes, in one left-to-right pass:
///
/// 1. **Map back.** Every non-ASCII character that one of the code pages has (see
///    `LegacyCodePage`) stands for one byte. A character that maps to a UTF-8 lead byte
///    (C2–F4: "Â"…"ô", Turkish "ğ") starts a candidate sequence; the characters after it that
///    map to continuation bytes (80–BF: "€", "œ", "Ÿ", "¸" …) are its tail. A "?" in the tail
///    is a wildcard: converters write it for a byte they cannot map.
/// 2. **Complete sequences** (every byte present) are decoded and kept only when the
///    character is plausible text (`ScalarPlausibility.ofExactDecode`): letters of the
///    scripts mojibake usually hides, punctuation, symbols, emoji. Correct accented text
///    almost never fits: "é" followed by "j", "ü", "ı" or a space does not form a tail.
/// 3. **Lost bytes.** The code pages have no character for 81 8D 8E 8F 90 9D 9E, so those
///    bytes were dropped (or became "?"). A tail one or two bytes short of what its lead
///    byte needs (with at least one real continuation byte, so "ğ" or "Ã" alone never
///    counts) is completed by enumerating every position of the missing bytes and every
///    lost-byte value: at most 3 × 49 candidates. Candidates must decode to a valid,
///    assigned symbol, punctuation mark or emoji (`ScalarPlausibility.isReconstructable`);
///    the survivors are ranked by `CommonSymbols` (a small frequency table of what
///    technical documents use), then emoji before other symbols, then by code point. So
///    "âŒ" becomes ❌ (E2 [9D] 8C) rather than ⌐, "ğŸ”" becomes 🔍 (F0 9F 94 [8D]), and
///    "â€" + a lost byte between two emoji becomes a zero-width joiner rather than ”.
/// 4. **Runs.** Adjacent repaired sequences form one repair ("ğŸ›¡ï¸" → "🛡️"). Letters of
///    scripts other than Latin are accepted only when a run has two or more of them. A repaired run is repaired again (at most twice) to undo mojibake that
///    happened twice ("Ã¢â‚¬â„¢" → "â€™" → "’").
/// 5. **Weak evidence.** "Â " and "Ã " (a no-break space that became a plain space) are
///    repaired only in a text that already had other mojibake, and never after an
///    uppercase letter (Portuguese "IRMÃ " is correct).
/// 6. **Lone leads.** A lead character left alone because its continuation byte(s) were
///    lost ("Ã" of "ÃÃ±igo": Í is C3 8D) counts only when it touches other mojibake in the
///    same word, since correct text is full of lone "Ä", "Å", "Ð" ("Ärger", "Åse",
///    "Ðorđe"), and only when some character fits (for "Â" every fit is a C1 control, so it
///    never counts). It is repaired only when the document spells the same word intact
///    with exactly one of the fitting characters; otherwise it is left as it was and
///    recorded as `.unrepairable` (see `LoneLead`).
///
/// The pass is linear: each character is looked at a bounded number of times.
enum MojibakeRepairer {
    /// The repaired UTF-8 and what was repaired.
    struct Outcome {
        var utf8: [UInt8]
        var repairs: [TextRepair]
        /// Lone leads found by a scan, not yet resolved into repairs.
        var loneLeads: [LoneLead] = []
    }

    /// Repairs the mojibake in valid UTF-8 text whose lines end in LF.
    static func repair(_ input: [UInt8]) -> Outcome {
        var outcome = input.withUnsafeBufferPointer { scan($0, allowWeak: false) }
        if !outcome.repairs.isEmpty, hasWeakCandidate(input) {
            outcome = input.withUnsafeBufferPointer { scan($0, allowWeak: true) }
        }
        guard !outcome.loneLeads.isEmpty else { return outcome }
        let records = LoneLead.resolve(outcome.loneLeads, in: &outcome.utf8, repairs: outcome.repairs)
        outcome.repairs = (outcome.repairs + records).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        outcome.loneLeads = []
        return outcome
    }

    /// One decoded sequence of a candidate run.
    private struct Decoded {
        var value: UInt32
        var end: Int
        var scalarCount: Int
        var plausibility: ScalarPlausibility
        var reconstructed: Bool
    }

    /// A run of adjacent repaired sequences.
    private struct Group {
        var end: Int
        var output: [UInt8]
        var scalarCount: Int
        var reconstructed: Bool
        var lastScalar: UInt32
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, allowWeak: Bool) -> Outcome {
        var output: [UInt8] = []
        output.reserveCapacity(buffer.count)
        var repairs: [TextRepair] = []
        var loneLeads: [LoneLead] = []
        var line = 1
        var column = 1
        var previous: UInt32 = 0x0A
        // Whether the text just before is a repaired run that ends in a letter or symbol.
        var afterRepair = false
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte == 0x0A {
                output.append(byte)
                line += 1
                column = 1
                previous = 0x0A
                afterRepair = false
                index += 1
                continue
            }
            if byte < 0x80 {
                var stop = index + 1
                while stop < buffer.count && buffer[stop] < 0x80 && buffer[stop] != 0x0A {
                    stop += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<stop]))
                column += stop - index
                previous = UInt32(buffer[stop - 1])
                afterRepair = false
                index = stop
                continue
            }
            let (value, length) = UTF8Coding.scalar(buffer, at: index)
            if let group = matchGroup(buffer, at: index, previous: previous, allowWeak: allowWeak) {
                var fixed = group.output
                var reconstructed = group.reconstructed
                for _ in 0..<2 {
                    let again = fixed.withUnsafeBufferPointer { scan($0, allowWeak: allowWeak) }
                    if again.repairs.isEmpty { break }
                    fixed = again.utf8
                    reconstructed = reconstructed || again.repairs.contains { $0.kind == .mojibakeWithLostBytes }
                }
                repairs.append(
                    TextRepair(
                        line: line, column: column, kind: reconstructed ? .mojibakeWithLostBytes : .mojibake,
                        original: String(
                            decoding: UnsafeBufferPointer(rebasing: buffer[index..<group.end]), as: UTF8.self),
                        repaired: String(decoding: fixed, as: UTF8.self)))
                output.append(contentsOf: fixed)
                column += group.scalarCount
                previous = group.lastScalar
                afterRepair = group.lastScalar != 0x20
                index = group.end
                continue
            }
            if let lone = loneLead(buffer, at: index, afterRepair: afterRepair, allowWeak: allowWeak) {
                let start = output.count
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<lone.end]))
                loneLeads.append(
                    LoneLead(
                        line: line, column: column, outputRange: start..<output.count,
                        original: String(
                            decoding: UnsafeBufferPointer(rebasing: buffer[index..<lone.end]), as: UTF8.self),
                        lead: lone.lead, slots: lone.slots))
                column += lone.scalarCount
                previous = lone.lastScalar
                afterRepair = false
                index = lone.end
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<(index + length)]))
            column += 1
            previous = value
            afterRepair = false
            index += length
        }
        return Outcome(utf8: output, repairs: repairs, loneLeads: loneLeads)
    }

    /// A lead character at `start` that no repair took, followed by fewer continuation
    /// characters than it needs (or by "?"), touching a repaired run before or after it,
    /// and that some plausible character fits: a lone lead whose other bytes were lost.
    private static func loneLead(
        _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, afterRepair: Bool, allowWeak: Bool
    ) -> (end: Int, scalarCount: Int, lastScalar: UInt32, lead: UInt8, slots: [Int16])? {
        let (leadScalar, leadLength) = UTF8Coding.scalar(buffer, at: start)
        guard let lead = LegacyCodePage.byte(for: leadScalar), lead >= 0xC2, lead <= 0xF4 else { return nil }
        let need = UTF8Coding.continuationCount(ofLead: lead)
        var slots: [Int16] = []
        var position = start + leadLength
        var scalarCount = 1
        var last = leadScalar
        while slots.count < need && position < buffer.count {
            let (value, length) = UTF8Coding.scalar(buffer, at: position)
            if value == 0x3F {
                slots.append(-1)
            } else if let byte = continuationByte(value) {
                slots.append(Int16(byte))
            } else {
                break
            }
            position += length
            scalarCount += 1
            last = value
        }
        // Every byte there and none of them "?": a complete sequence that was not
        // plausible, not a lost byte.
        guard slots.count < need || slots.contains(where: { $0 < 0 }) else { return nil }
        let touchesRepair =
            afterRepair
            || (position < buffer.count
                && matchGroup(buffer, at: position, previous: last, allowWeak: allowWeak) != nil)
        guard touchesRepair,
            !LoneLead.candidates(lead: lead, slots: slots, lostBytes: LegacyCodePage.lostBytes).isEmpty
        else { return nil }
        return (position, scalarCount, last, lead, slots)
    }

    private static func matchGroup(
        _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, previous: UInt32, allowWeak: Bool
    ) -> Group? {
        var sequences: [Decoded] = []
        var position = start
        var last = previous
        while position < buffer.count,
            let decoded = parseSequence(buffer, at: position, previous: last, allowWeak: allowWeak)
        {
            sequences.append(decoded)
            position = decoded.end
            last = decoded.value
        }
        if sequences.count(where: { $0.plausibility == .foreignLetter }) < 2 {
            sequences = Array(sequences.prefix { $0.plausibility != .foreignLetter })
        }
        guard let final = sequences.last else { return nil }
        var output: [UInt8] = []
        var scalarCount = 0
        var reconstructed = false
        for sequence in sequences {
            if sequence.value != 0xFEFF {
                UTF8Coding.append(sequence.value, to: &output)
            }
            scalarCount += sequence.scalarCount
            reconstructed = reconstructed || sequence.reconstructed
        }
        return Group(
            end: final.end, output: output, scalarCount: scalarCount, reconstructed: reconstructed,
            lastScalar: final.value)
    }

    /// Decodes the candidate sequence whose lead character is at `start`, or nil when none
    /// starts there or what it decodes to is not plausible.
    private static func parseSequence(
        _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, previous: UInt32, allowWeak: Bool
    ) -> Decoded? {
        let (leadScalar, leadLength) = UTF8Coding.scalar(buffer, at: start)
        guard let lead = LegacyCodePage.byte(for: leadScalar), lead >= 0xC2, lead <= 0xF4 else { return nil }
        let tailStart = start + leadLength
        guard tailStart < buffer.count else { return nil }
        let first = UTF8Coding.scalar(buffer, at: tailStart)
        if first.value == 0x20 {
            return weakSequence(lead: lead, after: tailStart + 1, previous: previous, allowWeak: allowWeak)
        }
        guard first.value == 0x3F || continuationByte(first.value) != nil else { return nil }

        let need = UTF8Coding.continuationCount(ofLead: lead)
        var slots: [Int16] = []
        var realCount = 0
        var position = tailStart
        var scalarCount = 1
        while slots.count < need && position < buffer.count {
            let (value, length) = UTF8Coding.scalar(buffer, at: position)
            if value == 0x3F {
                slots.append(-1)
            } else if let byte = continuationByte(value) {
                slots.append(Int16(byte))
                realCount += 1
            } else {
                break
            }
            position += length
            scalarCount += 1
        }
        guard realCount > 0 else { return nil }
        let missing = need - slots.count
        let unknown = missing + slots.count(where: { $0 < 0 })
        if unknown == 0 {
            guard let value = UTF8Coding.decodeSequence([lead] + slots.map { UInt8($0) }) else { return nil }
            let plausibility = ScalarPlausibility.ofExactDecode(value)
            guard plausibility != .reject else { return nil }
            return Decoded(
                value: value, end: position, scalarCount: scalarCount, plausibility: plausibility,
                reconstructed: false)
        }
        guard unknown <= 2 else { return nil }
        let preferJoiner = isEmojiLike(previous) && startsEmojiMojibake(buffer, at: position)
        guard let value = bestReconstruction(lead: lead, slots: slots, need: need, preferJoiner: preferJoiner)
        else { return nil }
        return Decoded(
            value: value, end: position, scalarCount: scalarCount, plausibility: .accept, reconstructed: true)
    }

    /// "Â " and "Ã " where a no-break space (A0) became a plain space.
    private static func weakSequence(lead: UInt8, after end: Int, previous: UInt32, allowWeak: Bool) -> Decoded? {
        guard allowWeak, lead == 0xC2 || lead == 0xC3 else { return nil }
        if let scalar = Unicode.Scalar(previous), scalar.properties.isUppercase { return nil }
        return Decoded(
            value: lead == 0xC2 ? 0x20 : 0xE0, end: end, scalarCount: 2, plausibility: .accept,
            reconstructed: false)
    }

    /// Enumerates the positions and values of the unknown bytes and returns the likeliest
    /// reconstructable character, if any.
    private static func bestReconstruction(lead: UInt8, slots: [Int16], need: Int, preferJoiner: Bool) -> UInt32? {
        let missing = need - slots.count
        var best: (value: UInt32, rank: Int)?
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4)
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
            let lostCount = LegacyCodePage.lostBytes.count
            let combinations = holes == 1 ? lostCount : lostCount * lostCount
            for combination in 0..<combinations {
                bytes.removeAll(keepingCapacity: true)
                bytes.append(lead)
                var choice = combination
                for entry in pattern {
                    if entry < 0 {
                        bytes.append(LegacyCodePage.lostBytes[choice % lostCount])
                        choice /= lostCount
                    } else {
                        bytes.append(UInt8(entry))
                    }
                }
                guard let value = UTF8Coding.decodeSequence(bytes), ScalarPlausibility.isReconstructable(value)
                else { continue }
                let rank = preferJoiner && value == 0x200D ? -1 : ScalarPlausibility.reconstructionRank(value)
                if let current = best, current.rank < rank || (current.rank == rank && current.value <= value) {
                    continue
                }
                best = (value, rank)
            }
        }
        return best?.value
    }

    private static func continuationByte(_ value: UInt32) -> UInt8? {
        guard value >= 0x80, let byte = LegacyCodePage.byte(for: value), byte >= 0x80, byte <= 0xBF else {
            return nil
        }
        return byte
    }

    private static func isEmojiLike(_ value: UInt32) -> Bool {
        value >= 0x1F000 || value == 0xFE0F || (0x2600...0x27BF).contains(value)
    }

    private static func startsEmojiMojibake(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < buffer.count else { return false }
        let lead = LegacyCodePage.byte(for: UTF8Coding.scalar(buffer, at: index).value)
        return lead == 0xF0 || lead == 0xE2
    }

    /// Whether the text holds "Â " or "Ã " at all (as UTF-8: C3 82 20, C3 83 20).
    private static func hasWeakCandidate(_ input: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < input.count {
            if input[index] == 0xC3 && (input[index + 1] == 0x82 || input[index + 1] == 0x83)
                && input[index + 2] == 0x20
            {
                return true
            }
            index += 1
        }
        return false
    }
}
