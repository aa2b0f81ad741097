extension FailureModeClassifier {
    /// How the classifier weighs and filters what it finds.
    public struct Configuration: Hashable, Sendable {
        /// Modes scoring below this (0–1) are left out. Default 0.35: one decisive phrase in
        /// the root cause (score 0.63) is enough, one hint in an action item is not.
        public var threshold: Double
        /// At most this many modes per incident, the best first. Default 5.
        public var maximumModes: Int
        /// The weight of each field (0–1); a field left out weighs its
        /// ``Field/defaultWeight``.
        public var fieldWeights: [Field: Double]

        public init(threshold: Double = 0.35, maximumModes: Int = 5, fieldWeights: [Field: Double] = [:]) {
            self.threshold = threshold
            self.maximumModes = maximumModes
            self.fieldWeights = fieldWeights
        }

        func weight(of field: Field) -> Double { fieldWeights[field] ?? field.defaultWeight }
    }
}
