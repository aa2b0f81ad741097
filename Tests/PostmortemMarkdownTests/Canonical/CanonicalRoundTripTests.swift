import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// The canonical format's guarantee, as properties over every corpus document and seed:
/// (a) importing the export of an imported incident gives that incident again, whole;
/// (b) exporting that import gives the export again, byte for byte.
///
/// Only `source` (where the incident was read from: path, content hash, encoding) may
/// differ, and is set to the original's before comparing; nothing else is normalised.
@Suite struct CanonicalRoundTripTests {
    @Test(arguments: Fixtures.corpusDocuments)
    func corpusIncidentsSurviveExportAndImport(path: String) throws {
        let imported = try Fixtures.importCorpus(path)
        #expect(!imported.incidents.isEmpty)
        for incident in imported.incidents {
            try RoundTrip.check(incident)
        }
    }

    @Test(.enabled(if: Fixtures.seedsPresent, "../shared/seeds is absent"))
    func seedIncidentsSurviveExportAndImport() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 5)
        for name in names {
            let imported = try Fixtures.importSeed(String(name.prefix(3)))
            for incident in imported.incidents {
                try RoundTrip.check(incident)
            }
        }
    }
}

/// The round trip of one incident through the canonical format.
enum RoundTrip {
    static func check(_ incident: Incident, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let exported = CanonicalWriter.markdown(for: incident)
        let document = LegacyImporter().importDocument(text: exported, path: "exported.md")
        let back = try #require(document.incidents.first, sourceLocation: sourceLocation)
        #expect(document.incidents.count == 1, sourceLocation: sourceLocation)
        let misfit = CanonicalReader(document: MarkdownDocument(parsing: exported)).read().failureDescription
        #expect(
            misfit == nil, "\(incident.title): not read as canonical: \(misfit ?? "")", sourceLocation: sourceLocation)
        var comparable = back
        comparable.source = incident.source
        let changes = try difference(incident, comparable)
        let same = comparable == incident
        #expect(same, "\(incident.title) changed:\n\(changes)", sourceLocation: sourceLocation)
        let again = CanonicalWriter.markdown(for: back)
        #expect(again == exported, "\(incident.title): the re-export differs", sourceLocation: sourceLocation)
    }

    /// The lines of the two incidents' JSON that differ.
    static func difference(_ lhs: Incident, _ rhs: Incident) throws -> String {
        let left = try IncidentJSON.string(lhs).split(separator: "\n")
        let right = try IncidentJSON.string(rhs).split(separator: "\n")
        let removed = left.filter { !right.contains($0) }.map { "- " + $0 }
        let added = right.filter { !left.contains($0) }.map { "+ " + $0 }
        return (removed + added).joined(separator: "\n")
    }
}

extension Result where Success == (Incident, [Finding]), Failure == CanonicalReader.Misfit {
    /// The misfit as `line: reason`, or nil when the document was read.
    var failureDescription: String? {
        guard case .failure(let misfit) = self else { return nil }
        return "\(misfit.line): \(misfit.reason)"
    }
}
