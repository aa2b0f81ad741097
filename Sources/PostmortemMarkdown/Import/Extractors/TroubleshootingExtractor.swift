import Foundation
import PostmortemKit

/// Reads troubleshooting entries (symptom → cause → fix) in the two shapes runbooks write
/// them: a table with Symptom / Cause / Fix columns (any order, several languages), or one
/// sub-heading per symptom followed by `**Cause:**` and `**Fix:**` paragraphs; blocks after
/// a label (a code block after "Fix:") belong to it. An entry needs a cause or a fix;
/// anything else stays in the kept section.
struct TroubleshootingExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.troubleshooting]

    private enum Part { case symptom, cause, fix }

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        var entry: (blocks: [MarkdownNode], symptom: String, cause: [String], fix: [String])?
        var part: Part = .symptom

        func finish() {
            guard let open = entry else { return }
            entry = nil
            let cause = open.cause.joined(separator: "\n\n")
            let fix = open.fix.joined(separator: "\n\n")
            guard !cause.isEmpty || !fix.isEmpty else { return }
            incident.troubleshooting.append(TroubleshootingEntry(symptom: open.symptom, cause: cause, fix: fix))
            consumed.formUnion(open.blocks.map(\.id))
        }

        for block in segment.blocks {
            if let symptom = Self.headingText(block, context: context) {
                finish()
                entry = ([block], symptom, [], [])
                part = .symptom
                continue
            }
            guard entry != nil else { continue }
            entry?.blocks.append(block)
            var text = context.markdown(of: [block])
            if case .paragraph = block.kind, let (label, rest) = Self.label(of: text) {
                part = label
                text = rest
            }
            guard !text.isEmpty else { continue }
            switch part {
            case .symptom: entry?.symptom += "\n\n" + text
            case .cause: entry?.cause.append(text)
            case .fix: entry?.fix.append(text)
            }
        }
        finish()
        return consumed
    }

    /// A sub-heading's or bold paragraph's inline Markdown (the symptom), or nil.
    private static func headingText(_ block: MarkdownNode, context: ImportContext) -> String? {
        switch block.kind {
        case .heading:
            let source = block.sourceText.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let text = source.drop { $0 == "#" || $0 == " " }
            let trimmed = text.replacingOccurrences(of: #"\s+#+\s*$"#, with: "", options: .regularExpression)
            return trimmed.isEmpty ? block.plainText : trimmed
        case .paragraph:
            guard let text = DocumentSegmenter.boldParagraphText(block), label(of: "**\(text)**") == nil else {
                return nil
            }
            return text
        default:
            return nil
        }
    }

    /// A leading `**Cause:**` / `Fix:` label and the text after it.
    private static func label(of text: String) -> (Part, String)? {
        guard let line = MetadataLine.parse(text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
        else { return nil }
        let key = line.label.lowercasedWithoutDiacritics()
        let part: Part
        if causeWords.contains(key) {
            part = .cause
        } else if fixWords.contains(key) {
            part = .fix
        } else if symptomWords.contains(key) {
            part = .symptom
        } else {
            return nil
        }
        let rest = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
        return (part, [line.value, rest.map(String.init) ?? ""].filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    static let symptomWords: Set<String> = [
        "symptom", "symptoms", "error", "error message", "problem", "issue", "symptome", "probleme", "erreur",
        "fehler", "fehlerbild", "symptom(e)", "sintoma", "sintomas",
    ]
    static let causeWords: Set<String> = [
        "cause", "causes", "reason", "root cause", "why", "ursache", "grund", "causa", "cause racine",
    ]
    static let fixWords: Set<String> = [
        "fix", "solution", "resolution", "remedy", "workaround", "action", "what to do", "losung", "behebung",
        "abhilfe", "correctif", "remede", "solucion", "arreglo",
    ]
}

extension TroubleshootingExtractor: TableExtractor {
    /// A header whose columns are a symptom, a fix and optionally a cause, nothing else.
    func accepts(header: [String]) -> Bool {
        let parts = header.map(Self.part(ofColumn:))
        return parts.allSatisfy { $0 != nil } && parts.contains("symptom") && parts.contains("fix")
            && Set(parts.compactMap { $0 }).count == parts.count
    }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool {
        let parts = table.header.map { Self.part(ofColumn: $0.text) }
        for row in table.rows where !row.allSatisfy({ $0.text.isEmpty }) {
            var values: [String: String] = [:]
            for (column, cell) in row.enumerated() where column < parts.count {
                if let part = parts[column] { values[part] = cell.markdown }
            }
            incident.troubleshooting.append(
                TroubleshootingEntry(
                    symptom: values["symptom"] ?? "", cause: values["cause"] ?? "", fix: values["fix"] ?? ""))
        }
        return true
    }

    private static func part(ofColumn text: String) -> String? {
        let key = text.trimmingCharacters(in: CharacterSet(charactersIn: " *_:")).lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
        if symptomWords.contains(key) { return "symptom" }
        if causeWords.contains(key) { return "cause" }
        if fixWords.contains(key) { return "fix" }
        return nil
    }
}
