import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Hand-written canonical files (Tests/Fixtures/canonical): each is read as canonical, and
/// exporting what was read gives the file again, byte for byte.
@Suite struct CanonicalFixtureTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/canonical")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }
            .sorted()
    }

    @Test func thereAreFixtures() {
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func exportOfImportIsTheFileByteForByte(name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = try #require(String(data: bytes, encoding: .utf8))
        let misfit = CanonicalReader(document: MarkdownDocument(parsing: text)).read().failureDescription
        #expect(misfit == nil, "\(name) is not read as canonical: \(misfit ?? "")")
        let imported = LegacyImporter().importDocument(bytes: Array(bytes), path: name)
        #expect(imported.findings.isEmpty)
        #expect(imported.givesIDs)
        let incident = try #require(imported.incidents.first)
        #expect(imported.incidents.count == 1)
        #expect(CanonicalWriter.markdown(for: incident) == text)
    }
}
