import PostmortemKit

/// Stage 3 of the importer: gives a document with no Markdown headings (text copied out of
/// a web page or a wiki) headings where its bare title lines stand. The first title lines,
/// before any other text, become `#` headings; later ones `##`. Only a `#` prefix is
/// added, so every line keeps its number and every word stays.
enum DocumentShaper {
    struct Shaped: Sendable {
        var text: String
        /// The 1-based numbers of the lines promoted to headings.
        var promotedLines: [Int]
    }

    static func shape(_ text: String) -> Shaped {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !hasMarkdownHeadings(lines) else { return Shaped(text: text, promotedLines: []) }
        var output: [Substring] = []
        output.reserveCapacity(lines.count)
        var promoted: [Int] = []
        var inFence = false
        var inFrontMatter = false
        var seenContent = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if index == 0 && (trimmed == "---" || trimmed == "+++") {
                inFrontMatter = true
            } else if inFrontMatter {
                if trimmed == "---" || trimmed == "+++" || trimmed == "..." { inFrontMatter = false }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
            } else if !inFence, line.first != " ", line.first != "\t", SectionClassifier.isLikelyBareTitle(trimmed) {
                output.append(Substring((seenContent ? "## " : "# ") + line))
                promoted.append(index + 1)
                continue
            } else if !trimmed.isEmpty, !inFence, MetadataLine.parse(trimmed)?.key == nil {
                seenContent = true
            }
            output.append(line)
        }
        return Shaped(text: output.joined(separator: "\n"), promotedLines: promoted)
    }

    /// Whether any line is an ATX heading or a setext underline below a text line.
    static func hasMarkdownHeadings(_ lines: [Substring]) -> Bool {
        var previousIsText = false
        var inFence = false
        var inFrontMatter = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces()
            if index == 0 && (trimmed == "---" || trimmed == "+++") {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if trimmed == "---" || trimmed == "+++" || trimmed == "..." { inFrontMatter = false }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix(while: { $0 == "#" })
                if hashes.count <= 6, trimmed.count == hashes.count || trimmed.dropFirst(hashes.count).first == " " {
                    return true
                }
            }
            if previousIsText, !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) { return true }
            if previousIsText, trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" }) { return true }
            previousIsText =
                !trimmed.isEmpty && !trimmed.hasPrefix("|") && !trimmed.hasPrefix("-")
                && !trimmed.hasPrefix("*")
        }
        return false
    }
}
