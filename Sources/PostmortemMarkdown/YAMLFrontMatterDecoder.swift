import Yams

/// Decodes YAML front matter with Yams into ordered ``FrontMatterValue``s.
///
/// The top level must be a mapping. Scalars are typed by Yams' default (YAML 1.1) resolver;
/// timestamps stay strings (``FrontMatterValue/date(_:)``). Never throws: failures become a
/// ``FrontMatterProblem`` positioned in the front matter's own lines.
enum YAMLFrontMatterDecoder {
    /// At most this many values are produced, whatever aliases expand to.
    static let maximumValues = 10_000

    private struct TooLarge: Error {}
    private struct BadKey: Error {
        var mark: Mark?
    }

    static func decode(_ yaml: String) -> FrontMatterReader.Result.Decoded {
        if let problem = YAMLSafetyScan.check(yaml) {
            return .init(fields: FrontMatterTable(), problem: problem)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return .init(fields: FrontMatterTable(), problem: problem(for: error))
        }
        guard let root else { return .init(fields: FrontMatterTable(), problem: nil) }
        guard case .mapping(let mapping) = root else {
            let mark = root.mark
            return .init(
                fields: FrontMatterTable(),
                problem: FrontMatterProblem(
                    line: mark?.line ?? 1,
                    column: mark?.column ?? 1,
                    message: "YAML front matter must be a mapping of keys to values (key: value lines)"
                )
            )
        }
        var budget = maximumValues
        do {
            return .init(fields: try table(mapping, budget: &budget), problem: nil)
        } catch let error as BadKey {
            return .init(
                fields: FrontMatterTable(),
                problem: FrontMatterProblem(
                    line: error.mark?.line ?? 1,
                    column: error.mark?.column ?? 1,
                    message: "YAML front matter key is not a plain value; use a string key"
                )
            )
        } catch {
            return .init(
                fields: FrontMatterTable(),
                problem: FrontMatterProblem(
                    line: 1,
                    column: 1,
                    message: "YAML front matter expands to more than \(maximumValues) values; it was not decoded"
                )
            )
        }
    }

    private static func table(_ mapping: Node.Mapping, budget: inout Int) throws -> FrontMatterTable {
        var table = FrontMatterTable()
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw BadKey(mark: key.mark) }
            let converted = try self.value(value, budget: &budget)
            if !table.contains(scalar.string) {
                table.append(scalar.string, converted)
            }
        }
        return table
    }

    private static func value(_ node: Node, budget: inout Int) throws -> FrontMatterValue {
        budget -= 1
        if budget < 0 { throw TooLarge() }
        switch node {
        case .scalar(let scalar):
            return self.scalar(node, scalar)
        case .sequence(let sequence):
            var values: [FrontMatterValue] = []
            for element in sequence {
                values.append(try value(element, budget: &budget))
            }
            return .array(values)
        case .mapping(let mapping):
            return .table(try table(mapping, budget: &budget))
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is read as null.
            return .null
        }
    }

    private static func scalar(_ node: Node, _ scalar: Node.Scalar) -> FrontMatterValue {
        switch node.tag.rawValue {
        case Tag.Name.null.rawValue:
            return .null
        case Tag.Name.bool.rawValue:
            return node.bool.map(FrontMatterValue.bool) ?? .string(scalar.string)
        case Tag.Name.int.rawValue:
            return node.int.map(FrontMatterValue.int) ?? .string(scalar.string)
        case Tag.Name.float.rawValue:
            return node.float.map(FrontMatterValue.double) ?? .string(scalar.string)
        case Tag.Name.timestamp.rawValue:
            return .date(scalar.string)
        default:
            return .string(scalar.string)
        }
    }

    private static func problem(for error: any Error) -> FrontMatterProblem {
        guard let yamlError = error as? YamlError else {
            return FrontMatterProblem(line: 1, column: 1, message: "invalid YAML front matter: \(error)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _),
            .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return FrontMatterProblem(
                line: mark.line, column: mark.column, message: "invalid YAML front matter: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return FrontMatterProblem(
                line: context.mark.line,
                column: context.mark.column,
                message: "YAML front matter repeats the key \(duplicates.joined(separator: ", ")); keep one"
            )
        case .reader(let problem, _, _, _):
            return FrontMatterProblem(line: 1, column: 1, message: "unreadable YAML front matter: \(problem)")
        default:
            return FrontMatterProblem(line: 1, column: 1, message: "invalid YAML front matter: \(yamlError)")
        }
    }
}
