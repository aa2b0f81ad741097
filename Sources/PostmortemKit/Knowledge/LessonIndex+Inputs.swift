extension LessonIndex {
    /// What the lesson index is built from, as numbers: every incident once, in list order,
    /// with its failure modes; every statement pointing at its incident and at its texts in
    /// one table of texts. A large store has hundreds of thousands of statements repeating a
    /// few hundred texts, and reads them this way without making a value, or a string, for
    /// each.
    ///
    /// Texts may repeat in `texts` and modes in `modes`: equal strings count as one, as
    /// Swift compares them. Numbers out of range are ignored (the statement, or the mode).
    public struct Inputs: Hashable, Sendable {
        /// One statement (see `LessonStatement`).
        public struct Statement: Hashable, Sendable {
            /// The statement's incident, as its place in `incidents`.
            public var incident: Int32
            /// Its position among its incident's lessons (or troubleshooting entries).
            public var position: Int
            /// The statement as shown, as its number in `texts`.
            public var text: Int32
            /// What is compared with other statements, as its number in `texts`.
            public var matchText: Int32
            public var origin: LessonStatement.Origin

            public init(incident: Int32, position: Int, text: Int32, matchText: Int32, origin: LessonStatement.Origin) {
                self.incident = incident
                self.position = position
                self.text = text
                self.matchText = matchText
                self.origin = origin
            }
        }

        /// The incidents in list order (newest first, undated last, then by id).
        public private(set) var incidents: [IncidentID] = []
        /// The failure modes `incidentModes` numbers.
        public var modes: [FailureModeID] = []
        /// Each incident's failure modes, best first: those of incident i are
        /// `modeNumbers[modeStarts[i]..<modeStarts[i + 1]]`, numbers in `modes`.
        private(set) var modeStarts: [Int] = [0]
        private(set) var modeNumbers: [Int32] = []
        /// The texts `statements` number.
        public var texts: [String] = []
        public var statements: [Statement] = []

        public init() {}

        /// Adds the next incident in list order, with its failure modes (numbers in `modes`,
        /// best first).
        public mutating func appendIncident(_ id: IncidentID, modes: some Sequence<Int32>) {
            appendIncident(id)
            for mode in modes { appendMode(mode) }
        }

        /// Adds the next incident in list order; its failure modes follow, best first, with
        /// `appendMode(_:)`.
        public mutating func appendIncident(_ id: IncidentID) {
            incidents.append(id)
            modeStarts.append(modeNumbers.count)
        }

        /// Adds a failure mode (a number in `modes`) to the incident added last, after those
        /// it has; nothing before the first incident.
        public mutating func appendMode(_ mode: Int32) {
            guard !incidents.isEmpty else { return }
            modeNumbers.append(mode)
            modeStarts[modeStarts.count - 1] = modeNumbers.count
        }

        /// The failure modes of the incident at `place`, as numbers in `modes`.
        func modes(of place: Int) -> ArraySlice<Int32> {
            modeNumbers[modeStarts[place]..<modeStarts[place + 1]]
        }

        /// The inputs of `statements` of `incidents` (put in list order when they are not);
        /// statements of incidents missing from `incidents` are left out, and those of an
        /// incident listed twice go to its first place.
        public init(statements: [LessonStatement], incidents: [IncidentFacts]) {
            var place: [IncidentID: Int32] = [:]
            var modeNumbers: [FailureModeID: Int32] = [:]
            for incident in IncidentFacts.inListOrder(incidents) {
                if place[incident.id] == nil { place[incident.id] = Int32(self.incidents.count) }
                appendIncident(
                    incident.id,
                    modes: incident.failureModes.map { mode in
                        if let known = modeNumbers[mode] { return known }
                        modeNumbers[mode] = Int32(modes.count)
                        modes.append(mode)
                        return Int32(modes.count - 1)
                    })
            }
            var textNumbers: [String: Int32] = [:]
            func number(_ text: String) -> Int32 {
                if let known = textNumbers[text] { return known }
                textNumbers[text] = Int32(texts.count)
                texts.append(text)
                return Int32(texts.count - 1)
            }
            for statement in statements {
                guard let at = place[statement.incident] else { continue }
                self.statements.append(
                    Statement(
                        incident: at, position: statement.position, text: number(statement.text),
                        matchText: number(statement.matchText), origin: statement.origin))
            }
        }
    }
}
