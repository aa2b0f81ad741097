extension Taxonomy {
    /// A stable hash of everything classification reads from the taxonomy (each mode's id,
    /// name, description, category, phrases with their weights, and negative phrases), in
    /// order: two taxonomies classify alike when their fingerprints are equal. 16 hex digits.
    public var fingerprint: String {
        var text = ""
        for mode in modes {
            let fields: [String] =
                [mode.id.rawValue, mode.name, mode.description, mode.category.rawValue]
                + mode.patterns.flatMap { [$0.phrase, String($0.weight)] } + ["negatives"] + mode.negatives
            // Unit and record separators cannot come out of YAML's printable text.
            text += fields.joined(separator: "\u{1F}") + "\u{1E}"
        }
        return StableHash.hex(bytes: text.utf8)
    }
}
