import Foundation

/// The benchmark's printed report.
struct BenchmarkReport {
    var result: ImportBenchmark.Result
    var seed: UInt64
    var keptIn: String?

    /// The goal of issue 3: import in under 3× (cmark-gfm parse + SQLite write).
    static let goal = 3.0

    var lines: [String] {
        let r = result
        let seconds = Double(r.importNanoseconds) / 1e9
        let megabytes = Double(r.bytes) / 1_000_000
        let floor = r.cmarkNanoseconds + r.storeNanoseconds
        let ratio = floor > 0 ? Double(r.importNanoseconds) / Double(floor) : 0
        let perDocument = r.documents > 0 ? Double(r.bytes) / Double(r.documents) / 1000 : 0
        var lines = [
            "pm-bench import: \(r.documents) documents, seed \(seed)",
            "corpus:           \(Units.megabytes(r.bytes)) MB (\(Units.fixed(perDocument, 2)) KB per document), "
                + "written in \(Units.seconds(r.generationNanoseconds)) s (not timed)",
            "import wall time: \(Units.seconds(r.importNanoseconds)) s",
            "  reading files:  \(Units.seconds(r.readNanoseconds)) s",
            "  importDocument: \(Units.seconds(r.parseNanoseconds)) s (decode, parse, recognise)",
            "  storeImport:    \(Units.seconds(r.storeNanoseconds)) s (SQLite write time)",
            "documents/s:      \(Units.fixed(seconds > 0 ? Double(r.documents) / seconds : 0, 1))",
            "MB/s:             \(Units.fixed(seconds > 0 ? megabytes / seconds : 0, 2))",
            "cmark-gfm alone:  \(Units.seconds(r.cmarkNanoseconds)) s (same bytes, same extensions, parse only)",
            "ratio:            import / (cmark-gfm + SQLite write) = \(Units.seconds(r.importNanoseconds)) / "
                + "(\(Units.seconds(r.cmarkNanoseconds)) + \(Units.seconds(r.storeNanoseconds))) = "
                + "\(Units.fixed(ratio, 2))× (goal: under \(Units.fixed(Self.goal, 0))×: "
                + (ratio < Self.goal ? "met" : "missed") + ")",
            "stored:           \(r.storedIncidents) incidents, \(r.timelineEvents) timeline events, "
                + "\(r.actionItems) action items; store on disk \(Units.megabytes(r.storeBytes)) MB (file + WAL)",
            "failed:           \(r.failed.count) documents",
        ]
        lines += r.failed.prefix(10).map { "  \($0)" }
        lines.append("memory (peak ru_maxrss / resident now), MiB:")
        for (done, usage) in r.checkpoints {
            lines.append(
                "  after \(pad(done, to: String(r.documents).count)) documents: "
                    + "\(Units.mebibytes(kibibytes: usage.peakKiB)) / \(Units.mebibytes(kibibytes: usage.currentKiB))")
        }
        if let first = r.checkpoints.first, let last = r.checkpoints.last {
            let growth = first.1.peakKiB > 0 ? Double(last.1.peakKiB - first.1.peakKiB) / Double(first.1.peakKiB) : 0
            lines.append(
                "peak memory:      \(Units.mebibytes(kibibytes: last.1.peakKiB)) MiB; at N/10 (\(first.0)) "
                    + "\(Units.mebibytes(kibibytes: first.1.peakKiB)) MiB vs at N (\(last.0)) "
                    + "\(Units.mebibytes(kibibytes: last.1.peakKiB)) MiB (\(growth >= 0 ? "+" : "")"
                    + "\(Units.fixed(growth * 100, 1)) %)")
        }
        if let keptIn { lines.append("kept:             \(keptIn) (corpus/ and bench.sqlite)") }
        return lines
    }

    private func pad(_ value: Int, to width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
