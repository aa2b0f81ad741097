import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// docs/incident.schema.json describes the incident JSON exactly: every corpus incident
/// and seed validates against it, and the validator demonstrably rejects documents that
/// break it, so the validation cannot pass for nothing.
@Suite struct IncidentSchemaTests {
    static func validator() throws -> SchemaValidator {
        let url = Fixtures.repositoryRoot.appendingPathComponent("docs/incident.schema.json")
        return SchemaValidator(schema: try JSONValue.parse(try String(contentsOf: url, encoding: .utf8)))
    }

    static func json(_ incident: Incident) throws -> JSONValue {
        try JSONValue.parse(try IncidentJSON.string(incident))
    }

    @Test(arguments: Fixtures.corpusDocuments)
    func everyCorpusIncidentValidates(path: String) throws {
        let validator = try Self.validator()
        for incident in try Fixtures.importCorpus(path).incidents {
            #expect(try validator.validate(try Self.json(incident)) == [], "\(path): \(incident.title)")
        }
    }

    @Test(.enabled(if: Fixtures.seedsPresent, "../shared/seeds is absent"))
    func everySeedIncidentValidates() throws {
        let validator = try Self.validator()
        for prefix in ["000", "001", "002", "003", "004"] {
            for incident in try Fixtures.importSeed(prefix).incidents {
                #expect(try validator.validate(try Self.json(incident)) == [], "seed \(prefix)")
            }
        }
    }

    @Test func theExportDocumentValidates() throws {
        let incidents = try Fixtures.corpusDocuments.prefix(3).flatMap { try Fixtures.importCorpus($0).incidents }
        let text = try IncidentExporter(format: .json).contents(of: incidents)
        #expect(try Self.validator().validate(try JSONValue.parse(text), at: "#/$defs/export") == [])
    }

    /// A real incident, broken one way at a time.
    static let breakages: [(String, @Sendable (inout [String: JSONValue]) -> Void, String)] = [
        ("missing key", { $0["rootCause"] = nil }, "$: lacks the key 'rootCause'"),
        ("extra key", { $0["owner"] = .string("me") }, "$: has the key 'owner', which the schema does not allow"),
        ("wrong type", { $0["title"] = .integer(1) }, "$.title: is number, not string"),
        ("null not allowed", { $0["tags"] = .null }, "$.tags: is null, not array"),
        ("unknown enum value", { $0["kind"] = .string("outage") }, "$.kind: is not one of the allowed values"),
        ("bad date", { $0["date"] = .string("20/02/2026") }, "$.date: matches none of anyOf"),
        (
            "severity level out of range",
            { $0["severity"] = .object(["label": .string("SEV9"), "level": .integer(9)]) },
            "$.severity: matches none of anyOf"
        ),
        (
            "bad id", { $0["id"] = .string(".hidden") },
            "$.id: '.hidden' does not match ^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$"
        ),
        ("wrong item type", { $0["services"] = .array([.integer(3)]) }, "$.services[0]: is number, not string"),
    ]

    @Test(arguments: breakages.indices)
    func theValidatorRejectsABrokenIncident(index: Int) throws {
        let (name, breaking, problem) = Self.breakages[index]
        let incident = try #require(
            try Fixtures.importCorpus("corpus/2025-03-14-vaultwarden-nfs-mount-missing.md").incidents.first)
        guard case .object(var members) = try Self.json(incident) else {
            Issue.record("an incident is not a JSON object")
            return
        }
        #expect(try Self.validator().validate(.object(members)) == [], "the unbroken incident is valid")
        breaking(&members)
        #expect(try Self.validator().validate(.object(members)) == [problem], "\(name)")
    }

    @Test func nestedProblemsAreFound() throws {
        let incident = Incident(
            id: "pm-schema0001", title: "Nested",
            actionItems: [ActionItem(text: "Fix", priority: Priority(label: "P1", level: 1))])
        guard case .object(var members) = try Self.json(incident),
            case .array(var items) = members["actionItems"], case .object(var item) = items[0]
        else {
            Issue.record("unexpected JSON shape")
            return
        }
        item["priorityLevel"] = .integer(7)
        item["status"] = .string("closed")
        items[0] = .object(item)
        members["actionItems"] = .array(items)
        #expect(
            try Self.validator().validate(.object(members)) == [
                "$.actionItems[0].priorityLevel: matches 0 of oneOf, not exactly one",
                "$.actionItems[0].status: is not one of the allowed values",
            ])
    }

    @Test func aKeywordTheValidatorDoesNotKnowIsAnError() throws {
        let schema = try JSONValue.parse(#"{"type": "string", "minLength": 3}"#)
        #expect(throws: SchemaValidator.UnsupportedKeyword.self) {
            try SchemaValidator(schema: schema).validate(.string("ab"))
        }
    }

    @Test func typesAreToldApart() throws {
        let validator = SchemaValidator(schema: try JSONValue.parse(#"{"type": ["integer", "null"]}"#))
        #expect(try validator.validate(try JSONValue.parse("3")) == [])
        #expect(try validator.validate(try JSONValue.parse("null")) == [])
        #expect(try validator.validate(try JSONValue.parse("true")) == ["$: is boolean, not integer or null"])
        #expect(try validator.validate(try JSONValue.parse("2.5")) == ["$: is number, not integer or null"])
        #expect(try validator.validate(try JSONValue.parse("\"3\"")) == ["$: is string, not integer or null"])
    }
}
