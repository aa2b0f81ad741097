import Foundation

/// Work that does not depend on itself, done on all cores.
enum Parallel {
    /// The values of `a`, `b` and `c`, computed at once.
    static func run<A, B, C>(_ a: () -> A, _ b: () -> B, _ c: () -> C) -> (A, B, C) {
        let results = Results<A, B, C>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                withoutActuallyEscaping(c) { c in
                    let work = UncheckedWork(a: a, b: b, c: c)
                    DispatchQueue.concurrentPerform(iterations: 3) { part in
                        switch part {
                        case 0:
                            let value = work.a()
                            results.lock.withLock { results.a = value }
                        case 1:
                            let value = work.b()
                            results.lock.withLock { results.b = value }
                        default:
                            let value = work.c()
                            results.lock.withLock { results.c = value }
                        }
                    }
                }
            }
        }
        // concurrentPerform returns once every part ran, so all three are there; a part
        // somehow missing is computed here.
        let (x, y, z) = results.lock.withLock { (results.a, results.b, results.c) }
        return (x ?? a(), y ?? b(), z ?? c())
    }

    private final class Results<A, B, C>: @unchecked Sendable {
        let lock = NSLock()
        var a: A?
        var b: B?
        var c: C?
    }

    /// The three closures handed to the worker threads; each runs once, on one thread.
    private struct UncheckedWork<A, B, C>: @unchecked Sendable {
        let a: () -> A
        let b: () -> B
        let c: () -> C
    }
}
