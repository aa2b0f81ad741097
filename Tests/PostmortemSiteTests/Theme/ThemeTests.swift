import Foundation
import Testing

@testable import PostmortemSite

struct ThemeTests {
    static let bundled = [
        "templates/new/standard.md.mustache": "# {{title}}\n",
        "templates/new/short.md.mustache": "short {{title}}\n",
        "site/style.css": "body {}\n",
    ]

    func temporaryRoot() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pm-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func withoutOverridesTheBundledFileIsUsed() throws {
        let theme = Theme(overrideRoot: nil, bundled: Self.bundled)
        #expect(
            try theme.file("site/style.css")
                == ThemeFile(path: "site/style.css", contents: "body {}\n", origin: .bundled))
    }

    @Test func aKnowledgeBaseFileOverridesAndAddsFiles() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("ours {{title}}\n", to: "templates/new/short.md.mustache", in: root)
        try write("postmortem {{title}}\n", to: "templates/new/postmortem-lite.md.mustache", in: root)
        try write("ignored", to: "templates/new/.hidden.mustache", in: root)
        let theme = Theme(overrideRoot: root, bundled: Self.bundled)

        #expect(
            try theme.files(under: "templates/new") == [
                ThemeFile(
                    path: "templates/new/postmortem-lite.md.mustache", contents: "postmortem {{title}}\n",
                    origin: .knowledgeBase),
                ThemeFile(
                    path: "templates/new/short.md.mustache", contents: "ours {{title}}\n", origin: .knowledgeBase),
                ThemeFile(path: "templates/new/standard.md.mustache", contents: "# {{title}}\n", origin: .bundled),
            ])
        #expect(try theme.file("site/style.css").origin == .bundled)
    }

    @Test func aMissingFileIsNamedWithWhatExists() throws {
        let theme = Theme(overrideRoot: nil, bundled: Self.bundled)
        #expect(
            throws: ThemeError.missing(
                path: "templates/new/nope.md.mustache",
                available: ["templates/new/short.md.mustache", "templates/new/standard.md.mustache"])
        ) {
            try theme.file("templates/new/nope.md.mustache")
        }
    }

    @Test(arguments: [
        "../etc/passwd", "templates/../../x", "/etc/passwd", "templates//x", "templates/.git/x", "a b", "",
    ])
    func pathsOutsideTheThemeAreRefused(path: String) throws {
        let theme = Theme(overrideRoot: URL(fileURLWithPath: "kb"), bundled: Self.bundled)
        #expect(throws: ThemeError.invalidPath(path)) { try theme.file(path) }
    }

    @Test func anOverrideThatIsNotTextIsReported() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("site/style.css")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: url)
        let theme = Theme(overrideRoot: root, bundled: Self.bundled)
        #expect(throws: ThemeError.unreadable(path: "site/style.css", reason: "not UTF-8 text")) {
            try theme.file("site/style.css")
        }
    }
}
