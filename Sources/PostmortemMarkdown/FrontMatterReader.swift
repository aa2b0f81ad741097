/// Finds front matter at the very top of a file, splits it off and decodes it.
///
/// The first line (after an optional byte-order mark) must be exactly `---` (YAML) or
/// `+++` (TOML), trailing blanks allowed; the front matter ends at the next line that is
/// `---` or `...` (YAML) or `+++` (TOML). Without a closing line there is no front matter
/// and the opening line is ordinary Markdown (a thematic break).
enum FrontMatterReader {
    /// Front matter larger than this is not decoded.
    static let maximumSize = 64 * 1024

    struct Result {
        var frontMatter: FrontMatter?
        var problem: FrontMatterProblem?
        /// The first line of the Markdown body (1 when there is no front matter).
        var bodyFirstLine: Int
    }

    static func read(_ source: SourceText) -> Result {
        let none = Result(frontMatter: nil, problem: nil, bodyFirstLine: 1)
        guard let first = source.contentRange(ofLine: 1) else { return none }
        var opening = source.bytes[first]
        if opening.starts(with: [0xEF, 0xBB, 0xBF]) {
            opening = opening.dropFirst(3)
        }
        let format: FrontMatter.Format
        let closings: [[UInt8]]
        switch Array(trimmed(opening)) {
        case Array("---".utf8):
            format = .yaml
            closings = [Array("---".utf8), Array("...".utf8)]
        case Array("+++".utf8):
            format = .toml
            closings = [Array("+++".utf8)]
        default:
            return none
        }
        var size = 0
        var line = 2
        while let content = source.contentRange(ofLine: line) {
            if closings.contains(where: { trimmed(source.bytes[content]).elementsEqual($0) }) {
                return decode(source, format: format, closingLine: line)
            }
            size += content.count + 1
            if size > maximumSize {
                let problem = FrontMatterProblem(
                    line: 1,
                    column: 1,
                    message: "front matter is not closed within \(maximumSize / 1024) KiB; "
                        + "it is read as Markdown instead (shorten it or close it with a '\(format == .yaml ? "---" : "+++")' line)"
                )
                return Result(frontMatter: nil, problem: problem, bodyFirstLine: 1)
            }
            line += 1
        }
        return none
    }

    private static func decode(_ source: SourceText, format: FrontMatter.Format, closingLine: Int) -> Result {
        let raw = closingLine > 2 ? source.lines(2...(closingLine - 1)) : ""
        let decoded: Result.Decoded =
            switch format {
            case .yaml: YAMLFrontMatterDecoder.decode(raw)
            case .toml: TOMLFrontMatterDecoder.decode(raw)
            }
        // Decoders count lines from the first line after the opening fence.
        let problem = decoded.problem.map {
            FrontMatterProblem(line: $0.line + 1, column: $0.column, message: $0.message)
        }
        let frontMatter = FrontMatter(
            format: format,
            raw: raw,
            lines: 1...closingLine,
            fields: problem == nil ? decoded.fields.replacingNUL() : FrontMatterTable()
        )
        return Result(frontMatter: frontMatter, problem: problem, bodyFirstLine: closingLine + 1)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes
        while let last = bytes.last, last == 0x20 || last == 0x09 {
            bytes = bytes.dropLast()
        }
        return bytes
    }
}

extension FrontMatterReader.Result {
    /// What a decoder returns: the fields, or a problem positioned in the raw text.
    struct Decoded {
        var fields: FrontMatterTable
        var problem: FrontMatterProblem?
    }
}
