import Foundation

/// Number formatting for the benchmark's report.
enum Units {
    /// Bytes as decimal megabytes with one decimal ("65.3").
    static func megabytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1_000_000, 1)
    }

    /// KiB as MiB with one decimal.
    static func mebibytes(kibibytes: Int) -> String {
        fixed(Double(kibibytes) / 1024, 1)
    }

    /// Nanoseconds as seconds with three decimals.
    static func seconds(_ nanoseconds: UInt64) -> String {
        fixed(Double(nanoseconds) / 1e9, 3)
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
