/// Small UTF-8 helpers that work on bytes, so the decoder never builds a `String`
/// character by character.
enum UTF8Coding {
    /// Appends the UTF-8 encoding of a scalar value (which must be a valid scalar).
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The number of continuation bytes a lead byte (C2–F4) needs.
    static func continuationCount(ofLead lead: UInt8) -> Int {
        lead < 0xE0 ? 1 : (lead < 0xF0 ? 2 : 3)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or nil when the bytes
    /// there do not start one (a stray continuation byte, an overlong form, a surrogate, a
    /// value beyond U+10FFFF or a truncated sequence).
    static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// The scalar value of a byte sequence if it is exactly one valid UTF-8 sequence.
    static func decodeSequence(_ bytes: [UInt8]) -> UInt32? {
        let length = bytes.withUnsafeBufferPointer { validSequenceLength($0, at: 0) }
        guard let length, length == bytes.count, let lead = bytes.first else { return nil }
        return scalarValue(lead: lead, continuation: bytes.dropFirst())
    }

    /// Decodes the scalar at `index` of bytes known to be valid UTF-8, returning its value
    /// and length. A truncated sequence yields U+FFFD and the bytes that remain.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00..<0x80: return (UInt32(lead), 1)
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        default: length = 4
        }
        guard index + length <= bytes.count else { return (0xFFFD, bytes.count - index) }
        return (
            scalarValue(lead: lead, continuation: bytes[(index + 1)..<(index + length)]), length
        )
    }

    private static func scalarValue<Tail: Sequence>(lead: UInt8, continuation: Tail) -> UInt32
    where Tail.Element == UInt8 {
        var value: UInt32
        switch lead {
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for byte in continuation {
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        return value
    }
}
