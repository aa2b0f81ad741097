/// Makes mojibake the way legacy tools did: the UTF-8 bytes of a text read with a Windows
/// code page and saved again as UTF-8, with the bytes the code page has no character for
/// dropped or written as "?".
enum MojibakeFixtures {
    enum CodePage {
        case windows1252
        case windows1254
    }

    enum LostBytes {
        case dropped
        case questionMark
        /// Kept as C1 control characters, as a Latin-1 decoder does.
        case controlCharacters
    }

    // swift-format-ignore
    private static let high1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    private static func character(_ byte: UInt8, in codePage: CodePage) -> UInt32? {
        if codePage == .windows1254 {
            switch byte {
            case 0x8E, 0x9E: return nil
            case 0xD0: return 0x011E
            case 0xDD: return 0x0130
            case 0xDE: return 0x015E
            case 0xF0: return 0x011F
            case 0xFD: return 0x0131
            case 0xFE: return 0x015F
            default: break
            }
        }
        if byte >= 0x80 && byte < 0xA0 { return high1252[Int(byte) - 0x80] }
        return UInt32(byte)
    }

    /// `text` garbled through `codePage`.
    static func garble(_ text: String, _ codePage: CodePage = .windows1252, lost: LostBytes = .dropped) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in text.utf8 {
            if let value = character(byte, in: codePage), let scalar = Unicode.Scalar(value) {
                scalars.append(scalar)
            } else {
                switch lost {
                case .dropped: break
                case .questionMark: scalars.append("?")
                case .controlCharacters: scalars.append(Unicode.Scalar(byte))
                }
            }
        }
        return String(scalars)
    }
}
