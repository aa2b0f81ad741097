import PostmortemKit
import Yams

extension Taxonomy {
    /// ``DefaultTaxonomy/yaml``, loaded once. Tests check that it loads; were it ever broken,
    /// this would be ``Taxonomy/empty`` rather than a crash.
    public static let standard: Taxonomy = (try? load(yaml: DefaultTaxonomy.yaml, source: "default taxonomy")) ?? .empty

    /// The keys a mode may have, in the order ``yaml()`` writes them.
    static let modeKeys = ["id", "name", "category", "description", "patterns", "negative"]

    /// Reads a taxonomy file (`taxonomy.yml`).
    ///
    /// The top level is a mapping with `modes:` (a list; required) and `version: 1`
    /// (optional). Each mode has `id`, `name`, `category`, `patterns` (required; each a
    /// phrase, or `{phrase, weight}`), `description` and `negative` (optional). Unknown keys
    /// are errors, so that a misspelt key is not silently ignored.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - source: the name errors give for the file; default "taxonomy.yml".
    /// - Throws: ``TaxonomyError`` with the line and column of the problem and the mode and
    ///   key at fault: invalid YAML, a repeated key, a missing or empty `name`, an empty
    ///   `patterns`, a duplicate id, a weight out of (0, 1].
    public static func load(yaml: String, source: String = "taxonomy.yml") throws -> Taxonomy {
        try TaxonomyYAMLReader(source: source).read(yaml)
    }

    /// The taxonomy as YAML that ``load(yaml:source:)`` reads back to an equal taxonomy:
    /// a short header comment, `version: 1`, then each mode with its keys in a fixed order; a
    /// phrase of weight 1 is written bare, any other as `{phrase: …, weight: …}`.
    ///
    /// Comments of a hand-written file are not kept; to give a knowledge base the default
    /// file with its comments, write ``DefaultTaxonomy/yaml`` itself.
    public func yaml() throws -> String {
        let header = """
            # pm failure-mode taxonomy: the failure modes pm looks for, and the phrases that suggest
            # each one (plain words, matched on word boundaries, ignoring case and accents).

            """
        func string(_ value: String) -> Node { .scalar(value.represented()) }
        let modes = modes.map { mode -> Node in
            var pairs: [(Node, Node)] = [
                (string("id"), string(mode.id.rawValue)),
                (string("name"), string(mode.name)),
                (string("category"), string(mode.category.rawValue)),
            ]
            if !mode.description.isEmpty { pairs.append((string("description"), string(mode.description))) }
            let patterns = mode.patterns.map { pattern -> Node in
                guard pattern.weight != 1 else { return string(pattern.phrase) }
                return Node(
                    [
                        (string("phrase"), string(pattern.phrase)),
                        (string("weight"), Node(Self.number(pattern.weight))),
                    ],
                    .implicit, .flow)
            }
            pairs.append((string("patterns"), Node(patterns)))
            if !mode.negatives.isEmpty { pairs.append((string("negative"), Node(mode.negatives.map(string)))) }
            return Node(pairs)
        }
        let root = Node([(string("version"), Node("1")), (string("modes"), Node(modes))])
        return header + (try Yams.serialize(node: root, width: -1, allowUnicode: true))
    }

    /// A weight as the shortest decimal that reads back to the same Double ("0.4", not
    /// "0.40000000000000002").
    static func number(_ value: Double) -> String {
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
