import Foundation

/// Numbers the distinct texts of a column from 0, in order of first sight, reading each
/// row's text as bytes in place: a text seen before costs a hash of its bytes, no String.
/// The cross-incident views read hundreds of thousands of rows repeating far fewer texts
/// (incident ids, lesson texts, failure modes, service names, dates).
///
/// Texts are told apart by their bytes. Swift compares strings by canonical equivalence,
/// so two different byte sequences can make equal strings; callers that need Swift's
/// equality merge the numbers of equal `text(_:)`s, or rely on `isASCII` (ASCII texts are
/// equal exactly when their bytes are).
struct TextNumbering {
    /// The texts' bytes, one after the other: text i is `bytes[ends[i]..<ends[i + 1]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = [0]
    /// Each text's hash, by number.
    private var hashes: [UInt64] = []
    /// An open-addressing table of numbers (-1: empty), indexed by hash, at most half full.
    private var slots = [Int32](repeating: -1, count: 16)
    /// Whether every text numbered so far is ASCII.
    private(set) var isASCII = true

    /// How many distinct texts have been numbered.
    var count: Int { hashes.count }

    /// The number of `text`, numbering it if it is new.
    mutating func number(of text: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(text)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            if hashes[Int(slots[slot])] == hash && isText(slots[slot], text) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = Int32(count)
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
        hashes.append(hash)
        slots[slot] = number
        if isASCII && text.contains(where: { $0 >= 0x80 }) { isASCII = false }
        if count * 2 > slots.count { grow() }
        return number
    }

    /// The number of `text`, numbering it if it is new.
    mutating func number(of text: String) -> Int32 {
        var text = text
        return text.withUTF8 { number(of: $0) }
    }

    /// The number of `text` if it has one.
    func existingNumber(of text: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(text)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            if hashes[Int(slots[slot])] == hash && isText(slots[slot], text) { return slots[slot] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// `existingNumber(of:)`, quick for rows that come in runs of one text (one incident's
    /// rows) in about the order the texts were numbered (incidents numbered in storage
    /// order, their parts read in storage order): `last` is the number found for the
    /// previous row, and becomes this row's. The text is compared with that number's and
    /// the next two's before it is looked up.
    func existingNumber(of text: UnsafeBufferPointer<UInt8>, last: inout Int32?) -> Int32? {
        if let known = last {
            for candidate in known..<min(known + 3, Int32(count)) where isText(candidate, text) {
                last = candidate
                return candidate
            }
        }
        last = existingNumber(of: text)
        return last
    }

    /// Whether text `number` is `text`.
    func isText(_ number: Int32, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (ends[Int(number)], ends[Int(number) + 1])
        guard end - start == text.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress, let other = text.baseAddress else { return text.isEmpty }
            return memcmp(base + start, other, text.count) == 0
        }
    }

    /// Whether text `a` sorts before text `b`, byte by byte (for ASCII texts, as Swift
    /// sorts strings).
    func precedes(_ a: Int32, _ b: Int32) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return false }
            let (startA, countA) = (ends[Int(a)], ends[Int(a) + 1] - ends[Int(a)])
            let (startB, countB) = (ends[Int(b)], ends[Int(b) + 1] - ends[Int(b)])
            let order = memcmp(base + startA, base + startB, min(countA, countB))
            return order != 0 ? order < 0 : countA < countB
        }
    }

    /// Text `number` as a string (invalid UTF-8 repaired).
    func text(_ number: Int32) -> String {
        withBytes(of: number) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every text, by number.
    var texts: [String] { (0..<Int32(count)).map(text) }

    /// Calls `body` with the bytes of text `number`.
    func withBytes<T>(of number: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[ends[Int(number)]..<ends[Int(number) + 1]]))
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number)
        }
    }

    /// Chosen once per process, so that no text can be made to collide on purpose.
    private static let seed = UInt64.random(in: 1...UInt64.max)

    /// A quick hash of `text`, eight bytes at a time.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(text)
        var hash = seed ^ UInt64(text.count)
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        var offset = 0
        while offset + 8 <= raw.count {
            mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < raw.count {
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
            mix(tail)
        }
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}
