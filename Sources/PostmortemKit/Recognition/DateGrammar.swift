/// A recursive-descent reader of date and time expressions over `DateToken`s. It only
/// recognises shapes; `DateParser` resolves them against a reference day.
struct DateGrammar {
    /// A calendar date as written; the year may be missing.
    struct DatePart: Equatable, Sendable {
        var year: Int?
        var month: Int
        var day: Int
    }

    /// A time of day, with the UTC offset when one was written.
    struct Clock: Equatable, Sendable {
        var hour: Int
        var minute: Int
        var second: Int?
        var offset: Int?
    }

    /// One moment: a date, a weekday, a time of day, or some of them.
    struct Point: Equatable, Sendable {
        var date: DatePart?
        var weekday: Int?
        var clock: Clock?
        var approximate = false
    }

    enum Form: Equatable, Sendable {
        case point(Point)
        case range(Point, Point)
        case relative(seconds: Int)
    }

    /// A whole expression and the text it covers.
    struct Expression: Equatable, Sendable {
        var form: Form
        var approximate: Bool
        var range: Range<String.Index>
    }

    let tokens: [DateToken]
    let order: DateOrder?
    /// In free text, month names that are also common words ("may", "mars") count only
    /// when capitalised or followed by a year.
    var strictMonthWords = false
    var position = 0

    init(tokens: [DateToken], order: DateOrder?, position: Int = 0) {
        self.tokens = tokens
        self.order = order
        self.position = position
    }

    // MARK: - Expressions

    /// Reads a point, a range or a relative time at the cursor.
    mutating func expression() -> Expression? {
        let start = position
        var approximate = approximateMarker()
        _ = consumeWord(in: CalendarWords.leadingFillers)
        let form: Form
        if let seconds = relative() {
            form = .relative(seconds: seconds)
        } else if var first = point() {
            if trailingApproximateMark() { first.approximate = true }
            form = rangeEnd(after: first).map { .range(first, $0) } ?? .point(first)
        } else {
            position = start
            return nil
        }
        if trailingApproximateWord() { approximate = true }
        guard position > start else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[position - 1].range.upperBound
        return Expression(form: form, approximate: approximate, range: range)
    }

    private mutating func rangeEnd(after first: Point) -> Point? {
        let start = position
        guard consumeSymbol("-") || consumeWord(in: CalendarWords.rangeWords) else { return nil }
        let approximate = approximateMarker()
        // A range ends in a date or a time: "14:02 — Sam joins the call" is a time and its
        // event, not a range ending on a Saturday ("sam.", samedi).
        if var second = point(), second.date != nil || second.clock != nil || first.clock == nil {
            second.approximate = second.approximate || approximate || trailingApproximateMark()
            return second
        }
        // "Feb 15-20": a bare day number ends a range that started on a date.
        if let date = first.date, first.clock == nil, let number = numberHere(maxDigits: 2),
            !(peek(1)?.symbol == ":")
        {
            position += 1
            _ = consumeOrdinal()
            return Point(date: DatePart(year: date.year, month: date.month, day: number), approximate: approximate)
        }
        position = start
        return nil
    }

    /// A century, in seconds: the cap on relative times.
    static let longestRelative = 100 * 366 * 86_400

    /// `T+15m`, `T-5`, `T+1h30m`, `T+0`: seconds from the incident's start.
    private mutating func relative() -> Int? {
        let start = position
        guard consumeWord("t"), let sign = peek()?.symbol, sign == "+" || sign == "-" else {
            position = start
            return nil
        }
        position += 1
        var total = 0
        var any = false
        while let number = numberHere(maxDigits: 6) {
            position += 1
            any = true
            if consumeSymbol(":"), let minutes = numberHere(maxDigits: 2) {
                position += 1
                total += number * 3_600 + minutes * 60
            } else if let unit = peek()?.word, let seconds = CalendarWords.durationUnits[unit] {
                position += 1
                total += number * seconds
            } else {
                total += number * 60
            }
            // Bounded so that no run of parts can overflow; far past any incident.
            total = min(total, Self.longestRelative)
        }
        guard any else {
            position = start
            return nil
        }
        return sign == "-" ? -total : total
    }

    // MARK: - Points

    /// Reads an optional weekday, then a date and/or a time of day, in either order.
    mutating func point() -> Point? {
        let start = position
        var weekday: Int?
        if let word = peek()?.word, let number = CalendarWords.weekdays[word] {
            position += 1
            _ = consumeSymbol(".")
            _ = consumeSymbol(",")
            weekday = number
        }
        _ = consumeWord(in: CalendarWords.leadingFillers)
        if let date = date() {
            var point = Point(date: date, weekday: weekday)
            let afterDate = position
            let iso = consumeWord("t", adjacent: true)
            if !iso {
                _ = consumeSymbol(",")
                _ = consumeSymbol("@") || consumeWord(in: CalendarWords.dateTimeJoiners)
            }
            let approximate = approximateMarker()
            if let clock = clock(iso: iso) {
                point.clock = clock
                point.approximate = approximate
            } else {
                position = afterDate
            }
            return point
        }
        if let clock = clock(iso: false) {
            var point = Point(weekday: weekday, clock: clock)
            let afterClock = position
            _ = consumeSymbol(",")
            _ = consumeWord(in: CalendarWords.timeDateJoiners)
            if let word = peek()?.word, CalendarWords.weekdays[word] != nil {
                position += 1
                _ = consumeSymbol(",")
            }
            if let date = date() {
                point.date = date
            } else {
                position = afterClock
            }
            return point
        }
        if weekday != nil { return Point(weekday: weekday) }
        position = start
        return nil
    }

    /// Reads an optional weekday and a date, nothing else: the shape `DateParser.findDay` looks for.
    mutating func datePoint() -> Point? {
        let start = position
        var weekday: Int?
        if let word = peek()?.word, let number = CalendarWords.weekdays[word] {
            position += 1
            _ = consumeSymbol(".")
            _ = consumeSymbol(",")
            weekday = number
        }
        if let date = date() { return Point(date: date, weekday: weekday) }
        position = start
        if let date = date() { return Point(date: date) }
        position = start
        return nil
    }

    // MARK: - Dates

    mutating func date() -> DatePart? {
        let start = position
        if let date = isoDate() ?? numericDate() ?? dayThenMonthName() ?? monthNameThenDay() {
            return date
        }
        position = start
        return nil
    }

    /// `2026-02-20`, `2026/02/20`, `2026.02.20`.
    private mutating func isoDate() -> DatePart? {
        let start = position
        guard let year = numberHere(digits: 4...4), let separator = peek(1)?.symbol, "-/.".contains(separator),
            let month = number(at: position + 2, digits: 1...2), peek(3)?.symbol == separator,
            let day = number(at: position + 4, digits: 1...2), !continuesNumerically(after: position + 4)
        else { return nil }
        position += 5
        guard let date = validated(DatePart(year: year, month: month, day: day)) else {
            position = start
            return nil
        }
        return date
    }

    /// `27.11.2025`, `03/10/2021`, `20-02-26`, and the German year-less `27.11.`.
    private mutating func numericDate() -> DatePart? {
        let start = position
        guard let first = numberHere(digits: 1...2), let separator = peek(1)?.symbol, "-/.".contains(separator),
            let second = number(at: position + 2, digits: 1...2), peek(3)?.symbol == separator
        else { return nil }
        let year: Int?
        if let written = number(at: position + 4, digits: 2...2) ?? number(at: position + 4, digits: 4...4),
            !(tokens[position + 4].spaced)
        {
            guard !continuesNumerically(after: position + 4) else { return nil }
            let digits = tokens[position + 4].number?.digits ?? 4
            year = digits == 2 ? (written < 70 ? 2000 + written : 1900 + written) : written
            position += 5
        } else if separator == ".", !(peek(4).map { $0.number != nil && !$0.spaced } ?? false) {
            year = nil
            position += 4
        } else {
            return nil
        }
        let dayFirst: Bool
        if first > 12 && second <= 12 {
            dayFirst = true
        } else if second > 12 && first <= 12 {
            dayFirst = false
        } else {
            dayFirst = (order ?? (separator == "/" ? .monthFirst : .dayFirst)) == .dayFirst
        }
        let part = DatePart(year: year, month: dayFirst ? second : first, day: dayFirst ? first : second)
        guard let date = validated(part) else {
            position = start
            return nil
        }
        return date
    }

    /// `27. November 2025`, `18th April 2021`, `1er avril 2023`, `6 de abril de 2026`, `27 nov. 2025`.
    private mutating func dayThenMonthName() -> DatePart? {
        let start = position
        guard let day = numberHere(digits: 1...2) else { return nil }
        position += 1
        if !consumeOrdinal() { _ = consumeSymbol(".") }
        _ = consumeWord("of") || consumeWord("de")
        guard let (month, needsYear) = monthHere() else {
            position = start
            return nil
        }
        position += 1
        _ = consumeSymbol(".")
        let year = yearHere()
        guard year != nil || !needsYear, let date = validated(DatePart(year: year, month: month, day: day)) else {
            position = start
            return nil
        }
        return date
    }

    /// `April 6th, 2026`, `Apr 6 2026`, `Feb 20`, `Feb. 20`.
    private mutating func monthNameThenDay() -> DatePart? {
        let start = position
        guard let (month, needsYear) = monthHere() else { return nil }
        position += 1
        _ = consumeSymbol(".")
        guard let day = numberHere(digits: 1...2), peek(1)?.symbol != ":", peek(1)?.word != "h" else {
            position = start
            return nil
        }
        position += 1
        _ = consumeOrdinal()
        let year = yearHere()
        guard year != nil || !needsYear, let date = validated(DatePart(year: year, month: month, day: day)) else {
            position = start
            return nil
        }
        return date
    }

    /// A year after a day and month: `, 2026`, ` 2026`, `de 2026`, `'26`.
    private mutating func yearHere() -> Int? {
        let start = position
        _ = consumeSymbol(",")
        _ = consumeWord("de")
        if let year = numberHere(digits: 4...4), peek(1)?.symbol != ":" {
            position += 1
            return year
        }
        if consumeSymbol("'"), let short = numberHere(digits: 2...2) {
            position += 1
            return 2000 + short
        }
        position = start
        return nil
    }

    private func validated(_ date: DatePart) -> DatePart? {
        guard (1...12).contains(date.month) else { return nil }
        if let year = date.year {
            return Day(year: year, month: date.month, day: date.day) == nil ? nil : date
        }
        return (1...Day.daysIn(month: date.month, year: 2024)).contains(date.day) ? date : nil
    }

    /// The month named at the cursor, and whether the date needs a year to count: in free
    /// text, a lower-case month name that is also an everyday word ("may", "mars").
    private func monthHere() -> (month: Int, needsYear: Bool)? {
        guard let token = peek(), let word = token.word, let month = CalendarWords.months[word] else { return nil }
        let needsYear = strictMonthWords && CalendarWords.ambiguousMonths.contains(word) && !token.capitalised
        return (month, needsYear)
    }

    // MARK: - Times of day

    /// `14:02`, `14:02:09`, `2:05 PM`, `2pm`, `14h05`, `14h`, `14.05 Uhr`, `14 Uhr`, each
    /// optionally followed by a zone (`UTC`, `Z`, `CET`, `+01:00`, `UTC-5`).
    mutating func clock(iso: Bool) -> Clock? {
        let start = position
        guard var hour = numberHere(digits: 1...2) else { return nil }
        position += 1
        var minute = 0
        var second: Int?
        var needsSuffix = false
        if peek()?.symbol == ":", let minutes = number(at: position + 1, digits: 2...2) {
            minute = minutes
            position += 2
            if peek()?.symbol == ":", let seconds = number(at: position + 1, digits: 2...2) {
                second = seconds
                position += 2
                if peek()?.symbol == ".", let fraction = peek(1), fraction.number != nil, !fraction.spaced {
                    position += 2
                }
            }
        } else if let word = peek()?.word, word == "h", !(peek()?.spaced ?? true) {
            position += 1
            if let minutes = number(at: position, digits: 2...2), !tokens[position].spaced {
                minute = minutes
                position += 1
            }
        } else if peek()?.symbol == ".", let minutes = number(at: position + 1, digits: 2...2),
            peek(2)?.word == "uhr"
        {
            minute = minutes
            position += 2
        } else {
            needsSuffix = true
        }
        if let isAfternoon = meridiem(), (1...12).contains(hour) {
            hour = hour % 12 + (isAfternoon ? 12 : 0)
        } else if consumeWord("uhr") {
            // German "14 Uhr", "14.05 Uhr", "14:05 Uhr".
        } else if needsSuffix {
            position = start
            return nil
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second ?? 0) else {
            position = start
            return nil
        }
        return Clock(hour: hour, minute: minute, second: second, offset: zone(iso: iso))
    }

    /// `am`, `pm`, `a.m.`, `p.m.`; true for the afternoon. German "am" followed by a number
    /// ("14 Uhr am 3. Mai") is a preposition, not a meridiem.
    private mutating func meridiem() -> Bool? {
        guard let word = peek()?.word else { return nil }
        if word == "am" || word == "pm" {
            if word == "am", peek(1)?.number != nil { return nil }
            position += 1
            return word == "pm"
        }
        if word == "a" || word == "p", peek(1)?.symbol == ".", peek(2)?.word == "m" {
            position += 3
            _ = consumeSymbol(".")
            return word == "p"
        }
        return nil
    }

    /// A zone after a time, as minutes east of UTC. A `-hh:mm` offset is read only after an
    /// ISO `T` time or after `UTC`/`GMT`, so `14:00-14:30` stays a range.
    private mutating func zone(iso: Bool) -> Int? {
        let start = position
        let bracketed = consumeSymbol("(")
        if let word = peek()?.word, let base = CalendarWords.zones[word] {
            position += 1
            if word == "utc" || word == "gmt", let offset = numericOffset(allowMinus: true) {
                if bracketed, !consumeSymbol(")") {
                    position = start
                    return nil
                }
                return offset
            }
            if bracketed, !consumeSymbol(")") {
                position = start
                return nil
            }
            return base
        }
        if !bracketed, let offset = numericOffset(allowMinus: iso) { return offset }
        position = start
        return nil
    }

    private mutating func numericOffset(allowMinus: Bool) -> Int? {
        let start = position
        guard let sign = peek()?.symbol, sign == "+" || (sign == "-" && allowMinus),
            let written = peek(1)?.number
        else { return nil }
        position += 2
        var hours = written.value
        var minutes = 0
        if written.digits == 4 {
            hours = written.value / 100
            minutes = written.value % 100
        } else if written.digits > 2 {
            position = start
            return nil
        } else if peek()?.symbol == ":", let extra = number(at: position + 1, digits: 2...2) {
            minutes = extra
            position += 2
        }
        guard hours <= 14, minutes <= 59 else {
            position = start
            return nil
        }
        return (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
    }

    // MARK: - Approximation

    /// `~`, `≈`, `ca.`, `around`, `vers`, `gegen` before an expression.
    mutating func approximateMarker() -> Bool {
        if consumeSymbol("~") || consumeSymbol("≈") { return true }
        if consumeWord(in: CalendarWords.approximateWords) {
            _ = consumeSymbol(".")
            return true
        }
        return false
    }

    /// A `+` with no number after it (`18:39+`) or a `?` right after a time.
    private mutating func trailingApproximateMark() -> Bool {
        if let mark = peek()?.symbol, mark == "+" || mark == "?", peek(1)?.number == nil || mark == "?" {
            position += 1
            return true
        }
        return false
    }

    /// `(approx.)`, `ca.`, `est.` after an expression.
    private mutating func trailingApproximateWord() -> Bool {
        let start = position
        let bracketed = consumeSymbol("(")
        if consumeWord(in: CalendarWords.approximateWords.union(["est"])) {
            _ = consumeSymbol(".")
            if !bracketed || consumeSymbol(")") { return true }
        }
        position = start
        return false
    }

    // MARK: - Cursor

    func peek(_ offset: Int = 0) -> DateToken? {
        let index = position + offset
        return tokens.indices.contains(index) ? tokens[index] : nil
    }

    private func numberHere(maxDigits: Int) -> Int? {
        number(at: position, digits: 1...maxDigits)
    }

    private func numberHere(digits: ClosedRange<Int>) -> Int? {
        number(at: position, digits: digits)
    }

    private func number(at index: Int, digits: ClosedRange<Int>) -> Int? {
        guard tokens.indices.contains(index), let number = tokens[index].number, digits.contains(number.digits)
        else { return nil }
        return number.value
    }

    /// Whether the number at `index` runs on into more dotted or dashed digits
    /// ("10.10.10.10", "1.2.3.4"), which makes it no date.
    private func continuesNumerically(after index: Int) -> Bool {
        guard tokens.indices.contains(index + 2), let mark = tokens[index + 1].symbol, ".-/".contains(mark),
            !tokens[index + 1].spaced, tokens[index + 2].number != nil, !tokens[index + 2].spaced
        else { return false }
        return true
    }

    private mutating func consumeOrdinal() -> Bool {
        guard let token = peek(), let word = token.word, !token.spaced,
            CalendarWords.ordinalSuffixes.contains(word)
        else { return false }
        position += 1
        return true
    }

    mutating func consumeSymbol(_ mark: Character) -> Bool {
        guard peek()?.symbol == mark else { return false }
        position += 1
        return true
    }

    private mutating func consumeWord(_ word: String, adjacent: Bool = false) -> Bool {
        guard let token = peek(), token.word == word, !adjacent || !token.spaced else { return false }
        position += 1
        return true
    }

    private mutating func consumeWord(in words: Set<String>) -> Bool {
        guard let word = peek()?.word, words.contains(word) else { return false }
        position += 1
        return true
    }
}
