import PostmortemKit

/// One item of a long list in a page model (a row, an action, a lesson), made only when it
/// must be rendered. `key` stands for everything the item shows (its incident's revision
/// and page, say, with the item's own keyed lists' keys), so two items of one place with
/// equal keys render to equal bytes. It is a fingerprint mixed from those values, not a
/// text: a re-publish makes the keys of every row of every list page, and mixing a few
/// values per row costs a fraction of writing them out.
struct KeyedItem {
    var key: Fingerprint
    var make: () -> PageModel

    init(key: Fingerprint, make: @escaping () -> PageModel) {
        self.key = key
        self.make = make
    }

    /// An item keyed by the text `key`.
    init(key: String, make: @escaping () -> PageModel) {
        self.init(key: Fingerprint(key), make: make)
    }
}

/// A list of ``KeyedItem``s as a page model's value, where a template's section iterates
/// it as it would an array of models.
///
/// The compiled renderer keeps each item's rendering as a fragment known by its place in
/// the templates and its key (``PageFragments``): when a page must be made again because
/// one row changed, the unchanged rows' bytes are copied from the previous page, and only
/// the changed ones are made and rendered. Where a page is rendered otherwise, the items
/// are made into plain models first (``materialized(_:)``).
struct KeyedItems {
    var items: [KeyedItem]

    /// `model` with every keyed list made into an array of models.
    static func materialized(_ model: PageModel) -> PageModel {
        var result = model
        for (key, value) in model {
            switch value {
            case let keyed as KeyedItems:
                result[key] = keyed.items.map { materialized($0.make()) }
            case let nested as PageModel:
                result[key] = materialized(nested)
            case let models as [PageModel]:
                result[key] = models.map(materialized)
            default:
                continue
            }
        }
        return result
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets `key` to the keyed list `items` only when it has some, with its flag
    /// (`hasRows` for `rows`), as `set(_:_:)` does for a list of models.
    mutating func set(_ key: String, keyed items: [KeyedItem]) {
        guard !items.isEmpty else { return }
        self[key] = KeyedItems(items: items)
        self[Self.flag(key)] = true
    }
}

/// A 128-bit fingerprint built by mixing in values: two FNV-1a streams with different
/// starting points. Names a rendered fragment's place and key (collisions among the
/// fragments of one page are beyond reach).
struct Fingerprint: Hashable, Sendable {
    var high: UInt64 = 0xcbf2_9ce4_8422_2325
    var low: UInt64 = 0x8422_2325_cbf2_9ce4

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private mutating func byte(_ value: UInt8) {
        high = (high ^ UInt64(value)) &* Self.prime
        low = (low ^ UInt64(value ^ 0x5A)) &* Self.prime
    }

    mutating func mix(_ values: UInt64...) {
        for value in values {
            var rest = value
            for _ in 0..<8 {
                byte(UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
        }
    }

    mutating func mix(_ text: String) {
        mix(UInt64(text.utf8.count))
        for value in text.utf8 { byte(value) }
    }

    /// Mixes in another fingerprint (its two halves).
    mutating func mix(_ other: Fingerprint) {
        mix(other.high, other.low)
    }

    mutating func mix(_ flag: Bool) {
        byte(flag ? 1 : 0)
    }

    /// Mixes in a day (or its absence), by its numbers rather than its text.
    mutating func mix(_ day: Day?) {
        guard let day else { return mix(false) }
        mix(true)
        mix(day.year, day.month, day.day)
    }

    /// Mixes in a time (or its absence), every part given or absent.
    mutating func mix(_ time: Timestamp?) {
        guard let time else { return mix(false) }
        mix(time.day)
        for part in [time.hour, time.minute, time.second, time.utcOffsetMinutes] {
            mix(part != nil)
            mix(part ?? 0)
        }
    }

    mutating func mix(_ numbers: Int...) {
        for number in numbers { mix(UInt64(bitPattern: Int64(number))) }
    }

    /// The fingerprint of `text` alone.
    init(_ text: String) {
        mix(text)
    }

    init() {}

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 lowercase hex digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 32)
        for (half, value) in [high, low].enumerated() {
            for index in 0..<16 {
                bytes[half * 16 + index] = digits[Int((value >> UInt64(60 - 4 * index)) & 0xF)]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
