import Foundation
import PostmortemKit

/// The search index the search page's script reads: one entry per incident with what a
/// reader searches for, as JSON (`search/index.json`, for tools) and as a script assigning
/// the same JSON to `window.PM_SEARCH` (`search/index.js`), which a page opened from disk
/// can load where browsers refuse to fetch a file.
///
/// An entry: `{"u": page, "t": title, "d": date, "k": kind, "s": severity, "v": services,
/// "g": tags, "m": failure mode names, "x": summary and lessons, cut to a few hundred
/// characters}`. Pages are relative to the site's root.
enum SearchIndex {
    struct Entry {
        var u: String
        var t: String
        var d: String?
        var k: String
        var s: String?
        var v: [String]
        var g: [String]
        var m: [String]
        var x: String
    }

    static let textLimit = 600

    /// The entries as a JSON array, keys sorted, absent values left out. For a script
    /// (`forScript`), `<`, U+2028 and U+2029 are written as escapes too: inside a <script>
    /// element "</script" or "<!--" in a string would end or confuse it, and the two
    /// separators end lines in older JavaScript; the escapes mean the same to JSON.
    static func json(_ entries: [Entry], forScript: Bool) -> String {
        var out = "["
        out.reserveCapacity(entries.count * 700)
        for (index, entry) in entries.enumerated() {
            out += index > 0 ? ",{" : "{"
            var first = true
            member("d", entry.d, &out, &first, forScript)
            member("g", entry.g, &out, &first, forScript)
            member("k", entry.k, &out, &first, forScript)
            member("m", entry.m, &out, &first, forScript)
            member("s", entry.s, &out, &first, forScript)
            member("t", entry.t, &out, &first, forScript)
            member("u", entry.u, &out, &first, forScript)
            member("v", entry.v, &out, &first, forScript)
            member("x", entry.x, &out, &first, forScript)
            out += "}"
        }
        out += "]"
        return out
    }

    /// Appends `"name":` after a comma unless it is the object's `first` member.
    private static func key(_ name: String, _ out: inout String, _ first: inout Bool) {
        out += first ? "\"" : ",\""
        first = false
        out += name
        out += "\":"
    }

    /// A string member; none when `value` is nil.
    private static func member(
        _ name: String, _ value: String?, _ out: inout String, _ first: inout Bool, _ forScript: Bool
    ) {
        guard let value else { return }
        key(name, &out, &first)
        JSONText.append(value, to: &out, forScript: forScript)
    }

    /// An array of strings.
    private static func member(
        _ name: String, _ values: [String], _ out: inout String, _ first: inout Bool, _ forScript: Bool
    ) {
        key(name, &out, &first)
        out += "["
        for (position, value) in values.enumerated() {
            if position > 0 { out += "," }
            JSONText.append(value, to: &out, forScript: forScript)
        }
        out += "]"
    }

    static func entries(_ data: SiteData) -> [Entry] {
        data.facts.map { fact in
            let overview = data.overviews[fact.id]
            return Entry(
                u: data.links.page(fact.id).rawValue, t: fact.title, d: fact.date?.description, k: fact.kind.rawValue,
                s: fact.severity?.label, v: fact.services.map(\.rawValue), g: overview?.tags ?? [],
                m: fact.failureModes.map { data.mode($0).name }, x: data.searchTexts[fact.id] ?? "")
        }
    }

    /// An entry's text (`x`): the summary, then the lessons (`statements`), as plain words,
    /// cut after `textLimit` characters. Made once per revision of the incident (it is kept
    /// with its ``IncidentInputs``).
    static func text(summary: String?, statements: [LessonStatement]) -> String {
        var text = MarkdownPlain.text(summary ?? "")
        var length = text.unicodeScalars.count
        for statement in statements where length < textLimit {
            let words = MarkdownPlain.text(statement.text)
            text += (text.isEmpty ? "" : " ") + words
            length += words.unicodeScalars.count + 1
        }
        if length > textLimit {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(textLimit))) + "…"
        }
        return text
    }

    /// The bytes of `json(entries, forScript: false)` made those of `json(entries, forScript:
    /// true)`: outside its strings the JSON has no `<` nor any character beyond ASCII, so
    /// escaping `<`, U+2028 and U+2029 wherever they stand (E2 80 A8 and E2 80 A9 in
    /// UTF-8, which no other character's bytes hold) escapes them in the strings alone.
    static func escapedForScript(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        while index < json.count {
            let byte = json[index]
            var escape: String?
            if byte == UInt8(ascii: "<") {
                escape = "\\u003c"
            } else if byte == 0xE2, index + 2 < json.count, json[index + 1] == 0x80,
                json[index + 2] == 0xA8 || json[index + 2] == 0xA9
            {
                escape = json[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            }
            guard let escape else {
                index += 1
                continue
            }
            if out.isEmpty { out.reserveCapacity(json.count + 1024) }
            out += json[copied..<index]
            out += Array(escape.utf8)
            index += byte == 0xE2 ? 3 : 1
            copied = index
        }
        if copied == 0 { return json }
        out += json[copied...]
        return out
    }

    static func write(_ context: PublishingContext) throws(PublishError) {
        let data = try context.require(context.data, "the knowledge base")
        let build = try context.require(context.build, "the output")
        var json = Array(json(entries(data), forScript: false).utf8)
        let script = Array("window.PM_SEARCH = ".utf8) + escapedForScript(json) + Array(";\n".utf8)
        json.append(UInt8(ascii: "\n"))
        try build.write(json, to: SiteLinks.searchJSON)
        try build.write(script, to: SiteLinks.searchScript)

        let path = SiteLinks.search
        let model: PageModel = [
            "chrome": context.site.chrome(for: path, title: "Search", section: nil), "title": "Search",
            "indexScript": path.rootPrefix + SiteLinks.searchScript.rawValue,
            "searchScript": path.rootPrefix + SiteLinks.assetsFolder + "/search.js",
            "count": data.facts.count,
        ]
        context.render(.search, model, to: path)
    }
}

/// JSON string literals.
enum JSONText {
    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped;
    /// for a script also `<`, U+2028 and U+2029.
    static func append(_ text: String, to out: inout String, forScript: Bool) {
        out += "\""
        // Most text needs no escape: checked a byte at a time (U+2028 and U+2029 are
        // E2 80 A8 and E2 80 A9 in UTF-8).
        if !needsEscape(text, forScript: forScript) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forScript: out += "\\u003c"
            case "\u{2028}" where forScript: out += "\\u2028"
            case "\u{2029}" where forScript: out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONText {
    /// Whether `text` holds a character `append` escapes.
    static func needsEscape(_ text: String, forScript: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if forScript {
                if byte == 0x3C || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) { return true }
                previous = (previous.1, byte)
            }
        }
        return false
    }
}

/// Markdown reduced to its words for the search index and the feed's summaries: markup
/// characters dropped, link targets dropped, white space collapsed (a scalar at a time:
/// Character iteration is several times slower and this runs over every summary and lesson).
enum MarkdownPlain {
    static func text(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        var skipping = false
        var lastWasSpace = true
        var previous: Unicode.Scalar = " "
        for scalar in markdown.unicodeScalars {
            if skipping {
                if scalar == ")" { skipping = false }
                continue
            }
            if scalar == "(" && previous == "]" {
                skipping = true
                continue
            }
            previous = scalar
            switch scalar {
            case "*", "_", "`", "#", ">", "|", "[", "]", "~":
                continue
            case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}":
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            default:
                out.append(scalar)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}
