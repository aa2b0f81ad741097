import Foundation

/// Accumulates the monotonic time spent in the blocks it measures.
struct Stopwatch {
    private(set) var nanoseconds: UInt64 = 0

    /// The monotonic clock now, in nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The processor time this process has used, in nanoseconds: unlike the wall clock, it
    /// does not grow while other processes have the processor.
    static func processorTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` and adds its duration.
    @discardableResult
    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        defer { nanoseconds += Self.now() - start }
        return try body()
    }
}
