extension IncidentStats {
    /// What the stats are made of, counted: how many documents of each kind, and the
    /// incidents (documents of kind `incident`) by month, severity, failure mode and service,
    /// with their times. A store counts these from its tables without a value per incident;
    /// `IncidentStats(tally:taxonomy:catalog:)` turns them into the stats.
    public struct Tally: Hashable, Sendable {
        public var incidents = 0
        public var nearMisses = 0
        public var runbooks = 0
        /// Incidents without a date.
        public var undated = 0
        /// Incidents per month, by `month(of:)` of their date.
        public var months: [Int: Int] = [:]
        /// Incidents per severity level (`Severity.level`); 0 for those without a severity.
        public var severities: [Int: Int] = [:]
        /// Incidents per failure mode (an incident counts once per mode).
        public var modes: [FailureModeID: Int] = [:]
        /// Incidents per service key (`ServiceCatalog.key(for:)`, never empty; an incident
        /// counts once per key).
        public var services: [String: Int] = [:]
        /// How often incidents write each service name, as written (names whose key is
        /// empty left out): the most written spelling names its service.
        public var serviceNames: [String: Int] = [:]
        /// The incidents with a time to detect or to resolve, in list order.
        public var timings: [Timing] = []
        /// How many action items (of every document) have each status.
        public var actions: [ActionStatus: Int] = [:]

        public init() {}

        /// The number of `day`'s month: year × 12 + month − 1.
        public static func month(of day: Day) -> Int {
            day.year * 12 + day.month - 1
        }
    }
}
