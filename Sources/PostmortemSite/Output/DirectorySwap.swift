import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a finished folder in place of another in one step, so that a reader (or a crash)
/// sees either the old folder or the new one, whole, never a mix.
enum DirectorySwap {
    /// Why a swap failed.
    struct Failure: Error {
        var reason: String
    }

    /// Moves `new` to `target`. When `target` exists, the two are exchanged atomically
    /// (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`) and the old
    /// folder, now at `new`'s path, is returned for the caller to remove. Where the system
    /// cannot exchange, the old folder is first renamed to `parking`, then `new` to `target`.
    ///
    /// - Returns: where the old folder now is, or nil when there was none.
    static func replace(_ target: URL, with new: URL, parking: URL) throws(Failure) -> URL? {
        guard FileManager.default.fileExists(atPath: target.path) else {
            try rename(new, to: target)
            return nil
        }
        if exchange(new, target) { return new }
        try rename(target, to: parking)
        do {
            try rename(new, to: target)
        } catch {
            try? rename(parking, to: target)
            throw error
        }
        return parking
    }

    private static func rename(_ source: URL, to destination: URL) throws(Failure) {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            throw Failure(
                reason: "cannot move \(source.path) to \(destination.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Exchanges two paths atomically; false when the system or file system cannot.
    private static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if canImport(Glibc)
            typealias RenameAt2 =
                @convention(c) (
                    Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
                ) -> Int32
            // glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module
            // does not set; look the function up instead (glibc 2.28 and later have it).
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
            return renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, exchangeFlag) == 0
        #elseif canImport(Darwin)
            return renamex_np(first.path, second.path, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
