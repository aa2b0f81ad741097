/// What a template renders: a dictionary of strings, numbers, booleans, nested
/// dictionaries and arrays of them, made by one of the page builders from view data, never
/// from store records. Absent keys are absent (never nil values), so a template's `{{#x}}`
/// section shows only when there is something to show. A non-empty list `x` comes with a
/// flag `hasX`, for a heading shown once above it (`{{#hasRows}}<h2>…{{#rows}}…`). Keys
/// ending in `HTML` hold `SafeHTML` text for `{{{…}}}`; every other string is escaped by
/// the template.
///
/// Mustache looks a name up in the enclosing objects when the current one lacks it, so a
/// list item missing `date` would show its page's date. Items therefore hold every key
/// they may show, `false` where there is no value (see ``setOrFalse(_:_:)``).
typealias PageModel = [String: Any]

extension Dictionary where Key == String, Value == Any {
    /// Sets `key` to `value` only when there is one (a non-empty string or array).
    mutating func set(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = value }
    }

    /// Sets `key` to `value`, or to `false` when there is none, so a template's lookup never
    /// reaches an enclosing object's key of the same name.
    mutating func setOrFalse(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = value } else { self[key] = false }
    }

    mutating func set(_ key: String, _ value: SafeHTML?) {
        if let value, !value.isEmpty { self[key] = value.html }
    }

    mutating func set(_ key: String, _ values: [PageModel]) {
        guard !values.isEmpty else { return }
        self[key] = values
        self[Self.flag(key)] = true
    }

    mutating func set(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        self[key] = values
        self[Self.flag(key)] = true
    }

    /// `hasRows` for `rows`.
    static func flag(_ key: String) -> String {
        "has" + key.prefix(1).uppercased() + key.dropFirst()
    }

    mutating func set(_ key: String, _ value: PageModel?) {
        if let value { self[key] = value }
    }
}
