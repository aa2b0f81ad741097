import ArgumentParser
import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// `--kb`, shared by every command that works on a knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: .customLong("kb"),
        help: ArgumentHelp(
            "The knowledge base folder (default: $\(KnowledgeBase.environmentVariable), else the working directory or a parent holding \(KnowledgeBase.configFileName)).",
            valueName: "path"))
    var path: String?

    var origin: KnowledgeBase.Origin {
        if let path { return .option(path) }
        if let value = ProcessInfo.processInfo.environment[KnowledgeBase.environmentVariable], !value.isEmpty {
            return .environment(value)
        }
        return .workingDirectory(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The knowledge base, or exit code 2 with a message saying where pm looked.
    func knowledgeBase() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.find(from: origin)
        } catch {
            Terminal.error(error.localizedDescription)
            throw ExitCode(2)
        }
    }

    /// How the store is opened: the busy timeout is `PM_BUSY_TIMEOUT` seconds when set (a
    /// number from 0 up), else the store's default (10 s).
    var storeOptions: IncidentStore.Options {
        var options = IncidentStore.Options()
        if let text = ProcessInfo.processInfo.environment[Self.busyTimeoutVariable], let seconds = Double(text),
            seconds >= 0, seconds.isFinite
        {
            options.busyTimeout = seconds
        }
        return options
    }

    static let busyTimeoutVariable = "PM_BUSY_TIMEOUT"

    /// The knowledge base and its store. A missing store file is an error, never a new
    /// empty store (exit code 2); a store another process keeps locked is exit code 1.
    func open() throws -> (KnowledgeBase, IncidentStore) {
        let base = try knowledgeBase()
        do {
            return (base, try IncidentStore(path: base.storeURL.path, options: storeOptions))
        } catch {
            Terminal.error(error.localizedDescription)
            if case StoreError.busy = error { throw ExitCode.failure }
            throw ExitCode(2)
        }
    }
}

/// `--format`, for commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// The `--format` of a command whose report has no Markdown form: ArgumentParser refuses
/// any other value, listing these.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension KnowledgeBaseOptions {
    /// The knowledge base's taxonomy, or exit code 1 with a message naming the broken file.
    func taxonomy(of base: KnowledgeBase) throws -> Taxonomy {
        do {
            return try base.taxonomy()
        } catch {
            Terminal.error(error.localizedDescription)
            throw ExitCode.failure
        }
    }
}
