extension TextDecoder {
    /// Picks the encoding and decodes the bytes into a normalised UTF-8 buffer.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> (SourceEncoding, TextAccumulator) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let verdict = classifyUTF8(bytes, from: 3)
            return (.utf8BOM, decodeUTF8(bytes, from: 3, windows1252Fallback: verdict != .invalid))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (.utf16LE, decodeUTF16(bytes, from: 2, bigEndian: false))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (.utf16BE, decodeUTF16(bytes, from: 2, bigEndian: true))
        }
        switch utf16Pattern(bytes) {
        case .some(true): return (.utf16BEWithoutBOM, decodeUTF16(bytes, from: 0, bigEndian: true))
        case .some(false): return (.utf16LEWithoutBOM, decodeUTF16(bytes, from: 0, bigEndian: false))
        case .none: break
        }
        switch classifyUTF8(bytes, from: 0) {
        case .valid, .invalid:
            return (.utf8, decodeUTF8(bytes, from: 0, windows1252Fallback: false))
        case .mostlyUTF8:
            return (.utf8, decodeUTF8(bytes, from: 0, windows1252Fallback: true))
        case .windows1252:
            return (.windows1252, decodeWindows1252(bytes))
        }
    }

    private enum UTF8Verdict {
        case valid
        /// Not UTF-8, but every byte outside valid UTF-8 sequences is a Windows-1252
        /// character, and there are more of them than UTF-8 sequences: decode it all as
        /// Windows-1252 (UTF-8 pasted in comes back as mojibake, which the repairer fixes).
        case windows1252
        /// UTF-8 with fewer stray bytes than UTF-8 sequences, every stray byte a
        /// Windows-1252 character: decode as UTF-8 and read each stray byte as
        /// Windows-1252.
        case mostlyUTF8
        /// Not UTF-8 and not plausible Windows-1252: decode as UTF-8 with replacements.
        case invalid
    }

    private static func classifyUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UTF8Verdict {
        var index = start
        var invalid = 0
        var sequences = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            if let length = UTF8Coding.validSequenceLength(bytes, at: index) {
                sequences += 1
                index += length
                continue
            }
            if LegacyCodePage.isUndefinedInWindows1252(bytes[index]) { return .invalid }
            invalid += 1
            index += 1
        }
        if invalid == 0 { return .valid }
        return invalid > sequences ? .windows1252 : .mostlyUTF8
    }

    /// true: big-endian, false: little-endian, nil: not UTF-16 by its zero bytes. Looks at
    /// the first 64 KiB: UTF-16 text in a Latin script has a zero in most high bytes and
    /// almost none in the low bytes.
    private static func utf16Pattern(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let pairs = min(bytes.count, 65_536) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenZeros += 1 }
            if bytes[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 2 > pairs && evenZeros * 20 < pairs { return false }
        if evenZeros * 2 > pairs && oddZeros * 20 < pairs { return true }
        return nil
    }

    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, windows1252Fallback: Bool)
        -> TextAccumulator
    {
        var text = TextAccumulator(capacity: bytes.count)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x80 {
                var stop = index + 1
                while stop < bytes.count && bytes[stop] >= 0x20 && bytes[stop] < 0x80 {
                    stop += 1
                }
                text.appendPrintableASCII(UnsafeBufferPointer(rebasing: bytes[index..<stop]))
                index = stop
            } else if byte < 0x20 {
                text.appendASCII(byte)
                index += 1
            } else if let length = UTF8Coding.validSequenceLength(bytes, at: index) {
                text.appendEncodedScalar(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            } else {
                var stop = index + 1
                while stop < bytes.count && bytes[stop] >= 0x80
                    && UTF8Coding.validSequenceLength(bytes, at: stop) == nil
                {
                    stop += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[index..<stop])
                if windows1252Fallback && !run.contains(where: LegacyCodePage.isUndefinedInWindows1252) {
                    text.appendWindows1252(run)
                } else {
                    text.appendInvalid(TextAccumulator.hexNotation(run))
                }
                index = stop
            }
        }
        return text
    }

    private static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> TextAccumulator {
        var text = TextAccumulator(capacity: bytes.count + bytes.count / 4)
        for byte in bytes {
            text.appendScalar(LegacyCodePage.windows1252Scalar(byte))
        }
        return text
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool)
        -> TextAccumulator
    {
        var text = TextAccumulator(capacity: bytes.count)
        var index = start
        func unit(at offset: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
                : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
        }
        while index + 1 < bytes.count {
            let first = unit(at: index)
            switch first {
            case 0xD800...0xDBFF:
                if index + 3 < bytes.count, case let second = unit(at: index + 2), (0xDC00...0xDFFF).contains(second) {
                    text.appendScalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                    index += 4
                } else {
                    text.appendInvalid(TextAccumulator.hexNotation(bytes[index..<(index + 2)]))
                    index += 2
                }
            case 0xDC00...0xDFFF:
                text.appendInvalid(TextAccumulator.hexNotation(bytes[index..<(index + 2)]))
                index += 2
            default:
                text.appendScalar(first)
                index += 2
            }
        }
        if index < bytes.count {
            text.appendInvalid(TextAccumulator.hexNotation(bytes[index..<bytes.count]))
        }
        return text
    }
}
