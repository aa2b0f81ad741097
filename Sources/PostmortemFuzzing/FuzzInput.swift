/// One input made by `DocumentMutator`: the bytes, and how they were made (so a failure
/// can be reported and reproduced).
public struct FuzzInput: Sendable, Hashable {
    public var bytes: [UInt8]
    /// The index of the seed document it was made from.
    public var seedIndex: Int
    /// The mutations applied, in order ("duplicate line 12 ×40", "front matter: YAML …").
    public var mutations: [String]

    public init(bytes: [UInt8], seedIndex: Int, mutations: [String]) {
        self.bytes = bytes
        self.seedIndex = seedIndex
        self.mutations = mutations
    }
}
