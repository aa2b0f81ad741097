import PostmortemKit

/// Year-less numeric dates in timeline times ("03/03", "12/03 07:50", "03/03 – 12/03"),
/// which the date parser does not read on its own because "24/7" and "3/4" are not dates
/// in running text. In a timeline's time they are: each is rewritten as an ISO date, with
/// the year and the day–month order that put it nearest the incident's date (unless the
/// document's order is known), so the parser can resolve the rest.
struct YearlessNumericDate {
    /// The rewritten text.
    var text: String
    /// Each replacement: its character offset in `text`, its length there, and the length
    /// of what it replaced.
    private var replacements: [(offset: Int, length: Int, originalLength: Int)]

    /// The character offset in the original text of character offset `offset` in `text`.
    func originalOffset(of offset: Int) -> Int {
        var shift = 0
        for replacement in replacements where replacement.offset < offset {
            let inside = min(offset - replacement.offset, replacement.length)
            shift += inside == replacement.length ? replacement.length - replacement.originalLength : 0
        }
        return offset - shift
    }

    /// `text` with each `d/m` date rewritten, or nil when it does not start with one (a
    /// leading `~` aside) or no day is known to resolve it against.
    static func rewrite(_ text: String, dates: DateParser.Context) -> YearlessNumericDate? {
        guard let anchor = dates.referenceDay ?? dates.currentDay else { return nil }
        let characters = Array(text)
        var index = 0
        while index < characters.count, characters[index] == "~" || characters[index] == " " { index += 1 }
        guard match(characters, at: index) != nil else { return nil }
        var output: [Character] = []
        var replacements: [(offset: Int, length: Int, originalLength: Int)] = []
        var position = 0
        while position < characters.count {
            let startsWord = position == 0 || !(characters[position - 1].isNumber || characters[position - 1] == "/")
            if startsWord, let (first, second, length) = match(characters, at: position),
                let day = resolve(first, second, anchor: anchor, order: dates.order)
            {
                let iso = Array(day.description)
                replacements.append((output.count, iso.count, length))
                output += iso
                position += length
            } else {
                output.append(characters[position])
                position += 1
            }
        }
        guard !replacements.isEmpty else { return nil }
        return YearlessNumericDate(text: String(output), replacements: replacements)
    }

    /// Two numbers of one or two digits separated by `/` at `index`, not followed by
    /// another separator and digit (that would be a date with a year): the numbers and the
    /// characters they span.
    private static func match(_ characters: [Character], at index: Int) -> (Int, Int, Int)? {
        func digits(from start: Int) -> (Int, Int)? {
            var end = start
            while end < characters.count, end - start < 3, characters[end].isASCII, characters[end].isNumber {
                end += 1
            }
            guard (1...2).contains(end - start), let value = Int(String(characters[start..<end])) else { return nil }
            return (value, end)
        }
        guard let (first, slash) = digits(from: index), slash < characters.count, characters[slash] == "/",
            let (second, end) = digits(from: slash + 1)
        else { return nil }
        if end < characters.count {
            let next = characters[end]
            if next.isNumber || next.isLetter { return nil }
            if "/.-".contains(next), end + 1 < characters.count, characters[end + 1].isNumber { return nil }
        }
        return (first, second, end - index)
    }

    /// The day `first/second` names nearest `anchor`: in the document's order when known,
    /// else in whichever order is valid and nearer.
    private static func resolve(_ first: Int, _ second: Int, anchor: Day, order: DateOrder?) -> Day? {
        let dayFirst = nearest(month: second, day: first, to: anchor)
        let monthFirst = nearest(month: first, day: second, to: anchor)
        switch order {
        case .dayFirst?: return dayFirst
        case .monthFirst?: return monthFirst
        case nil:
            guard let dayFirst else { return monthFirst }
            guard let monthFirst else { return dayFirst }
            let distance = { (day: Day) in abs(day.daysSinceEpoch - anchor.daysSinceEpoch) }
            return distance(monthFirst) < distance(dayFirst) ? monthFirst : dayFirst
        }
    }

    /// The day with this month and day nearest `anchor`, in its year or either next to it.
    private static func nearest(month: Int, day: Int, to anchor: Day) -> Day? {
        let distance = { (candidate: Day) in abs(candidate.daysSinceEpoch - anchor.daysSinceEpoch) }
        return (anchor.year - 1...anchor.year + 1).compactMap { Day(year: $0, month: month, day: day) }
            .min { distance($0) < distance($1) }
    }
}
