/// The original text as UTF-8 bytes with an index of where each line starts and ends.
///
/// Lines end at `\n`, `\r\n` or `\r` (as in CommonMark); a terminator at the very end does
/// not start another line. Everything is by byte offset, so slicing never re-scans.
struct SourceText: Sendable {
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    private let lineStarts: [Int]
    /// Byte offset just past each line's content (before its terminator).
    private let lineEnds: [Int]

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
        self.bytes = bytes
        var starts: [Int] = []
        var ends: [Int] = []
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                starts.append(lineStart)
                ends.append(index)
                if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A {
                    index += 1
                }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < count {
            starts.append(lineStart)
            ends.append(count)
        }
        lineStarts = starts
        lineEnds = ends
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of a line's content (1-based line), or nil when out of range.
    func contentRange(ofLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return lineStarts[line - 1]..<lineEnds[line - 1]
    }

    /// The length of a line in bytes, without its terminator (0 when out of range).
    func length(ofLine line: Int) -> Int {
        contentRange(ofLine: line)?.count ?? 0
    }

    /// Byte offset where the line after `line` starts (or the end of the text).
    func offset(afterLine line: Int) -> Int {
        line < lineStarts.count ? lineStarts[line] : bytes.count
    }

    /// The verbatim text of whole lines, internal terminators kept, the last one's dropped.
    func lines(_ range: ClosedRange<Int>) -> String {
        let first = max(1, range.lowerBound)
        let last = min(lineStarts.count, range.upperBound)
        guard first <= last else { return "" }
        return String(decoding: bytes[lineStarts[first - 1]..<lineEnds[last - 1]], as: UTF8.self)
    }

    /// The byte at a 1-based line and column, if there is one.
    func byte(at position: SourcePosition) -> UInt8? {
        guard let content = contentRange(ofLine: position.line) else { return nil }
        let offset = content.lowerBound + position.column - 1
        guard position.column >= 1, offset < content.upperBound else { return nil }
        return bytes[offset]
    }

    /// The verbatim text between two inclusive positions, clamped to the text.
    func text(in range: SourceRange) -> String {
        guard let startLine = contentRange(ofLine: range.start.line),
            let endLine = contentRange(ofLine: range.end.line)
        else { return "" }
        let from = min(startLine.lowerBound + max(range.start.column, 1) - 1, startLine.upperBound)
        let through = min(endLine.lowerBound + max(range.end.column, 0), endLine.upperBound)
        guard from < through else { return "" }
        return String(decoding: bytes[from..<through], as: UTF8.self)
    }
}
