import Foundation

/// A knowledge base on disk: a folder holding `pm.yml` (the config), the SQLite store and
/// the canonical Markdown files. Usually a git repository.
///
/// Layout (paths relative to `root`):
/// - `pm.yml`: title, base URL, where the Markdown lives.
/// - `.pm/store.sqlite`: the store (rebuildable from the Markdown with `pm sync`).
/// - `postmortems/`: one canonical Markdown file per incident (`pm new` writes there).
/// - `templates/`, `site/`, `taxonomy.yml`: optional overrides of pm's own.
public struct KnowledgeBase: Sendable, Equatable {
    /// The file whose presence marks a folder as a knowledge base.
    public static let configFileName = "pm.yml"
    /// The environment variable that names a knowledge base, below `--kb` and above the
    /// working directory.
    public static let environmentVariable = "PM_KB"

    public let root: URL
    public var config: KnowledgeBaseConfig

    public init(root: URL, config: KnowledgeBaseConfig) {
        self.root = root.standardizedFileURL
        self.config = config
    }

    public var configURL: URL { root.appendingPathComponent(KnowledgeBase.configFileName) }
    public var storeURL: URL { root.appendingPathComponent(config.storePath) }
    public var postmortemsURL: URL { root.appendingPathComponent(config.postmortemsPath, isDirectory: true) }
    public var templatesURL: URL { root.appendingPathComponent("templates", isDirectory: true) }
    public var siteOverridesURL: URL { root.appendingPathComponent("site", isDirectory: true) }
    public var taxonomyURL: URL { root.appendingPathComponent("taxonomy.yml") }
    public var defaultSiteOutputURL: URL { root.appendingPathComponent("public", isDirectory: true) }

    /// Where a command looks for its knowledge base: `--kb`, else `PM_KB`, else the working
    /// directory and each of its parents, as git does.
    public enum Origin: Sendable, Equatable {
        case option(String)
        case environment(String)
        case workingDirectory(URL)
    }

    /// The folder holding `pm.yml` for `origin`, or an error that lists every folder looked in.
    /// Never creates anything.
    public static func locate(from origin: Origin, fileManager: FileManager = .default) throws(KnowledgeBaseError)
        -> URL
    {
        switch origin {
        case .option(let path), .environment(let path):
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let candidate = url.lastPathComponent == configFileName ? url.deletingLastPathComponent() : url
            guard fileManager.fileExists(atPath: candidate.appendingPathComponent(configFileName).path) else {
                throw .notFound(searched: [candidate.path], origin: origin)
            }
            return candidate
        case .workingDirectory(let start):
            var searched: [String] = []
            var folder = start.standardizedFileURL
            while true {
                searched.append(folder.path)
                if fileManager.fileExists(atPath: folder.appendingPathComponent(configFileName).path) {
                    return folder
                }
                let parent = folder.deletingLastPathComponent().standardizedFileURL
                if parent.path == folder.path || searched.count > 256 { break }
                folder = parent
            }
            throw .notFound(searched: searched, origin: origin)
        }
    }
}

/// The settings in `pm.yml`.
public struct KnowledgeBaseConfig: Codable, Sendable, Equatable {
    /// The site's title and the heading of `pm list`.
    public var title: String
    /// Where the published site will live ("https://postmortems.example.org/"); empty for
    /// a site opened from disk. Used for the feed and the sitemap.
    public var baseURL: String
    /// The folder of canonical Markdown files, relative to the knowledge base.
    public var postmortemsPath: String
    /// The SQLite store, relative to the knowledge base.
    public var storePath: String
    /// Lint rules switched off, by id.
    public var disabledLintRules: [String]
    /// Other names of the team's services (`service_aliases:`): a service's name → the
    /// names that mean it too ("Immich: [immich-server, photos]"). See `ServiceCatalog`.
    public var serviceAliases: [String: [String]]

    public init(
        title: String = "Post-mortems", baseURL: String = "", postmortemsPath: String = "postmortems",
        storePath: String = ".pm/store.sqlite", disabledLintRules: [String] = [],
        serviceAliases: [String: [String]] = [:]
    ) {
        self.title = title
        self.baseURL = baseURL
        self.postmortemsPath = postmortemsPath
        self.storePath = storePath
        self.disabledLintRules = disabledLintRules
        self.serviceAliases = serviceAliases
    }

    /// The catalog of service names: pm's known products and aliases plus `serviceAliases`.
    public var serviceCatalog: ServiceCatalog { ServiceCatalog(aliases: serviceAliases) }

    enum CodingKeys: String, CodingKey {
        case title
        case baseURL = "base_url"
        case postmortemsPath = "postmortems"
        case storePath = "store"
        case disabledLintRules = "disabled_lint_rules"
        case serviceAliases = "service_aliases"
    }

    public init(from decoder: Decoder) throws {
        let defaults = KnowledgeBaseConfig()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? defaults.title
        baseURL = try c.decodeIfPresent(String.self, forKey: .baseURL) ?? defaults.baseURL
        postmortemsPath = try c.decodeIfPresent(String.self, forKey: .postmortemsPath) ?? defaults.postmortemsPath
        storePath = try c.decodeIfPresent(String.self, forKey: .storePath) ?? defaults.storePath
        disabledLintRules = try c.decodeIfPresent([String].self, forKey: .disabledLintRules) ?? []
        serviceAliases = try c.decodeIfPresent([String: [String]].self, forKey: .serviceAliases) ?? [:]
    }
}

/// Why a knowledge base could not be found, read or created.
public enum KnowledgeBaseError: Error, Equatable, LocalizedError {
    case notFound(searched: [String], origin: KnowledgeBase.Origin)
    case alreadyExists(path: String)
    case unreadableConfig(path: String, reason: String)
    case invalidConfig(path: String, key: String, reason: String)
    case cannotCreate(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let searched, let origin):
            let places = searched.count > 6 ? searched.prefix(3) + ["…"] + searched.suffix(2) : searched[...]
            let via: String
            switch origin {
            case .option: via = "--kb"
            case .environment: via = "\(KnowledgeBase.environmentVariable)"
            case .workingDirectory: via = "the working directory and its parents"
            }
            return "no knowledge base found (no \(KnowledgeBase.configFileName) via \(via); looked in "
                + places.joined(separator: ", ")
                + "). Run `pm init DIR` to create one, or pass --kb PATH or set \(KnowledgeBase.environmentVariable)."
        case .alreadyExists(let path):
            return "\(path) is already a knowledge base (it has \(KnowledgeBase.configFileName)); "
                + "pm init never overwrites one. Use it as it is, or choose another folder."
        case .unreadableConfig(let path, let reason):
            return "\(path): cannot read the config: \(reason). Fix the file (YAML) or restore it from git."
        case .invalidConfig(let path, let key, let reason):
            return "\(path): key '\(key)': \(reason). Fix that key in the config."
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason). Check the folder's permissions and free space."
        }
    }
}
