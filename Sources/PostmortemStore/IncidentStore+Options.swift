import Foundation

extension IncidentStore {
    /// How to open a store.
    public struct Options: Hashable, Sendable {
        /// How long to wait for another process's lock before failing with
        /// `StoreError.busy`, in seconds. Default 10.
        public var busyTimeout: TimeInterval
        /// Whether to create the file when it does not exist. Default false: only `pm init`
        /// creates a knowledge base.
        public var createIfMissing: Bool

        public init(busyTimeout: TimeInterval = 10, createIfMissing: Bool = false) {
            self.busyTimeout = busyTimeout
            self.createIfMissing = createIfMissing
        }
    }
}
