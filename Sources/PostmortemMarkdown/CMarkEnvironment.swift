import CCmarkGFM
import Foundation

/// The one place that talks to cmark-gfm's global state and parser set-up.
///
/// `cmark_gfm_core_extensions_ensure_registered()` writes a global registry and is not
/// thread-safe on its first call, so it runs exactly once, guarded by a `static let`
/// (Swift initialises globals and static stored properties lazily and atomically).
enum CMarkEnvironment {
    /// The GFM extensions every parser gets, by their cmark-gfm names.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm (0.29 as Debian ships it) keeps the inline parser's table of special
    /// characters in a global: each parse adds its extensions' characters (`~`, `|`, `:` …)
    /// before parsing inlines and removes them after. Two parses at once race on it, and
    /// one finishing takes `~~` and autolinks away from the other. Parses therefore run
    /// one at a time; walking and rendering a parsed tree needs no lock.
    private static let parseLock = NSLock()

    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `prefix` followed by `bytes` with the GFM extensions attached and hands the
    /// document root and the parser to `body`. Every C object is freed before this returns;
    /// `body` must not keep any pointer it is given.
    static func withParsedDocument<Result>(
        prefix: [UInt8] = [],
        bytes: ArraySlice<UInt8>,
        options: Int32,
        _ body: (OpaquePointer, OpaquePointer) -> Result
    ) -> Result? {
        _ = registration
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let parsed: OpaquePointer? = parseLock.withLock {
            prefix.withUnsafeBufferPointer { buffer in
                feed(parser, buffer)
            }
            bytes.withUnsafeBufferPointer { buffer in
                feed(parser, buffer)
            }
            return cmark_parser_finish(parser)
        }
        guard let root = parsed else { return nil }
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    private static func feed(_ parser: OpaquePointer, _ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
            cmark_parser_feed(parser, chars, buffer.count)
        }
    }

    /// Takes ownership of a string cmark-gfm allocated with its default allocator,
    /// copies it into Swift and frees it.
    static func consume(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(pointer) }
        return String(cString: pointer)
    }

    /// A borrowed C string owned by a cmark node, copied into Swift ("" when absent).
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
