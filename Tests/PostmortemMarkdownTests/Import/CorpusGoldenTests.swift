import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Every corpus document's import, as a golden JSON file under Golden/corpus/: a change in
/// what the importer yields shows up as a diff of these files, reviewed like code.
/// `PM_UPDATE_GOLDEN=1 swift test --filter CorpusGoldenTests` rewrites them.
@Suite struct CorpusGoldenTests {
    struct Snapshot: Encodable {
        var incidents: [Incident]
        var findings: [Finding]
        var failure: String?
    }

    @Test func corpusHoldsAtLeastTwentyDocuments() {
        #expect(Fixtures.corpusDocuments.count >= 20)
    }

    @Test(arguments: Fixtures.corpusDocuments)
    func importMatchesItsGolden(path: String) throws {
        let imported = try Fixtures.importCorpus(path)
        #expect(imported.failure == nil)
        let json = try IncidentJSON.string(
            Snapshot(incidents: imported.incidents, findings: imported.findings, failure: imported.failure))
        try Golden.check(json + "\n", against: "\(path).json")
    }
}
