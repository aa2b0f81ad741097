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

    /// The knowledge base and its store. A missing store file is an error, never a new
    /// empty store.
    func open() throws -> (KnowledgeBase, IncidentStore) {
        let base = try knowledgeBase()
        do {
            return (base, try IncidentStore(path: base.storeURL.path))
        } catch {
            Terminal.error(error.localizedDescription)
            throw ExitCode(2)
        }
    }
}

/// `--format`, for commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
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
