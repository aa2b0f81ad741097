extension Day {
    /// The day `days` after 1970-01-01 (before it when negative); nil outside years 1...9999.
    init?(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days, the inverse of `daysSinceEpoch`.
        guard (-719_162...2_932_896).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// The day `count` days later (earlier when negative); nil past the calendar's ends.
    func adding(days count: Int) -> Day? {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((daysSinceEpoch % 7) + 7 + 3) % 7 + 1
    }
}

extension Timestamp {
    /// The timestamp moved by `seconds`, keeping its zone; nil past the calendar's ends.
    /// A timestamp without a time of day counts from midnight and gains one.
    func adding(seconds: Int) -> Timestamp? {
        let start = (hour ?? 0) * 3_600 + (minute ?? 0) * 60 + (second ?? 0)
        let total = start + seconds
        let dayShift = total >= 0 ? total / 86_400 : -((-total + 86_399) / 86_400)
        let rest = total - dayShift * 86_400
        guard let day = day.adding(days: dayShift) else { return nil }
        let keepsSeconds = second != nil || rest % 60 != 0
        return Timestamp(
            day: day, hour: rest / 3_600, minute: (rest % 3_600) / 60, second: keepsSeconds ? rest % 60 : nil,
            utcOffsetMinutes: utcOffsetMinutes)
    }
}
