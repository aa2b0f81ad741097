import PostmortemKit

/// Writes one synthetic document from a seeded generator: picks a scenario and a dialect,
/// fills the templates, and pads the prose up to a size drawn between 5.2 and 7.6 KB.
struct DocumentComposer {
    var random: SplitMix64
    let index: Int
    /// The template values of this document ("{svc}" → "Home Assistant", "{svcId}" →
    /// "home-assistant").
    var values: [(String, String)] = []

    init(random: SplitMix64, index: Int) {
        self.random = random
        self.index = index
    }

    mutating func compose() -> SyntheticDocument {
        if random.chance(5) { return composeRunbook() }
        return composeIncident()
    }

    // MARK: - Picking

    mutating func any(_ items: [String]) -> String {
        random.pick(items) ?? ""
    }

    /// `template` with this document's values filled in.
    func fill(_ template: String) -> String {
        var text = template
        for (key, value) in values where text.contains(key) {
            text = text.replacingOccurrences(of: key, with: value)
        }
        return text
    }

    mutating func chooseValues() {
        let who = any(Vocabulary.people)
        var other = any(Vocabulary.people)
        if other == who { other = Vocabulary.people.first { $0 != who } ?? who }
        let service = any(Vocabulary.services)
        values = [
            ("{svcId}", service.lowercased().replacingOccurrences(of: " ", with: "-")), ("{svc}", service),
            ("{dep}", any(Vocabulary.dependencies)),
            ("{host}", any(Vocabulary.hosts)), ("{cluster}", any(Vocabulary.clusters)),
            ("{who}", firstName(who)), ("{other}", firstName(other)), ("{whoFull}", who), ("{otherFull}", other),
        ]
    }

    func value(_ key: String) -> String {
        values.first { $0.0 == key }?.1 ?? ""
    }

    func firstName(_ person: String) -> String {
        String(person.split(separator: " ").first ?? Substring(person))
    }

    mutating func chooseLanguage() -> SyntheticFacts.HeadingLanguage {
        switch random.below(10) {
        case 0: .french
        case 1: .german
        default: .english
        }
    }

    /// A day between 2016 and 2026 (drawn within the month's length, so the first draw
    /// is always a real day).
    mutating func chooseDay() -> Day {
        while true {
            let year = random.within(2016...2026)
            let month = random.within(1...12)
            if let day = Day(year: year, month: month, day: random.within(1...Day.daysIn(month: month, year: year))) {
                return day
            }
        }
    }

    /// A four-hex-digit group for PV names and ticket ids.
    mutating func hex(_ digits: Int) -> String {
        let alphabet = Array("0123456789abcdef")
        return String((0..<digits).map { _ in alphabet[random.below(16)] })
    }

    // MARK: - Size

    /// Sentences to pad the prose with, filled and in a random order, never repeated.
    mutating func fillerSentences() -> [String] {
        random.shuffled(Vocabulary.filler).map(fill)
    }

    /// Moves sentences from `pool` into `paragraphs` (round robin) until `size` plus what was
    /// added reaches `target` bytes.
    static func pad(_ paragraphs: inout [[String]], from pool: [String], size: Int, target: Int) {
        var total = size
        var next = 0
        for sentence in pool where total < target {
            paragraphs[next % paragraphs.count].append(sentence)
            total += sentence.utf8.count + 2
            next += 1
        }
    }

    /// `sentences` as paragraphs of four sentences each.
    static func paragraphs(_ sentences: [String]) -> String {
        stride(from: 0, to: sentences.count, by: 4).map { start in
            sentences[start..<min(start + 4, sentences.count)].joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    // MARK: - Names

    /// "00042-2021-03-10-disk-full-on-node-03.md"
    func fileName(date: Day?, title: String) -> String {
        var number = String(index)
        if number.count < 5 { number = String(repeating: "0", count: 5 - number.count) + number }
        var slug = ""
        for character in title.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let parts = [number, date?.description, String(slug.prefix(48))].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.joined(separator: "-") + ".md"
    }

    /// A long form of `day` in `language` ("3 June 2020", "3 juin 2020", "03.06.2020",
    /// "June 3rd, 2020" or ISO).
    mutating func written(_ day: Day, language: SyntheticFacts.HeadingLanguage) -> String {
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        switch language {
        case .german:
            return random.chance(50) ? "\(twoDigits(day.day)).\(twoDigits(day.month)).\(day.year)" : day.description
        case .french:
            return random.chance(50)
                ? "\(day.day) \(Vocabulary.monthsFrench[day.month - 1]) \(day.year)" : day.description
        case .english:
            let month = Vocabulary.monthsEnglish[day.month - 1]
            switch random.below(3) {
            case 0: return "\(day.day) \(month) \(day.year)"
            case 1: return "\(month) \(day.day)\(Self.ordinalSuffix(day.day)), \(day.year)"
            default: return day.description
            }
        }
    }

    static func ordinalSuffix(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// `day` plus `days` days, for due dates.
    static func adding(_ days: Int, to day: Day) -> Day {
        var result = day
        var left = days
        while left > 0 {
            let monthLength = Day.daysIn(month: result.month, year: result.year)
            if result.day + left <= monthLength {
                result.day += left
                left = 0
            } else {
                left -= monthLength - result.day + 1
                result.day = 1
                if result.month == 12 {
                    result.month = 1
                    result.year += 1
                } else {
                    result.month += 1
                }
            }
        }
        return result
    }
}
