import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

@Suite struct DraftFileTests {
    let day = Day(iso: "2026-03-01")

    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aTakenNameIsNeverReplacedTheNextFreeOneIsPicked() throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("postmortems")
        let day = try #require(day)

        let first = try DraftFile.create("one", in: folder, day: day, title: "Disk full")
        let second = try DraftFile.create("two", in: folder, day: day, title: "Disk full")
        try Data("taken by hand".utf8).write(to: folder.appendingPathComponent("2026-03-01-disk-full-3.md"))
        let fourth = try DraftFile.create("four", in: folder, day: day, title: "Disk full!")

        #expect(
            [first, second, fourth].map(\.lastPathComponent) == [
                "2026-03-01-disk-full.md", "2026-03-01-disk-full-2.md", "2026-03-01-disk-full-4.md",
            ])
        #expect(try names(in: folder).count == 4)
        let texts = try [first, second, folder.appendingPathComponent("2026-03-01-disk-full-3.md"), fourth].map {
            try String(contentsOf: $0, encoding: .utf8)
        }
        #expect(texts == ["one", "two", "taken by hand", "four"])
    }

    @Test(arguments: [
        ("../../etc/passwd", "2026-03-01-etc-passwd.md"),
        ("CON", "2026-03-01-con-incident.md"),
        ("/absolute/path", "2026-03-01-absolute-path.md"),
        ("..", "2026-03-01-incident.md"),
        ("Ärger mit der Datenbank: Größe überschritten", "2026-03-01-arger-mit-der-datenbank-grosse-uberschritten.md"),
    ])
    func aTitleNeverLeavesThePostmortemsFolder(title: String, name: String) throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("postmortems")

        let url = try DraftFile.create("text", in: folder, day: try #require(day), title: title)

        #expect(url == folder.appendingPathComponent(name))
        #expect(try names(in: root) == ["postmortems"])
        #expect(try names(in: folder) == [name])
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorNamingIt() throws {
        let root = try ScaffoldFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("postmortems")
        try Data("a file, not a folder".utf8).write(to: blocker)

        #expect {
            try DraftFile.create("text", in: blocker, day: try #require(day), title: "Disk full")
        } throws: { error in
            guard case .cannotCreate(let path, _) = error as? DraftFileError else { return false }
            return path == blocker.path
        }
    }
}
