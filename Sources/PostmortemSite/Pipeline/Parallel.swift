import Foundation

/// Work that does not depend on itself, done on all cores.
enum Parallel {
    /// The values of `a`, `b` and `c`, computed at once: `b` and `c` on other threads, `a`
    /// on the calling one. So `a` may spread its own work over the cores
    /// (`DispatchQueue.concurrentPerform`), which inside another `concurrentPerform` would
    /// run on one thread.
    static func run<A, B, C>(_ a: () -> A, _ b: @escaping () -> B, _ c: @escaping () -> C) -> (A, B, C) {
        let results = Results<B, C>()
        let work = UncheckedWork(b: b, c: c)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let value = work.b()
            results.lock.withLock { results.b = value }
        }
        DispatchQueue.global().async(group: group) {
            let value = work.c()
            results.lock.withLock { results.c = value }
        }
        let x = a()
        group.wait()
        // The group waited for both parts, so both are there; a part somehow missing is
        // computed here.
        let (y, z) = results.lock.withLock { (results.b, results.c) }
        return (x, y ?? b(), z ?? c())
    }

    private final class Results<B, C>: @unchecked Sendable {
        let lock = NSLock()
        var b: B?
        var c: C?
    }

    /// The two closures handed to the worker threads; each runs once, on one thread.
    private struct UncheckedWork<B, C>: @unchecked Sendable {
        let b: () -> B
        let c: () -> C
    }
}
