/// A cheap lexical look at YAML front matter before Yams sees it.
///
/// Yams composes a document recursively and hashes every mapping key (to find duplicates),
/// so aliases that point at aliases ("billion laughs") or thousands of nested brackets
/// would cost exponential time or the stack. This scan counts alias uses (`*name` where a
/// value can start) and estimates nesting depth; over either limit the front matter is
/// refused with a problem. It errs on the side of counting too much, which only matters
/// for text no real front matter contains.
///
/// Why so few aliases: with `n` alias uses an attacker can make a value expand to about
/// e^(n/e) copies, so 100 uses would already allow ~10^16; 16 allow a few hundred.
struct YAMLSafetyScan {
    static let maximumAliases = 16
    static let maximumDepth = 64

    private var aliases = 0
    private var flowDepth = 0
    private var indents: [Int] = []
    private var quote: UInt8?
    private var blockScalarIndent: Int?
    private var problem: FrontMatterProblem?

    /// A problem (lines counted from 1 within `yaml`) or nil when the text looks safe.
    static func check(_ yaml: String) -> FrontMatterProblem? {
        var scan = YAMLSafetyScan()
        var lineNumber = 0
        for line in yaml.utf8.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            lineNumber += 1
            scan.scan(Array(line), lineNumber: lineNumber)
            if let problem = scan.problem { return problem }
        }
        return nil
    }

    private mutating func scan(_ line: [UInt8], lineNumber: Int) {
        var index = 0
        let indent = line.prefix { $0 == 0x20 }.count
        let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if let scalarIndent = blockScalarIndent {
            if isBlank || indent > scalarIndent { return }
            blockScalarIndent = nil
        }
        var atValueStart = true
        var blockDepth = 0
        if quote == nil && flowDepth == 0 {
            if isBlank || line.dropFirst(indent).first == UInt8(ascii: "#") { return }
            while let last = indents.last, last > indent {
                indents.removeLast()
            }
            if indents.last != indent {
                indents.append(indent)
            }
            blockDepth = indents.count
            index = indent
        }
        while index < line.count {
            let byte = line[index]
            if let open = quote {
                if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == open {
                    if open == UInt8(ascii: "'"), index + 1 < line.count, line[index + 1] == open {
                        index += 2
                        continue
                    }
                    quote = nil
                    atValueStart = false
                }
                index += 1
                continue
            }
            let next: UInt8? = index + 1 < line.count ? line[index + 1] : nil
            let nextIsBlank = next == nil || next == 0x20 || next == 0x09
            switch byte {
            case 0x20, 0x09:
                break
            case UInt8(ascii: "#") where index == 0 || line[index - 1] == 0x20 || line[index - 1] == 0x09:
                return
            case _ where (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) && atValueStart && nextIsBlank:
                blockDepth += 1
            case UInt8(ascii: ":") where nextIsBlank || flowDepth > 0:
                atValueStart = true
            case UInt8(ascii: ",") where flowDepth > 0:
                atValueStart = true
            case _ where (byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")) && atValueStart:
                flowDepth += 1
            case _ where (byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) && flowDepth > 0:
                flowDepth -= 1
                atValueStart = false
            case _ where (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && atValueStart:
                quote = byte
            case _ where (byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")) && atValueStart && flowDepth == 0:
                blockScalarIndent = indent
                return
            case UInt8(ascii: "*") where atValueStart:
                aliases += 1
                atValueStart = false
                if aliases > Self.maximumAliases {
                    problem = FrontMatterProblem(
                        line: lineNumber,
                        column: index + 1,
                        message: "YAML front matter uses more than \(Self.maximumAliases) aliases (*name); "
                            + "it was not decoded, as aliases can expand without bound. Write the values out instead"
                    )
                    return
                }
            case _ where (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!")) && atValueStart:
                // An anchor or a tag: a value still follows it.
                while index + 1 < line.count, line[index + 1] != 0x20 {
                    index += 1
                }
            default:
                atValueStart = false
            }
            if blockDepth + flowDepth > Self.maximumDepth {
                problem = FrontMatterProblem(
                    line: lineNumber,
                    column: index + 1,
                    message: "YAML front matter nests deeper than \(Self.maximumDepth) levels; it was not decoded"
                )
                return
            }
            index += 1
        }
    }
}
