import PostmortemKit

/// One item of a long list in a page model (a row, an action, a lesson), made only when it
/// must be rendered. `key` stands for everything the item shows (its incident's revision
/// and page, say, with the item's own keyed lists' keys), so two items of one place with
/// equal keys render to equal bytes.
struct KeyedItem {
    var key: String
    var make: () -> PageModel
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
}
