import Foundation
import PostmortemKit
import Testing

/// The draft every scaffold test renders, and the golden reports under `Golden/new/`.
enum ScaffoldFixtures {
    static let bundledNames = ["data-loss", "security", "short", "standard"]

    /// A draft whose values YAML must quote: a colon, double quotes, a `#`, non-ASCII text,
    /// a service name with a colon.
    static func draft() throws -> Incident {
        let day: Day = try #require(Day(iso: "2026-03-01"))
        return Incident(
            id: "pm-golden0001", title: #"Checkout: "503" errors #2 — café"#,
            date: day, severity: Severity(label: "SEV2", level: 2),
            status: .draft, services: ["checkout", "payments: eu"])
    }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Compares `actual` with the golden file `name`, or rewrites it with `PM_UPDATE_GOLDEN=1`
    /// (then review the diff).
    static func checkGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PM_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "golden \(name) differs; rerun with PM_UPDATE_GOLDEN=1 and review",
            sourceLocation: sourceLocation)
    }

    /// A fresh folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pm-site-tests-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
