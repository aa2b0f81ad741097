import Foundation
import PostmortemKit

/// Splits an incident log (a monthly ops log holding several incidents, each under its own
/// dated heading) into one run of blocks per incident. A document that is not a log is one
/// chunk holding every block.
enum IncidentLogSplitter {
    struct Chunk: Sendable {
        var blocks: [MarkdownNode]
        /// The entry heading's title without its date, for a log entry.
        var title: String?
        var day: Day?
    }

    /// A log: at least two headings at the top level below the document title (the
    /// shallowest level of heading after the first level-1 one) that name no known section
    /// and each carry a date, each followed by content, and no other heading at that level.
    /// Dated headings nested under a section ("### Freitag, 16.02.2024" under "##
    /// Zeitleiste") are days of a timeline, not log entries. The blocks above the first
    /// entry (the log's title and introduction) are appended to the first entry's blocks, where
    /// they are kept as a section.
    static func split(_ blocks: [MarkdownNode]) -> [Chunk] {
        let whole = [Chunk(blocks: blocks, title: nil, day: nil)]
        let levels = blocks.compactMap { block -> Int? in
            guard case .heading(let heading) = block.kind, heading.level >= 2 else { return nil }
            return heading.level
        }
        guard let top = levels.min() else { return whole }
        var candidates: [Int: [(index: Int, day: Day, title: String)]] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .heading(let heading) = block.kind, heading.level == top else { continue }
            // The heading as inline Markdown ("Terraform removed the `status` CNAME").
            let source = block.sourceText.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            var text = String(source.drop { $0 == "#" || $0 == " " }).trimmingSpaces()
            while text.hasSuffix("#") { text.removeLast() }
            text = text.trimmingSpaces()
            if text.isEmpty { text = block.plainText.trimmingSpaces() }
            guard !SectionClassifier.classify(text).isRecognised, let match = DateParser.findDay(in: text) else {
                continue
            }
            var title = text
            title.removeSubrange(match.range)
            title = title.trimmingCharacters(in: CharacterSet(charactersIn: " –—-:|()[],"))
            candidates[heading.level, default: []].append((index, match.day, title.isEmpty ? text : title))
        }
        guard let level = candidates.keys.sorted().first(where: { (candidates[$0]?.count ?? 0) >= 2 }),
            let entries = candidates[level]
        else { return whole }
        // Every heading at that level must be an entry, or it is not a log.
        let sameLevel = blocks.filter { if case .heading(let h) = $0.kind { h.level == level } else { false } }
        guard sameLevel.count == entries.count else { return whole }
        var chunks: [Chunk] = []
        for (position, entry) in entries.enumerated() {
            let end = position + 1 < entries.count ? entries[position + 1].index : blocks.count
            var body = Array(blocks[(entry.index + 1)..<end])
            guard !body.isEmpty else { return whole }
            // The log's own title and introduction stay with its first entry, so no word is lost.
            if position == 0 { body += Array(blocks[..<entry.index]) }
            chunks.append(Chunk(blocks: body, title: entry.title, day: entry.day))
        }
        return chunks
    }
}
