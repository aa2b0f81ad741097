extension DateParser {
    /// What a timeline reader knows while it reads times in order: the document's date, the
    /// day the last event (or a day heading such as "Tuesday, March 3") was on, and the last
    /// moment resolved.
    ///
    /// A bare time ("14:02") lands on the current day. A time earlier than the previous
    /// event's, on the same day, stays on that day unless `rollsOverMidnight` is set: the
    /// parser does not guess that a timeline crossed midnight, because unsorted timelines
    /// are as common as overnight ones.
    public struct Context: Hashable, Sendable {
        /// The document's own date.
        public var referenceDay: Day?
        /// The day of the last resolved date or time, or of the last day heading.
        public var currentDay: Day?
        /// The last moment resolved (a range's start).
        public var previous: Timestamp?
        /// How to read ambiguous numeric dates; nil for the separator's default.
        public var order: DateOrder?
        /// Whether a bare time earlier than the previous one moves to the next day. Default false.
        public var rollsOverMidnight: Bool
        /// The incident's start, for relative times (`T+15m`); nil leaves them unresolved.
        public var relativeOrigin: Timestamp?

        public init(
            referenceDay: Day? = nil, order: DateOrder? = nil, rollsOverMidnight: Bool = false,
            relativeOrigin: Timestamp? = nil
        ) {
            self.referenceDay = referenceDay
            self.order = order
            self.rollsOverMidnight = rollsOverMidnight
            self.relativeOrigin = relativeOrigin
        }

        /// Reads the date or time `text` starts with and moves the context on to it.
        public mutating func parse(_ text: String) -> ParsedTime {
            parseLeading(text)?.time ?? .unknown
        }

        /// Like `parse`, also giving the characters the time was read from; nil when `text`
        /// starts with no date or time. The context moves on only when a moment resolved.
        public mutating func parseLeading(_ text: String) -> (time: ParsedTime, range: Range<String.Index>)? {
            var grammar = DateGrammar(tokens: DateToken.tokenize(text), order: order)
            guard let expression = grammar.expression() else { return nil }
            var time = resolve(expression)
            if rollsOverMidnight, case .point(let point) = expression.form, point.date == nil, point.weekday == nil,
                let previous, let at = time.at, at.day == previous.day, at < previous,
                let next = at.adding(seconds: 86_400)
            {
                time.at = next
                time.end = time.end?.adding(seconds: 86_400)
            }
            if let at = time.at {
                currentDay = (time.end ?? at).day
                previous = at
            }
            return (time, expression.range)
        }

        /// Makes `day` the current day, as a day heading in a timeline does.
        public mutating func enter(day: Day) {
            currentDay = day
        }

        // MARK: - Resolution

        func resolve(_ expression: DateGrammar.Expression) -> ParsedTime {
            switch expression.form {
            case .relative(let seconds):
                guard let origin = relativeOrigin, let at = origin.adding(seconds: seconds) else {
                    return ParsedTime(relativeSeconds: seconds)
                }
                return ParsedTime(
                    at: at, precision: expression.approximate ? .approximate : .exact, relativeSeconds: seconds)
            case .point(let point):
                guard let at = timestamp(for: point) else { return .unknown }
                let precision: TimelineEvent.Precision =
                    expression.approximate || point.approximate ? .approximate : at.hour == nil ? .day : .exact
                return ParsedTime(at: at, precision: precision)
            case .range(var first, var second):
                if first.clock?.offset == nil, let offset = second.clock?.offset { first.clock?.offset = offset }
                if second.clock?.offset == nil, let offset = first.clock?.offset { second.clock?.offset = offset }
                guard let start = timestamp(for: first) else { return .unknown }
                guard let end = end(of: second, after: start) else {
                    let approximate = expression.approximate || first.approximate
                    return ParsedTime(
                        at: start, precision: approximate ? .approximate : start.hour == nil ? .day : .exact)
                }
                return ParsedTime(at: start, end: end, precision: .range)
            }
        }

        private func timestamp(for point: DateGrammar.Point) -> Timestamp? {
            let day: Day?
            if let date = point.date {
                if let year = date.year {
                    day = Day(year: year, month: date.month, day: date.day)
                } else if let anchor = referenceDay ?? currentDay {
                    day = DateParser.nearestDay(month: date.month, day: date.day, weekday: point.weekday, to: anchor)
                } else {
                    day = nil
                }
            } else if let weekday = point.weekday {
                if let referenceDay {
                    day = DateParser.weekday(weekday, onOrBefore: referenceDay)
                } else if let currentDay {
                    day = DateParser.weekday(weekday, onOrAfter: currentDay)
                } else {
                    day = nil
                }
            } else {
                day = currentDay ?? referenceDay
            }
            guard let day else { return nil }
            return stamp(day, point.clock)
        }

        private func end(of point: DateGrammar.Point, after start: Timestamp) -> Timestamp? {
            if let date = point.date {
                let day: Day?
                if let year = date.year {
                    day = Day(year: year, month: date.month, day: date.day)
                } else if let sameYear = Day(year: start.day.year, month: date.month, day: date.day) {
                    day =
                        sameYear < start.day
                        ? Day(year: start.day.year + 1, month: date.month, day: date.day) : sameYear
                } else {
                    day = Day(year: start.day.year + 1, month: date.month, day: date.day)
                }
                return day.map { stamp($0, point.clock) }
            }
            if let weekday = point.weekday {
                return DateParser.weekday(weekday, onOrAfter: start.day).map { stamp($0, point.clock) }
            }
            guard point.clock != nil else { return nil }
            let sameDay = stamp(start.day, point.clock)
            return sameDay < start ? sameDay.adding(seconds: 86_400) : sameDay
        }

        private func stamp(_ day: Day, _ clock: DateGrammar.Clock?) -> Timestamp {
            guard let clock else { return Timestamp(day: day) }
            return Timestamp(
                day: day, hour: clock.hour, minute: clock.minute, second: clock.second,
                utcOffsetMinutes: clock.offset)
        }
    }
}
