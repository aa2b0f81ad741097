import Foundation
import PostmortemKit
import PostmortemMarkdown
import PostmortemStore

/// What `pm lint` was asked to check: files and folders, standard input, incident ids, or
/// (with no argument) every stored incident.
struct LintTargets {
    enum Target {
        case paths([String])
        case incident(IncidentID)
        case everyIncident
        case missing(String)
    }

    enum Document {
        case readable(LintDocument)
        case unreadable(path: String, reason: String)
    }

    let targets: [Target]

    /// An argument that exists on disk (or is `-`) is a path; otherwise one shaped like an
    /// id (no `/`, no Markdown extension) is an incident id; anything else is a missing file.
    init(arguments: [String]) {
        guard !arguments.isEmpty else {
            targets = [.everyIncident]
            return
        }
        targets = arguments.map { argument in
            if argument == "-" || FileManager.default.fileExists(atPath: argument) { return .paths([argument]) }
            let fileExtension = (argument as NSString).pathExtension.lowercased()
            if IncidentID.isValid(argument), !argument.contains("/"), !DocumentFinder.extensions.contains(fileExtension)
            {
                return .incident(IncidentID(argument))
            }
            return .missing(argument)
        }
    }

    var needsStore: Bool {
        targets.contains {
            switch $0 {
            case .incident, .everyIncident: return true
            case .paths, .missing: return false
            }
        }
    }

    /// Every document to check, in the order asked for.
    func documents(store: IncidentStore?, root: URL?) throws -> [Document] {
        let importer = LegacyImporter()
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var documents: [Document] = []
        for target in targets {
            switch target {
            case .paths(let paths):
                for item in DocumentFinder.items(for: paths) { documents += read(item, importer: importer) }
            case .incident(let id):
                guard let incident = try store?.fetch(id) else {
                    documents.append(
                        .unreadable(
                            path: id.rawValue, reason: "no such file, and no stored incident with this id (`pm list`)"))
                    continue
                }
                documents.append(.readable(.stored(incident, root: root, workingDirectory: here)))
            case .everyIncident:
                for incident in try store?.fetchAll() ?? [] {
                    documents.append(.readable(.stored(incident, root: root, workingDirectory: here)))
                }
            case .missing(let argument):
                documents.append(.unreadable(path: argument, reason: "no such file or folder; check the path"))
            }
        }
        return documents
    }

    private func read(_ item: DocumentFinder.Item, importer: LegacyImporter) -> [Document] {
        let path: String
        let bytes: [UInt8]
        switch item {
        case .problem(let problemPath, let message):
            return [.unreadable(path: problemPath, reason: "\(message); check the path")]
        case .standardInput:
            path = "-"
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let filePath):
            path = filePath
            guard let data = FileManager.default.contents(atPath: filePath) else {
                return [.unreadable(path: filePath, reason: "cannot read the file; check its permissions")]
            }
            bytes = Array(data)
        }
        do {
            return try importer.lintDocuments(bytes: bytes, path: path).map { .readable($0) }
        } catch {
            return [.unreadable(path: path, reason: error.reason)]
        }
    }
}
