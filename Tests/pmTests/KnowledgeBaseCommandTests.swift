import Foundation
import Testing

@Suite struct KnowledgeBaseCommandTests {
    @Test func listOutsideAKnowledgeBaseExitsTwoAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let nested = folder.url.appendingPathComponent("a/b", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)

        let result = try PMProcess.run(["list"], in: nested)

        #expect(result.status == 2)
        #expect(result.stderr.contains("no knowledge base found"))
        #expect(result.stderr.contains(nested.path))
        #expect(result.stderr.contains("pm init"))
        #expect(result.stdout.isEmpty)
        #expect(try folder.contents() == ["a", "a/b"])
    }

    @Test func missingKBFromEnvironmentNamesTheVariable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try PMProcess.run(["list"], in: folder.url, environment: ["PM_KB": folder.url.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("PM_KB"))
        #expect(try folder.contents().isEmpty)
    }

    @Test func initTwiceRefusesTheSecondTimeAndKeepsTheFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try PMProcess.run(["init", "kb", "--title", "Platform"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let config = folder.url.appendingPathComponent("kb/pm.yml")
        let before = try Data(contentsOf: config)

        let second = try PMProcess.run(["init", "kb", "--title", "Other"], in: folder.url)

        #expect(second.status == 1)
        #expect(second.stderr.contains("already a knowledge base"))
        #expect(try Data(contentsOf: config) == before)
        let files = try folder.contents().filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
        #expect(
            files == [
                "kb", "kb/.pm", "kb/.pm/store.sqlite", "kb/.pm/store.sqlite.taxonomy", "kb/pm.yml", "kb/postmortems",
                "kb/taxonomy.yml",
            ])
    }

    @Test func kbOptionWorksFromAnyDirectory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let elsewhere = folder.url.appendingPathComponent("elsewhere", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let kbPath = folder.url.appendingPathComponent("kb").path

        let byOption = try PMProcess.run(["list", "--kb", kbPath, "--format", "json"], in: elsewhere)
        let byEnvironment = try PMProcess.run(
            ["list", "--format", "json"], in: elsewhere, environment: ["PM_KB": kbPath])
        let byWalkingUp = try PMProcess.run(
            ["list", "--format", "json"], in: folder.url.appendingPathComponent("kb/postmortems"))

        for result in [byOption, byEnvironment, byWalkingUp] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "{\n  \"incidents\" : [\n\n  ]\n}\n")
        }
    }

    @Test func missingStoreIsAnErrorNotANewEmptyStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let store = folder.url.appendingPathComponent("kb/.pm/store.sqlite")
        try FileManager.default.removeItem(at: store)

        let result = try PMProcess.run(["list"], in: folder.url.appendingPathComponent("kb"))

        #expect(result.status == 2)
        #expect(result.stderr.contains("store.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }

    @Test func versionAndHelpWithExamples() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let version = try PMProcess.run(["--version"], in: folder.url)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for command in ["init", "import", "list", "show", "delete", "backup", "taxonomy", "classify"] {
            let help = try PMProcess.run([command, "--help"], in: folder.url)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "pm \(command) --help has no example")
            #expect(help.stdout.contains("pm \(command)"))
        }
    }
}
