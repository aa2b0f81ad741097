import Foundation

/// The failure modes a knowledge base knows, in the order its taxonomy file lists them.
///
/// Built only through ``init(modes:)``, which checks it: ids are unique and kebab-case,
/// every mode has a name, a category and at least one phrase with words in it, and weights
/// are in (0, 1]. The default lives in ``DefaultTaxonomy``; reading and writing YAML is
/// `PostmortemMarkdown`'s part (`Taxonomy.load(yaml:)`).
public struct Taxonomy: Hashable, Sendable {
    public let modes: [FailureMode]
    private let positions: [FailureModeID: Int]

    /// Checks `modes` and keeps them in order.
    /// - Throws: ``TaxonomyError`` naming the first mode, key and pattern at fault.
    public init(modes: [FailureMode]) throws {
        var positions: [FailureModeID: Int] = [:]
        for (index, mode) in modes.enumerated() {
            try Self.check(mode, at: index)
            if let first = positions[mode.id] {
                throw TaxonomyError(
                    reason: "mode '\(mode.id)' is listed twice (as mode \(first + 1) and mode \(index + 1)); "
                        + "give one of them another id or merge their patterns",
                    modeIndex: index, key: "id")
            }
            positions[mode.id] = index
        }
        self.modes = modes
        self.positions = positions
    }

    /// A taxonomy with no modes: the classifier finds nothing with it.
    public static let empty = Taxonomy(checked: [], positions: [:])

    private init(checked modes: [FailureMode], positions: [FailureModeID: Int]) {
        self.modes = modes
        self.positions = positions
    }

    /// The mode with this id, if the taxonomy has one.
    public func mode(_ id: FailureModeID) -> FailureMode? {
        positions[id].map { modes[$0] }
    }

    /// Whether `id` is kebab-case: lower-case ASCII letters and digits in words joined by
    /// single hyphens ("wal-archive-conflict").
    public static func isKebabCase(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func check(_ mode: FailureMode, at index: Int) throws {
        let label = mode.id.rawValue.isEmpty ? "mode \(index + 1)" : "mode '\(mode.id)'"
        func fail(_ key: String, _ reason: String, pattern: Int? = nil) -> TaxonomyError {
            TaxonomyError(reason: "\(label): \(reason)", modeIndex: index, key: key, patternIndex: pattern)
        }
        guard isKebabCase(mode.id.rawValue) else {
            throw fail(
                "id",
                mode.id.rawValue.isEmpty
                    ? "'id' is missing or empty; give it a kebab-case id such as 'disk-full'"
                    : "'id' must be kebab-case (lower-case letters and digits joined by hyphens, like 'disk-full')")
        }
        guard !mode.name.trimmingWhitespace().isEmpty else {
            throw fail("name", "'name' is missing or empty; give it a short human name")
        }
        guard isKebabCase(mode.category.rawValue) else {
            throw fail(
                "category",
                mode.category.rawValue.isEmpty
                    ? "'category' is missing or empty; use one such as 'storage' or 'dns'"
                    : "'category' must be kebab-case, like 'storage' or 'dns'")
        }
        guard !mode.patterns.isEmpty else {
            throw fail("patterns", "'patterns' is empty; list at least one phrase that suggests this mode")
        }
        var seen: Set<[String]> = []
        for (number, pattern) in mode.patterns.enumerated() {
            let words = TextScanner.words(in: pattern.phrase)
            guard !words.isEmpty else {
                throw fail("patterns", "pattern \(number + 1) ('\(pattern.phrase)') has no words", pattern: number)
            }
            guard pattern.weight > 0, pattern.weight <= 1 else {
                throw fail(
                    "weight", "pattern '\(pattern.phrase)' has weight \(pattern.weight); use a number in (0, 1]",
                    pattern: number)
            }
            guard seen.insert(words).inserted else {
                throw fail(
                    "patterns", "pattern '\(pattern.phrase)' is listed twice (the same words); keep one",
                    pattern: number)
            }
        }
        for negative in mode.negatives where TextScanner.words(in: negative).isEmpty {
            throw fail("negative", "negative phrase '\(negative)' has no words")
        }
    }
}
