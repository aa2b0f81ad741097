/// Front-matter keys and values in the order they were written.
///
/// Look values up with the subscript; iterate ``entries`` to keep the author's order.
/// Keys are unique (a repeated key is a ``FrontMatterProblem``).
public struct FrontMatterTable: Sendable, Hashable {
    /// One key and its value.
    public struct Entry: Sendable, Hashable {
        /// The key as written (TOML keys under a `[table]` header are dotted: `table.key`).
        public var key: String
        /// The value.
        public var value: FrontMatterValue

        /// Creates an entry.
        public init(key: String, value: FrontMatterValue) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in the order they were written.
    public private(set) var entries: [Entry]

    /// Creates a table from ordered entries. When a key repeats, the first entry wins.
    public init(_ entries: [Entry] = []) {
        var seen: Set<String> = []
        self.entries = entries.filter { seen.insert($0.key).inserted }
    }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    /// Whether there are no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value for a key, or nil when the key is absent.
    public subscript(key: String) -> FrontMatterValue? {
        entries.first { $0.key == key }?.value
    }

    /// Whether the table has the key.
    func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// Appends an entry; the caller makes sure the key is new.
    mutating func append(_ key: String, _ value: FrontMatterValue) {
        entries.append(Entry(key: key, value: value))
    }
}

extension FrontMatterTable {
    /// The table with every U+0000 in keys and text values (written as an escape, `"\u0000"`)
    /// replaced by U+FFFD, as the decoder does with NUL bytes: no text field may hold one
    /// (SQLite's C strings end there, so the store would keep only what comes before).
    func replacingNUL() -> FrontMatterTable {
        FrontMatterTable(entries.map { Entry(key: $0.key.replacingNUL(), value: $0.value.replacingNUL()) })
    }
}

extension FrontMatterValue {
    fileprivate func replacingNUL() -> FrontMatterValue {
        switch self {
        case .string(let text): .string(text.replacingNUL())
        case .date(let text): .date(text.replacingNUL())
        case .array(let values): .array(values.map { $0.replacingNUL() })
        case .table(let table): .table(table.replacingNUL())
        case .int, .double, .bool, .null: self
        }
    }
}

extension String {
    fileprivate func replacingNUL() -> String {
        contains("\u{0}") ? replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : self
    }
}
