import Foundation
import PostmortemKit

/// How model values that SQLite has no type for are written in columns, and read back.
///
/// Days are `YYYY-MM-DD`; timestamps are ISO 8601 as `Timestamp.description` writes them,
/// except that a time of day without minutes (`T14`) or a UTC offset without a time of
/// day (`2026-02-20+01:00`) is written as it is, so every timestamp reads back equal;
/// `[Field]` lists are compact JSON; enums are their raw values.
enum ColumnCodec {
    static func text(_ day: Day?) -> String? { day?.description }

    static func day(_ text: String?, table: String, column: String) throws -> Day? {
        guard let text else { return nil }
        if let day = text.utf8.withContiguousStorageIfAvailable(day(bytes:)) ?? nil { return day }
        guard let day = Day(iso: text) else {
            throw UnreadableColumnValue(table: table, column: column, value: text)
        }
        return day
    }

    static func text(_ timestamp: Timestamp?) -> String? {
        guard let timestamp else { return nil }
        var text = timestamp.day.description
        if let hour = timestamp.hour {
            text += "T" + pad(hour)
            if let minute = timestamp.minute {
                text += ":" + pad(minute)
                if let second = timestamp.second { text += ":" + pad(second) }
            }
        }
        if let offset = timestamp.utcOffsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                text += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60) + ":" + pad(abs(offset) % 60)
            }
        }
        return text
    }

    static func timestamp(_ text: String?, table: String, column: String) throws -> Timestamp? {
        guard let text else { return nil }
        if let parsed = text.utf8.withContiguousStorageIfAvailable(timestamp(bytes:)) ?? nil { return parsed }
        let unreadable = UnreadableColumnValue(table: table, column: column, value: text)
        guard let day = Day(iso: String(text.prefix(10))) else { throw unreadable }
        var rest = text.dropFirst(10)
        var offset: Int?
        if rest.hasSuffix("Z") {
            offset = 0
            rest = rest.dropLast()
        } else if rest.count >= 6 {
            let signIndex = rest.index(rest.endIndex, offsetBy: -6)
            let sign = rest[signIndex]
            if sign == "+" || sign == "-" {
                let zone = rest[rest.index(after: signIndex)...].split(separator: ":")
                guard zone.count == 2, let hours = Int(zone[0]), let minutes = Int(zone[1]) else { throw unreadable }
                offset = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
                rest = rest[..<signIndex]
            }
        }
        var timestamp = Timestamp(day: day)
        timestamp.utcOffsetMinutes = offset
        guard !rest.isEmpty else { return timestamp }
        guard rest.first == "T" else { throw unreadable }
        let clock = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(clock.count), !clock.contains(nil) else { throw unreadable }
        let values = clock.compactMap { $0 }
        timestamp.hour = values[0]
        timestamp.minute = values.count > 1 ? values[1] : nil
        timestamp.second = values.count > 2 ? values[2] : nil
        return timestamp
    }

    /// `timestamp(_:table:column:)` of a column given as its bytes (a row's, not copied).
    static func timestamp(bytes data: Data?, table: String, column: String) throws -> Timestamp? {
        guard let data else { return nil }
        if let parsed = data.withUnsafeBytes({ raw in timestamp(bytes: raw.bindMemory(to: UInt8.self)) }) {
            return parsed
        }
        return try timestamp(String(decoding: data, as: UTF8.self), table: table, column: column)
    }

    /// `timestamp(_:table:column:)` of a column given as its bytes, read in place (nil for NULL).
    static func timestamp(utf8 bytes: UnsafeBufferPointer<UInt8>?, table: String, column: String) throws -> Timestamp? {
        guard let bytes else { return nil }
        if let parsed = timestamp(bytes: bytes) { return parsed }
        return try timestamp(String(decoding: bytes, as: UTF8.self), table: table, column: column)
    }

    /// `YYYY-MM-DD` read byte by byte; nil for anything else.
    private static func day(bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        var values = [0, 0, 0]
        for (part, range) in [0..<4, 5..<7, 8..<10].enumerated() {
            for index in range {
                guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
                values[part] = values[part] * 10 + Int(bytes[index] - 0x30)
            }
        }
        return Day(year: values[0], month: values[1], day: values[2])
    }

    /// The common forms of a stored timestamp read byte by byte (the stats read hundreds of
    /// thousands): `YYYY-MM-DD`, then optionally `THH`, `:MM`, `:SS`, then optionally `Z` or
    /// `±HH:MM`. Nil for anything else, which `timestamp(_:table:column:)` then reads, or
    /// rejects, the slow way.
    private static func timestamp(bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<(start + count) {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
        guard bytes.count >= 10, byte(4) == 0x2D, byte(7) == 0x2D, let year = number(0, 4), let month = number(5, 2),
            let dayOfMonth = number(8, 2), let day = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        var timestamp = Timestamp(day: day)
        var index = 10
        if byte(index) == 0x54 {  // T
            guard let hour = number(index + 1, 2) else { return nil }
            timestamp.hour = hour
            index += 3
            if byte(index) == 0x3A, let minute = number(index + 1, 2) {  // :MM
                timestamp.minute = minute
                index += 3
                if byte(index) == 0x3A, let second = number(index + 1, 2) {  // :SS
                    timestamp.second = second
                    index += 3
                }
            }
        }
        if byte(index) == 0x5A {  // Z
            timestamp.utcOffsetMinutes = 0
            index += 1
        } else if let sign = byte(index), sign == 0x2B || sign == 0x2D, byte(index + 3) == 0x3A,
            let hours = number(index + 1, 2), let minutes = number(index + 4, 2)
        {
            timestamp.utcOffsetMinutes = (hours * 60 + minutes) * (sign == 0x2D ? -1 : 1)
            index += 6
        }
        return index == bytes.count ? timestamp : nil
    }

    static func json(_ fields: [Field]) throws -> String {
        try IncidentJSON.string(fields, pretty: false)
    }

    static func fields(_ json: String, table: String, column: String) throws -> [Field] {
        do {
            return try JSONDecoder().decode([Field].self, from: Data(json.utf8))
        } catch {
            throw UnreadableColumnValue(table: table, column: column, value: json)
        }
    }

    static func value<Value: RawRepresentable>(
        _ raw: String, as type: Value.Type, table: String, column: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw UnreadableColumnValue(table: table, column: column, value: raw)
        }
        return value
    }

    static func optionalValue<Value: RawRepresentable>(
        _ raw: String?, as type: Value.Type, table: String, column: String
    ) throws -> Value? where Value.RawValue == String {
        guard let raw else { return nil }
        return try value(raw, as: type, table: table, column: column)
    }

    private static func pad(_ value: Int) -> String {
        value >= 0 && value < 10 ? "0\(value)" : "\(value)"
    }
}
