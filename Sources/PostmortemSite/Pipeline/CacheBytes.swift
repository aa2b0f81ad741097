import PostmortemKit

/// Writes values as compact bytes for the publish caches: integers as variable-length
/// numbers (zig-zag for signed ones), strings as their UTF-8 length and bytes, optionals
/// behind a presence byte. ``CacheReader`` reads them back in the same order.
///
/// A cache file ends with `StableHash.fnv1a64` of everything before it (``sealed``), so a
/// file cut short or damaged is told from a good one and only means reading its incidents
/// again.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        unsigned(UInt64(values.count))
        for value in values { string(value) }
    }

    /// A presence byte, then the value written by `write` when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    /// The bytes followed by their hash.
    var sealed: [UInt8] {
        var out = bytes
        var hash = StableHash.fnv1a64(bytes: bytes)
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: hash))
            hash >>= 8
        }
        return out
    }
}

/// Reads what ``CacheWriter`` wrote; any read past the end or of a malformed value throws
/// ``CacheReader/Malformed``, and the caller drops the whole file.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    private let end: Int
    /// Statuses read so far, by label: a status works out its phase from its label, and a
    /// cache names the same few statuses thousands of times.
    private var statuses: [String: IncidentStatus] = [:]

    /// The status of `label`, made once per label and reader.
    mutating func status(_ label: String) -> IncidentStatus {
        if let known = statuses[label] { return known }
        let status = IncidentStatus(label: label)
        statuses[label] = status
        return status
    }

    /// A reader of `sealed` bytes (see ``CacheWriter/sealed``); nil when the hash at their
    /// end is not that of the rest (a damaged or cut file).
    init?(sealed: [UInt8]) {
        guard sealed.count >= 8 else { return nil }
        let end = sealed.count - 8
        var stored: UInt64 = 0
        for index in (end..<sealed.count).reversed() { stored = stored << 8 | UInt64(sealed[index]) }
        guard StableHash.fnv1a64(bytes: sealed[..<end]) == stored else { return nil }
        bytes = sealed
        self.end = end
    }

    var isAtEnd: Bool { offset == end }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let result = Int(exactly: value) else { throw Malformed() }
        return result
    }

    /// A count of items still to read: never more than the bytes left, so a damaged count
    /// cannot make a huge allocation.
    mutating func count() throws(Malformed) -> Int {
        let value = try unsigned()
        guard value <= UInt64(end - offset) else { throw Malformed() }
        return Int(value)
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard offset < end else { throw Malformed() }
        let byte = bytes[offset]
        offset += 1
        guard byte <= 1 else { throw Malformed() }
        return byte == 1
    }

    mutating func double() throws(Malformed) -> Double {
        guard end - offset >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for index in (offset..<offset + 8).reversed() { bits = bits << 8 | UInt64(bytes[index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = offset
        offset += length
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + length]), as: UTF8.self)
        }
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
