/// A stored value that cannot become a model value (an unknown enum case, a malformed date).
/// The store turns it into `StoreError.unreadableValue`, which names the file.
struct UnreadableColumnValue: Error {
    var table: String
    var column: String
    var value: String
}
