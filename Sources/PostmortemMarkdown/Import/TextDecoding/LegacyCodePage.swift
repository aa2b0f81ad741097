/// The single-byte Windows code pages that mojibake comes from, as byte ↔ scalar tables.
///
/// Decoding uses Windows-1252. Mojibake detection uses the union of Windows-1252,
/// Windows-1254 (Turkish: the same table except `Ğ İ Ş ğ ı ş` at D0 DD DE F0 FD FE and no
/// characters at 8E 9E) and Latin-1 (whose C1 controls U+0080–U+009F stand for the bytes
/// 80–9F themselves, which is what "sloppy" decoders leave behind). The three never put
/// one character at two different bytes, so a character maps back to exactly one byte.
enum LegacyCodePage {
    /// Windows-1252's characters for the bytes 80–9F; the five bytes it leaves undefined
    /// decode to the C1 control of the same value, as Latin-1 does.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Bytes that Windows-1252 or Windows-1254 has no character for. Text that went
    /// through one of them lost these bytes (dropped, or replaced with "?").
    static let lostBytes: [UInt8] = [0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]

    /// Whether Windows-1252 leaves `byte` undefined.
    static func isUndefinedInWindows1252(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// The scalar Windows-1252 decodes `byte` to (C1 controls for its undefined bytes).
    static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0 {
            return windows1252High[Int(byte) - 0x80]
        }
        return UInt32(byte)
    }

    /// The byte a non-ASCII scalar stands for in any of the three code pages, or nil when
    /// none of them has it.
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar >= 0x80 && scalar <= 0xFF {
            return UInt8(scalar)
        }
        switch scalar {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        // Windows-1254 (Turkish)
        case 0x011E: return 0xD0
        case 0x0130: return 0xDD
        case 0x015E: return 0xDE
        case 0x011F: return 0xF0
        case 0x0131: return 0xFD
        case 0x015F: return 0xFE
        default: return nil
        }
    }
}
