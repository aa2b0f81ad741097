/// How a value is written in the canonical format's one-line places (a table cell, a
/// heading, a why's question) and in list items, and read back, so that every value
/// survives the trip exactly.
///
/// - In one-line places a line break is written `<br>` (which GitHub shows as one); a
///   `<br>` the value itself holds is written `<br\>` (shown as `<br>`), a `<br\>` as
///   `<br\\>`, and so on. In table cells a `|` is also written `\|`.
/// - In a list item the value's further lines follow as the item's continuation lines,
///   indented by the width of its marker (so code blocks and nested lists stay what they
///   are); empty lines stay empty.
enum CanonicalText {
    /// `value` as the inline Markdown of a table cell.
    static func cell(_ value: String) -> String { encode(value, escapingPipes: true) }

    /// `value` as the inline Markdown of a heading or a why's question.
    static func line(_ value: String) -> String { encode(value, escapingPipes: false) }

    /// The value a table cell's Markdown (as written, trimmed) holds.
    static func readCell(_ markdown: String) -> String { decode(markdown, unescapingPipes: true) }

    /// The value a heading's Markdown holds, or a list item's (its lines joined by `\n`).
    static func readLine(_ markdown: String) -> String { decode(markdown, unescapingPipes: false) }

    /// A list item: `marker`, the value's first line, then its other lines indented to
    /// the marker's width.
    static func item(_ marker: String, _ value: String) -> String {
        let lines = encodedLines(value)
        return joined(marker: marker, first: lines.first ?? "", rest: lines.dropFirst())
    }

    /// A why: `marker`, the question in bold on the first line, the answer's lines below it.
    static func why(_ marker: String, question: String, answer: String) -> String {
        joined(
            marker: marker, first: "**" + line(question) + "**", rest: answer.isEmpty ? [] : encodedLines(answer)[...])
    }

    private static func encodedLines(_ value: String) -> [String] {
        if !value.utf8.contains(0x0A) { return [line(value)] }
        return value.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
    }

    private static func joined(marker: String, first: String, rest: ArraySlice<String>) -> String {
        let indent = String(repeating: " ", count: marker.count)
        return ([marker + first] + rest.map { $0.isEmpty ? "" : indent + $0 }).joined(separator: "\n")
    }

    // MARK: - Encoding

    private static func encode(_ value: String, escapingPipes: Bool) -> String {
        // Most values hold no line break, `<` or `|`: nothing to encode, no walk over their
        // characters.
        if !value.utf8.contains(where: { $0 == 0x0A || $0 == 0x3C || ($0 == 0x7C && escapingPipes) }) {
            return value
        }
        let characters = Array(value)
        var out = ""
        var index = 0
        while index < characters.count {
            if let backslashes = lineBreakTag(in: characters, at: index) {
                out += "<br" + String(repeating: "\\", count: backslashes + 1) + ">"
                index += 4 + backslashes
                continue
            }
            let character = characters[index]
            if character == "\n" {
                out += "<br>"
            } else if character == "|", escapingPipes {
                out += "\\|"
            } else {
                out.append(character)
            }
            index += 1
        }
        return out
    }

    private static func decode(_ markdown: String, unescapingPipes: Bool) -> String {
        let characters = Array(markdown)
        var out = ""
        var index = 0
        while index < characters.count {
            if let backslashes = lineBreakTag(in: characters, at: index) {
                out += backslashes == 0 ? "\n" : "<br" + String(repeating: "\\", count: backslashes - 1) + ">"
                index += 4 + backslashes
                continue
            }
            let character = characters[index]
            if character == "\\", unescapingPipes, index + 1 < characters.count, characters[index + 1] == "|" {
                out += "|"
                index += 2
            } else {
                out.append(character)
                index += 1
            }
        }
        return out
    }

    /// The number of backslashes in a `<br>`, `<br\>`, `<br\\>` … starting at `index`, or
    /// nil when none starts there.
    private static func lineBreakTag(in characters: [Character], at index: Int) -> Int? {
        guard index + 3 < characters.count, characters[index] == "<", characters[index + 1] == "b",
            characters[index + 2] == "r"
        else { return nil }
        var cursor = index + 3
        while cursor < characters.count, characters[cursor] == "\\" { cursor += 1 }
        guard cursor < characters.count, characters[cursor] == ">" else { return nil }
        return cursor - index - 3
    }
}
