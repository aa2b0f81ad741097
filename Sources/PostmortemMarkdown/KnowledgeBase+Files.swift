import Foundation
import PostmortemKit
import Yams

extension KnowledgeBase {
    /// Opens the knowledge base rooted at `root`: reads and checks its `pm.yml`.
    public static func open(at root: URL) throws(KnowledgeBaseError) -> KnowledgeBase {
        let configURL = root.appendingPathComponent(configFileName)
        let text: String
        do {
            text = try String(contentsOf: configURL, encoding: .utf8)
        } catch {
            throw .unreadableConfig(path: configURL.path, reason: "not readable as UTF-8 text")
        }
        let config: KnowledgeBaseConfig
        do {
            config =
                text.trimmingWhitespace().isEmpty
                ? KnowledgeBaseConfig() : try YAMLDecoder().decode(KnowledgeBaseConfig.self, from: text)
        } catch {
            throw .unreadableConfig(path: configURL.path, reason: String(describing: error))
        }
        for (key, path) in [("postmortems", config.postmortemsPath), ("store", config.storePath)] {
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                throw .invalidConfig(
                    path: configURL.path, key: key, reason: "must be a relative path inside the knowledge base")
            }
        }
        return KnowledgeBase(root: root, config: config)
    }

    /// Finds the knowledge base for `origin` (see ``locate(from:fileManager:)``) and opens it.
    public static func find(from origin: Origin) throws(KnowledgeBaseError) -> KnowledgeBase {
        try open(at: locate(from: origin))
    }

    /// Lays out a new knowledge base in `root` (created if missing): `postmortems/`, `.pm/`
    /// and, last of all, `pm.yml`, so a half-made one is never found. The store is made by
    /// the caller before `commit` writes the config. Refuses where a `pm.yml` exists.
    public static func prepare(at root: URL, title: String) throws(KnowledgeBaseError) -> KnowledgeBase {
        let fileManager = FileManager.default
        let root = root.standardizedFileURL
        if fileManager.fileExists(atPath: root.appendingPathComponent(configFileName).path) {
            throw .alreadyExists(path: root.path)
        }
        let base = KnowledgeBase(root: root, config: KnowledgeBaseConfig(title: title))
        do {
            for folder in [base.postmortemsURL, base.storeURL.deletingLastPathComponent()] {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw .cannotCreate(path: root.path, reason: error.localizedDescription)
        }
        return base
    }

    /// The failure-mode taxonomy: the knowledge base's own `taxonomy.yml` when it has one
    /// (`pm init` writes a copy of pm's default there for the team to edit), else pm's default.
    public func taxonomy() throws(KnowledgeBaseError) -> Taxonomy {
        guard FileManager.default.fileExists(atPath: taxonomyURL.path) else { return .standard }
        do {
            let text = try String(contentsOf: taxonomyURL, encoding: .utf8)
            return try Taxonomy.load(yaml: text, source: taxonomyURL.path)
        } catch {
            throw .unreadableConfig(
                path: taxonomyURL.path, reason: (error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
    }

    /// Writes pm's default taxonomy, with its comments, as the knowledge base's `taxonomy.yml`.
    public func writeDefaultTaxonomy() throws(KnowledgeBaseError) {
        do {
            try Data(DefaultTaxonomy.yaml.utf8).write(to: taxonomyURL, options: .withoutOverwriting)
        } catch {
            throw .cannotCreate(path: taxonomyURL.path, reason: error.localizedDescription)
        }
    }

    /// Writes `pm.yml`, which makes the folder a knowledge base.
    public func commitConfig() throws(KnowledgeBaseError) {
        // Written whole to a temporary file, then hard-linked into place: link(2) never
        // replaces an existing file, so two `pm init` at once cannot both win.
        let temporary = root.appendingPathComponent(".\(KnowledgeBase.configFileName).\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try Data(KnowledgeBase.configText(config).utf8).write(to: temporary)
        } catch {
            throw .cannotCreate(path: configURL.path, reason: error.localizedDescription)
        }
        if link(temporary.path, configURL.path) != 0 {
            if errno == EEXIST { throw .alreadyExists(path: root.path) }
            throw .cannotCreate(path: configURL.path, reason: String(cString: strerror(errno)))
        }
    }

    static func configText(_ config: KnowledgeBaseConfig) -> String {
        let quoted = { (text: String) in (try? Yams.dump(object: text).trimmingCharacters(in: .newlines)) ?? "''" }
        return """
            # pm knowledge base: see `pm --help`.
            # The site's title, and the address it will be published at (for the feed and sitemap).
            title: \(quoted(config.title))
            base_url: \(quoted(config.baseURL))
            # Canonical Markdown post-mortems, one per incident (pm new writes here; pm sync reads).
            postmortems: \(quoted(config.postmortemsPath))
            # The SQLite store; it can always be rebuilt from the Markdown with `pm sync`.
            store: \(quoted(config.storePath))
            # Lint rules to switch off, by id (see `pm lint --help`).
            disabled_lint_rules: []

            """
    }
}
