import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// Hugo building the same incidents: each written as its canonical Markdown (YAML front
/// matter, the same sections) into a Hugo site with a minimal theme made here (a base
/// layout, a page layout, a list layout, tags and services as taxonomies), then
/// `hugo --quiet` timed, in the same run as pm.
struct HugoBaseline {
    var folder: URL

    struct Result {
        var version: String
        var nanoseconds: UInt64
        var pages: Int
        /// Hugo's peak memory (the child's ru_maxrss), KiB.
        var peakKiB: Int
        /// Hugo's processor time (all its threads, user and system).
        var processorNanoseconds: UInt64
    }

    static func executable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("hugo")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func run(store: IncidentStore) throws -> Result? {
        guard let hugo = Self.executable() else { return nil }
        let content = folder.appendingPathComponent("content/incidents", isDirectory: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        var ids = try store.revisions().map(\.id)
        while !ids.isEmpty {
            let batch = Array(ids.prefix(500))
            ids.removeFirst(batch.count)
            for incident in try store.fetch(batch) {
                let name = Slug.make(from: incident.id.rawValue).rawValue + ".md"
                try Data(CanonicalWriter.markdown(for: incident).utf8).write(to: content.appendingPathComponent(name))
            }
        }
        try writeTheme()
        let output = folder.appendingPathComponent("public", isDirectory: true)
        let version = try Self.capture(hugo, ["version"]).trimmingCharacters(in: .whitespacesAndNewlines)

        let process = Process()
        process.executableURL = hugo
        process.arguments = ["--quiet", "--source", folder.path, "--destination", output.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let processorBefore = Self.childrenProcessorTime()
        let start = Stopwatch.now()
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Stopwatch.now() - start
        guard process.terminationStatus == 0 else {
            throw BenchmarkError.hugoFailed(String(decoding: message, as: UTF8.self))
        }
        let processor = Self.childrenProcessorTime() - processorBefore
        let usage = Self.childrenUsage()
        let pages =
            (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }.count
        return Result(
            version: version, nanoseconds: elapsed, pages: pages, peakKiB: Int(usage.ru_maxrss),
            processorNanoseconds: processor)
    }

    /// The resources used by this process's children that ended.
    static func childrenUsage() -> rusage {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return usage
    }

    /// The processor time (user and system) of this process's children that ended, in
    /// nanoseconds.
    static func childrenProcessorTime() -> UInt64 {
        let usage = childrenUsage()
        func nanoseconds(_ time: timeval) -> UInt64 {
            UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_usec) * 1000
        }
        return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime)
    }

    static func capture(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A minimal theme: the page's Markdown rendered in a base layout, lists of pages, and
    /// tags and services as taxonomies (Hugo's defaults otherwise).
    func writeTheme() throws {
        let files = [
            "hugo.toml": """
            baseURL = "https://example.org/"
            title = "pm-bench"
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            [taxonomies]
            tag = "tags"
            service = "services"
            [markup.goldmark.renderer]
            unsafe = false

            """,
            "layouts/_default/baseof.html": """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>

            """,
            "layouts/_default/single.html": """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>
            <p>{{ .Date.Format "2006-01-02" }}{{ range .Params.services }} · {{ . }}{{ end }}</p>
            {{ .Content }}</article>{{ end }}

            """,
            "layouts/_default/list.html": """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}

            """,
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
