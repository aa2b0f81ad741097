/// Reads how long something lasted, as people write it: "~11 hours", "45 min", "2h 30m",
/// "2h30", "1 day", "1.5 hours", "3 Stunden", "2 heures", "an hour and 20 minutes".
public enum DurationParser {
    /// The first duration in `text`, in seconds; nil when it holds none. Parts written
    /// together add up ("2h 30m", "1 hour and 30 minutes"); a number right after hours with
    /// no unit counts as minutes ("2h30"). Clock times ("18:00") are not durations. Capped
    /// at a century.
    public static func seconds(in text: String) -> Int? {
        let tokens = DateToken.tokenize(text)
        var index = 0
        while index < tokens.count {
            if let (seconds, _) = run(tokens, from: index) { return seconds }
            index += 1
        }
        return nil
    }

    /// Words meaning "one" before a unit ("an hour", "une heure").
    private static let one: Set<String> = ["a", "an", "one", "un", "une", "ein", "eine", "einen", "uno", "una"]
    private static let joiners: Set<String> = ["and", "et", "und", "y"]

    /// A run of parts starting at `start`: total seconds and the index after it.
    private static func run(_ tokens: [DateToken], from start: Int) -> (Int, Int)? {
        var index = start
        var total = 0
        var lastUnit: Int?
        var parts = 0
        while index < tokens.count {
            if parts > 0, let word = tokens[index].word, joiners.contains(word) {
                index += 1
                continue
            }
            if parts > 0, tokens[index].symbol == "," {
                index += 1
                continue
            }
            guard let (seconds, next, unit) = part(tokens, at: index, after: lastUnit) else { break }
            total = min(total + seconds, DateGrammar.longestRelative)
            lastUnit = unit
            parts += 1
            index = next
        }
        return parts > 0 ? (total, index) : nil
    }

    /// One "number unit" part; fractions with `.` or `,` ("1.5 hours", "1,5 Stunden").
    private static func part(_ tokens: [DateToken], at index: Int, after lastUnit: Int?) -> (Int, Int, Int)? {
        guard tokens.indices.contains(index) else { return nil }
        var next = index
        var amount: Double
        if let number = tokens[index].number {
            amount = Double(number.value)
            next += 1
            if next + 1 < tokens.count, let mark = tokens[next].symbol, mark == "." || mark == ",",
                !tokens[next].spaced, let fraction = tokens[next + 1].number, !tokens[next + 1].spaced,
                tokens.indices.contains(next + 2),
                tokens[next + 2].word.flatMap({ CalendarWords.durationUnits[$0] }) != nil
            {
                amount += Double(fraction.value) / pow10(fraction.digits)
                next += 2
            }
        } else if let word = tokens[index].word, one.contains(word) {
            amount = 1
            next += 1
        } else {
            return nil
        }
        if let word = tokens.indices.contains(next) ? tokens[next].word : nil,
            let unit = CalendarWords.durationUnits[word]
        {
            return (Int(amount * Double(unit)), next + 1, unit)
        }
        // "2h30": minutes after hours, written without their unit.
        if lastUnit == 3_600, tokens[index].number != nil, !tokens[index].spaced, amount < 60 {
            return (Int(amount) * 60, next, 60)
        }
        return nil
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<min(exponent, 9)).reduce(1.0) { value, _ in value * 10 }
    }
}
