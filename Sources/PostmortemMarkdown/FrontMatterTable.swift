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
