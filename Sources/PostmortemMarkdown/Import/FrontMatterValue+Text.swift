import PostmortemKit

extension FrontMatterValue {
    /// The value as one line of text: strings and dates as written, numbers and booleans
    /// spelled out, arrays joined with ", ", tables as "key: value" pairs joined with ", "
    /// (so a value pm cannot use can still be kept); nil for null and empty collections.
    var text: String? {
        switch self {
        case .string(let value), .date(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .array(let values):
            let texts = values.compactMap(\.text)
            return texts.isEmpty ? nil : texts.joined(separator: ", ")
        case .table(let table):
            let pairs = table.entries.map { entry in entry.value.text.map { "\(entry.key): \($0)" } ?? entry.key }
            return pairs.isEmpty ? nil : pairs.joined(separator: ", ")
        case .null: return nil
        }
    }

    /// The value as a list of strings: an array's items, or a scalar split at commas.
    var list: [String] {
        switch self {
        case .array(let values): return values.compactMap(\.text).filter { !$0.isEmpty }
        default: return text.map(MetadataExtractor.list) ?? []
        }
    }
}
