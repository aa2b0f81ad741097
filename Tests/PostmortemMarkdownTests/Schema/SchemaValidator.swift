import Foundation

/// A small JSON Schema (draft 2020-12) validator for the keywords docs/incident.schema.json
/// uses: `type` (a name or a list), `properties`, `required`, `additionalProperties`,
/// `items`, `enum`, `pattern`, `minimum`, `maximum`, `$ref` to the schema itself or to
/// `$defs` (a JSON pointer), `oneOf` and `anyOf`. Annotations (`title`, `description`,
/// `$schema`, `$id`, `$comment`, `$defs`) are skipped.
///
/// Any other keyword is an error, so that a schema can never pass a document because the
/// validator ignored what it says.
struct SchemaValidator {
    struct UnsupportedKeyword: Error, CustomStringConvertible {
        var keyword: String
        var path: String
        var description: String { "the schema uses '\(keyword)' at \(path), which this validator does not check" }
    }

    let root: JSONValue

    init(schema: JSONValue) {
        root = schema
    }

    /// The problems of `instance` against the schema (or the sub-schema at `pointer`), each
    /// as `instance path: what is wrong`; empty when it is valid.
    func validate(_ instance: JSONValue, at pointer: String = "#") throws -> [String] {
        try validate(instance, against: try resolve(pointer), path: "$")
    }

    private static let annotations: Set<String> = ["title", "description", "$schema", "$id", "$comment", "$defs"]
    private static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minimum", "maximum",
        "$ref", "oneOf", "anyOf",
    ]

    private func validate(_ instance: JSONValue, against schema: JSONValue, path: String) throws -> [String] {
        if case .bool(let allowed) = schema { return allowed ? [] : ["\(path): no value is allowed here"] }
        guard case .object(let keywords) = schema else { return ["\(path): the schema is not an object"] }
        for keyword in keywords.keys where !Self.annotations.contains(keyword) && !Self.assertions.contains(keyword) {
            throw UnsupportedKeyword(keyword: keyword, path: path)
        }
        var problems: [String] = []
        if let reference = keywords["$ref"] {
            guard case .string(let pointer) = reference else { return ["\(path): $ref is not a string"] }
            problems += try validate(instance, against: try resolve(pointer), path: path)
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: allowed = []
            }
            if instance.typeNames.isDisjoint(with: allowed) {
                problems.append(
                    "\(path): is \(instance.typeNames.sorted().last ?? "?"), not \(allowed.joined(separator: " or "))")
            }
        }
        if let options = keywords["enum"], case .array(let values) = options, !values.contains(instance) {
            problems.append("\(path): is not one of the allowed values")
        }
        if case .string(let text) = instance, let pattern = keywords["pattern"], case .string(let expression) = pattern
        {
            let regex = try NSRegularExpression(pattern: expression)
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                problems.append("\(path): '\(text)' does not match \(expression)")
            }
        }
        if let value = instance.numeric {
            if let minimum = keywords["minimum"]?.numeric, value < minimum {
                problems.append("\(path): \(value) is below \(minimum)")
            }
            if let maximum = keywords["maximum"]?.numeric, value > maximum {
                problems.append("\(path): \(value) is above \(maximum)")
            }
        }
        if case .object(let members) = instance {
            problems += try validateObject(members, keywords: keywords, path: path)
        }
        if case .array(let elements) = instance, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                problems += try validate(element, against: items, path: "\(path)[\(index)]")
            }
        }
        if let choices = keywords["anyOf"], case .array(let schemas) = choices {
            let passing = try schemas.filter { try validate(instance, against: $0, path: path).isEmpty }
            if passing.isEmpty { problems.append("\(path): matches none of anyOf") }
        }
        if let choices = keywords["oneOf"], case .array(let schemas) = choices {
            let passing = try schemas.filter { try validate(instance, against: $0, path: path).isEmpty }
            if passing.count != 1 { problems.append("\(path): matches \(passing.count) of oneOf, not exactly one") }
        }
        return problems
    }

    private func validateObject(_ members: [String: JSONValue], keywords: [String: JSONValue], path: String) throws
        -> [String]
    {
        var problems: [String] = []
        if let required = keywords["required"], case .array(let names) = required {
            for case .string(let name) in names where members[name] == nil {
                problems.append("\(path): lacks the key '\(name)'")
            }
        }
        var properties: [String: JSONValue] = [:]
        if let declared = keywords["properties"], case .object(let schemas) = declared { properties = schemas }
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[name] {
                problems += try validate(value, against: schema, path: "\(path).\(name)")
            } else if case .bool(false) = keywords["additionalProperties"] {
                problems.append("\(path): has the key '\(name)', which the schema does not allow")
            } else if let additional = keywords["additionalProperties"] {
                problems += try validate(value, against: additional, path: "\(path).\(name)")
            }
        }
        return problems
    }

    /// The sub-schema a local reference names: `#`, or `#/$defs/name` (any JSON pointer).
    private func resolve(_ pointer: String) throws -> JSONValue {
        guard pointer.hasPrefix("#") else { throw UnsupportedKeyword(keyword: "$ref \(pointer)", path: pointer) }
        var schema = root
        for token in pointer.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = schema[key] else { throw UnsupportedKeyword(keyword: "$ref \(pointer)", path: pointer) }
            schema = next
        }
        return schema
    }
}
