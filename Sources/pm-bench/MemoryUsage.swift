import Foundation

/// The process's memory: its high-water mark (`getrusage` `ru_maxrss`) and its resident
/// set now (`/proc/self/statm`, Linux only; 0 elsewhere).
struct MemoryUsage {
    /// The peak resident set so far, in KiB.
    var peakKiB: Int
    /// The resident set now, in KiB.
    var currentKiB: Int

    static func sample() -> MemoryUsage {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return MemoryUsage(peakKiB: Int(usage.ru_maxrss), currentKiB: residentKiB())
    }

    private static func residentKiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
