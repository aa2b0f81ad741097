import Foundation
import PostmortemKit
import Yams

/// Turns a taxonomy file's YAML into a checked ``Taxonomy``, locating every problem.
struct TaxonomyYAMLReader {
    var source: String

    /// Where each mode, and each of its keys and patterns, was written.
    private struct Marks {
        var mode: Mark?
        var keys: [String: Mark] = [:]
        var patterns: [Mark?] = []
    }

    func read(_ yaml: String) throws -> Taxonomy {
        if let problem = YAMLSafetyScan.check(yaml) {
            throw TaxonomyError(
                reason: problem.message, source: source, line: problem.line, column: problem.column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw locate(error)
        }
        guard let root, case .mapping(let top) = root else {
            throw TaxonomyError(
                reason: "a taxonomy is a mapping with a 'modes:' list; see the default taxonomy for an example",
                source: source, line: root?.mark?.line ?? 1, column: root?.mark?.column ?? 1)
        }
        var modesNode: Node?
        for (key, value) in top {
            switch key.string {
            case "modes": modesNode = value
            case "version":
                guard value.string == "1" else {
                    throw error(
                        at: value.mark, "'version' is \(value.string ?? "not a number"); this pm reads version 1")
                }
            default:
                throw error(
                    at: key.mark, "unknown top-level key '\(key.string ?? "?")'; a taxonomy has 'version' and 'modes'")
            }
        }
        guard let modesNode else {
            throw error(at: root.mark, "'modes:' is missing; list the failure modes under it")
        }
        guard case .sequence(let list) = modesNode, !list.isEmpty else {
            throw error(at: modesNode.mark, "'modes' must be a non-empty list of modes (lines starting with '- id:')")
        }
        var modes: [FailureMode] = []
        var marks: [Marks] = []
        for (index, node) in list.enumerated() {
            let (mode, mark) = try self.mode(node, index: index)
            modes.append(mode)
            marks.append(mark)
        }
        do {
            return try Taxonomy(modes: modes)
        } catch var problem as TaxonomyError {
            problem.source = source
            if let index = problem.modeIndex, marks.indices.contains(index) {
                let modeMarks = marks[index]
                var mark = problem.key.flatMap { modeMarks.keys[$0] } ?? modeMarks.mode
                if let pattern = problem.patternIndex, modeMarks.patterns.indices.contains(pattern) {
                    mark = modeMarks.patterns[pattern] ?? mark
                }
                problem.line = mark?.line
                problem.column = mark?.column
            }
            throw problem
        }
    }

    private func mode(_ node: Node, index: Int) throws -> (FailureMode, Marks) {
        guard case .mapping(let mapping) = node else {
            throw error(
                at: node.mark, "mode \(index + 1) must be a mapping with 'id', 'name', 'category' and 'patterns'")
        }
        var marks = Marks(mode: node.mark)
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard Taxonomy.modeKeys.contains(name) else {
                throw error(
                    at: key.mark,
                    "mode \(index + 1): unknown key '\(name)'; a mode has "
                        + Taxonomy.modeKeys.map { "'\($0)'" }.joined(separator: ", "))
            }
            values[name] = value
            marks.keys[name] = value.mark ?? key.mark
        }
        let label = values["id"].flatMap(text).map { "mode '\($0)'" } ?? "mode \(index + 1)"
        func scalar(_ key: String) throws -> String {
            guard let value = values[key] else { return "" }
            guard let string = text(value) else {
                throw error(at: value.mark, "\(label): '\(key)' must be a single value, not a list or mapping")
            }
            return string
        }
        var patterns: [FailureModePattern] = []
        if let node = values["patterns"] {
            guard case .sequence(let items) = node else {
                throw error(at: node.mark, "\(label): 'patterns' must be a list of phrases")
            }
            for item in items {
                patterns.append(try pattern(item, label: label))
                marks.patterns.append(item.mark)
            }
        }
        var negatives: [String] = []
        if let node = values["negative"] {
            guard case .sequence(let items) = node else {
                throw error(at: node.mark, "\(label): 'negative' must be a list of phrases")
            }
            for item in items {
                guard let phrase = text(item) else {
                    throw error(at: item.mark, "\(label): each negative phrase must be plain text")
                }
                negatives.append(phrase)
            }
        }
        let mode = FailureMode(
            id: FailureModeID(try scalar("id")), name: try scalar("name"), description: try scalar("description"),
            category: FailureModeCategory(try scalar("category")), patterns: patterns, negatives: negatives)
        return (mode, marks)
    }

    private func pattern(_ node: Node, label: String) throws -> FailureModePattern {
        if let phrase = text(node) { return FailureModePattern(phrase) }
        guard case .mapping(let mapping) = node else {
            throw error(at: node.mark, "\(label): a pattern is a phrase or {phrase: ..., weight: ...}")
        }
        var phrase: String?
        var weight = 1.0
        for (key, value) in mapping {
            switch key.string {
            case "phrase":
                phrase = text(value)
            case "weight":
                guard let number = value.string.flatMap(Double.init), number.isFinite else {
                    throw error(at: value.mark, "\(label): 'weight' must be a number in (0, 1]")
                }
                weight = number
            default:
                throw error(
                    at: key.mark,
                    "\(label): unknown pattern key '\(key.string ?? "?")'; a pattern has 'phrase' and 'weight'")
            }
        }
        guard let phrase else {
            throw error(at: node.mark, "\(label): this pattern has no 'phrase'")
        }
        return FailureModePattern(phrase, weight: weight)
    }

    /// A scalar's text; "" for null (`name:` with nothing after it); nil for a list or mapping.
    private func text(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return node.tag.rawValue == Tag.Name.null.rawValue ? "" : scalar.string
    }

    private func error(at mark: Mark?, _ reason: String) -> TaxonomyError {
        TaxonomyError(reason: reason, source: source, line: mark?.line, column: mark?.column)
    }

    private func locate(_ error: any Error) -> TaxonomyError {
        guard let yamlError = error as? YamlError else {
            return TaxonomyError(reason: "invalid YAML: \(error)", source: source)
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return self.error(at: mark, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return self.error(
                at: context.mark, "the key \(duplicates.joined(separator: ", ")) is repeated in one mapping; keep one")
        default:
            return TaxonomyError(reason: "invalid YAML: \(yamlError)", source: source)
        }
    }
}
