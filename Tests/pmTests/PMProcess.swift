import Foundation
import Testing

/// Runs the real `pm` binary built beside the tests, in a folder of its own.
struct PMProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `pm` executable in the build products folder (the test bundle's sibling).
    static var executable: URL {
        get throws {
            let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") } ?? Bundle.main
            var folder = bundle.bundleURL
            for _ in 0..<3 {
                let candidate = folder.appendingPathComponent("pm")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            throw PMTestError.missingExecutable(bundle.bundleURL.path)
        }
    }

    /// Runs `pm arguments…` in `directory` with `environment` added to a clean environment
    /// (no PM_KB unless given), feeding `input` on standard input. `program` runs another
    /// program instead of pm.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], input: String = "",
        program: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = try program ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PM_KB")
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

enum PMTestError: Error {
    case missingExecutable(String)
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pm-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Every file and folder below the folder, relative, sorted.
    func contents() throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }
}

extension PMProcess {
    /// Starts `pm arguments…` in `directory` and returns at once, output discarded: for
    /// tests that kill it or run several at a time.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws
        -> Process
    {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PM_KB")
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
