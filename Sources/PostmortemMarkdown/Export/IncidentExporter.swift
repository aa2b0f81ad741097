import Foundation
import PostmortemKit

/// Writes incidents out of the knowledge base: as canonical Markdown or as the incident
/// JSON of `pm show --format json`, to text or to one file per incident in a folder.
///
/// Writing to a folder is safe: every file goes inside the folder (names are slugs and
/// ids, never paths), each file is written whole or not at all (a temporary file renamed
/// into place), and a file that holds something else is never replaced: an existing file
/// is left alone when it already holds the same bytes, replaced only when it is the same
/// incident's earlier export, and otherwise the incident takes the next free name
/// (`…-2.md`). What happened to each file is reported, never printed.
public struct IncidentExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, json

        var fileExtension: String { self == .markdown ? "md" : "json" }
    }

    /// What exporting one incident to a folder did.
    public struct Written: Sendable, Equatable {
        public enum Outcome: String, Sendable, CaseIterable {
            /// A new file.
            case created
            /// The incident's earlier export, replaced.
            case updated
            /// The file already held exactly this export.
            case unchanged
        }

        public var id: IncidentID
        /// The file's name inside the folder.
        public var fileName: String
        public var outcome: Outcome
        /// Names the incident would have taken but that hold another document, in order.
        public var skipped: [String]

        public init(id: IncidentID, fileName: String, outcome: Outcome, skipped: [String] = []) {
            self.id = id
            self.fileName = fileName
            self.outcome = outcome
            self.skipped = skipped
        }
    }

    public let format: Format

    public init(format: Format) {
        self.format = format
    }

    // MARK: - Text

    /// One incident's export: its canonical Markdown, or its JSON object and a newline.
    public func contents(of incident: Incident) throws -> String {
        switch format {
        case .markdown: return CanonicalWriter.markdown(for: incident)
        case .json: return try IncidentJSON.string(incident) + "\n"
        }
    }

    /// Several incidents as one text: their Markdown one after the other, or the JSON
    /// `{"incidents": [...]}` holding each incident's JSON object.
    public func contents(of incidents: [Incident]) throws -> String {
        switch format {
        case .markdown:
            return try incidents.map(contents(of:)).joined(separator: "\n")
        case .json:
            return try IncidentJSON.string(IncidentArray(incidents: incidents)) + "\n"
        }
    }

    private struct IncidentArray: Encodable {
        var incidents: [Incident]
    }

    // MARK: - File names

    /// The name an incident's file gets: `YYYY-MM-DD-<slug>.md` (`<slug>.md` without a
    /// date) for Markdown, `<id>.json` for JSON (the id's slug when the id itself could not
    /// be a file name everywhere).
    public func fileName(for incident: Incident) -> String {
        stem(for: incident) + "." + format.fileExtension
    }

    private func stem(for incident: Incident) -> String {
        switch format {
        case .markdown:
            let slug = Slug.make(from: incident.title).rawValue
            return incident.date.map { "\($0)-\(slug)" } ?? slug
        case .json:
            let id = incident.id.rawValue
            let plain =
                IncidentID.isValid(id) && !id.contains("..") && !Slug.isReserved(id.prefix { $0 != "." }.lowercased())
            return plain ? id : Slug.make(from: id).rawValue
        }
    }

    // MARK: - Folders

    /// Writes one file per incident into `folder` (created when missing), in order.
    ///
    /// - Throws: ``ExportError`` when the folder cannot be made or a file cannot be
    ///   written; files written before the error stay written, whole.
    public func export(_ incidents: [Incident], to folder: URL) throws -> [Written] {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ExportError.notAFolder(path: folder.path) }
        } else {
            do {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ExportError.cannotWrite(path: folder.path, reason: error.localizedDescription)
            }
        }
        var taken: Set<String> = []
        var written: [Written] = []
        for incident in incidents {
            let result = try export(incident, to: folder, avoiding: taken)
            taken.insert(result.fileName.lowercased())
            written.append(result)
        }
        return written
    }

    private func export(_ incident: Incident, to folder: URL, avoiding taken: Set<String>) throws -> Written {
        let data = Data(try contents(of: incident).utf8)
        let stem = stem(for: incident)
        var skipped: [String] = []
        var counter = 1
        while true {
            let name = (counter == 1 ? stem : "\(stem)-\(counter)") + "." + format.fileExtension
            counter += 1
            // Names from two incidents of this run that differ only in case would be one
            // file on macOS and Windows.
            guard !taken.contains(name.lowercased()) else { continue }
            guard Self.isPlainFileName(name) else { throw ExportError.unsafeName(name) }
            let url = folder.appendingPathComponent(name, isDirectory: false)
            switch existing(at: url, for: incident, data: data) {
            case .none:
                guard try place(data, at: url, replacing: false) else {
                    // Something took the name meanwhile: leave it alone.
                    skipped.append(name)
                    continue
                }
                return Written(id: incident.id, fileName: name, outcome: .created, skipped: skipped)
            case .same:
                return Written(id: incident.id, fileName: name, outcome: .unchanged, skipped: skipped)
            case .earlierExport:
                _ = try place(data, at: url, replacing: true)
                return Written(id: incident.id, fileName: name, outcome: .updated, skipped: skipped)
            case .other:
                skipped.append(name)
            }
        }
    }

    /// A name with no path in it: not empty, no separator, no leading dot.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    private enum Existing {
        case none, same, earlierExport, other
    }

    /// What is at `url` already, as far as the incident's export is concerned.
    private func existing(at url: URL, for incident: Incident, data: Data) -> Existing {
        var isFolder: ObjCBool = false
        let fileManager = FileManager.default
        let isLink = (try? fileManager.destinationOfSymbolicLink(atPath: url.path)) != nil
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isFolder) || isLink else { return .none }
        guard !isLink, !isFolder.boolValue, let present = fileManager.contents(atPath: url.path) else { return .other }
        if present == data { return .same }
        return Self.incidentID(in: present, format: format) == incident.id ? .earlierExport : .other
    }

    /// The id a file exported earlier names: its front matter's `id`, or its JSON's.
    static func incidentID(in data: Data, format: Format) -> IncidentID? {
        switch format {
        case .markdown:
            let text = String(decoding: data, as: UTF8.self)
            guard let id = MarkdownDocument(parsing: text).frontMatter?.fields["id"]?.text else { return nil }
            return IncidentID(id)
        case .json:
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["id"] as? String).map { IncidentID($0) }
        }
    }

    /// Writes `data` to a temporary file beside `url` and moves it into place in one step.
    /// Without `replacing`, never replaces a file that appeared meanwhile: returns false.
    private func place(_ data: Data, at url: URL, replacing: Bool) throws -> Bool {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try data.write(to: temporary)
        } catch {
            throw ExportError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        if replacing {
            guard rename(temporary.path, url.path) == 0 else {
                throw ExportError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
            return true
        }
        if link(temporary.path, url.path) == 0 { return true }
        let code = errno
        if code == EEXIST { return false }
        // A file system without hard links: a checked rename.
        guard !FileManager.default.fileExists(atPath: url.path) else { return false }
        guard rename(temporary.path, url.path) == 0 else {
            throw ExportError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
        return true
    }
}

/// Why an export to a folder stopped.
public enum ExportError: Error, Equatable, LocalizedError {
    case notAFolder(path: String)
    case cannotWrite(path: String, reason: String)
    case unsafeName(String)

    public var errorDescription: String? {
        switch self {
        case .notAFolder(let path):
            return "\(path) is a file, not a folder; give --out a folder (it is created when missing)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); check the folder's permissions and free space"
        case .unsafeName(let name):
            return "refused to write '\(name)': a file name must not hold a path"
        }
    }
}
