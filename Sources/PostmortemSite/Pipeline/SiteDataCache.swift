import Foundation
import PostmortemKit

/// Every incident's ``IncidentInputs`` as the last publish read them, kept beside the store
/// (`.pm-publish-cache/`) so the next publish reads from the store only the incidents whose
/// revision changed.
///
/// The incidents are spread over `shardCount` files by a hash of their id (`00.json` …), so
/// one changed incident rewrites one file. Each file names the cache's format and `key` (the
/// running pm and the service catalog's names, which decide what an incident's inputs are):
/// a file that is missing, unreadable, of another format or key is ignored, and its
/// incidents are read from the store again. A file is written whole beside its place and
/// renamed into it, and only with the entries that read back equal, so the cache never
/// holds a half-written file nor an entry that would read back different. The cache can
/// always be deleted: the next publish then reads every incident.
struct SiteDataCache: Sendable {
    static let format = "pm-publish-cache 1"
    static let shardCount = 64
    static let folderName = ".pm-publish-cache"

    private struct Shard: Codable {
        var format: String
        var key: String
        var incidents: [IncidentInputs]
    }

    let folder: URL
    let key: String
    /// The cached inputs, by incident.
    private(set) var entries: [IncidentID: IncidentInputs] = [:]
    /// Shards that were missing or could not be used.
    private(set) var unusable: Set<Int> = []

    /// The cache beside `store`, for the running pm and `catalog`.
    static func folder(besideStore store: URL) -> URL {
        store.deletingLastPathComponent().appendingPathComponent(folderName, isDirectory: true)
    }

    static func key(catalog: ServiceCatalog) -> String {
        let text =
            format + "\n" + GlobalKey.executableIdentity() + "\n" + catalog.searchableNames.joined(separator: "\n")
        return StableHash.hex(bytes: Array(text.utf8))
    }

    static func shard(of id: IncidentID) -> Int {
        Int(StableHash.fnv1a64(id.rawValue) % UInt64(shardCount))
    }

    private func url(ofShard shard: Int) -> URL {
        folder.appendingPathComponent(shard < 10 ? "0\(shard).json" : "\(shard).json", isDirectory: false)
    }

    /// Reads every shard of the cache in `folder` (in parallel); what cannot be used is left
    /// out.
    init(folder: URL, key: String) {
        self.folder = folder
        self.key = key
        let results = ShardResults(count: Self.shardCount)
        let decoder = JSONDecoder()
        let format = Self.format
        let shards = (0..<Self.shardCount).map { url(ofShard: $0) }
        DispatchQueue.concurrentPerform(iterations: Self.shardCount) { index in
            guard let data = FileManager.default.contents(atPath: shards[index].path),
                let shard = try? decoder.decode(Shard.self, from: data), shard.format == format, shard.key == key,
                shard.incidents.allSatisfy({ Self.shard(of: $0.facts.id) == index })
            else { return }
            results.set(index, shard.incidents)
        }
        for index in 0..<Self.shardCount {
            guard let incidents = results.get(index) else {
                unusable.insert(index)
                continue
            }
            for incident in incidents { entries[incident.facts.id] = incident }
        }
    }

    /// Writes the shards `shards` of `inputs` (all incidents' inputs), each file replaced
    /// whole. Best effort: a shard that cannot be written is left as it was or removed, and
    /// the next publish reads its incidents from the store.
    static func save(_ inputs: [IncidentID: IncidentInputs], shards: Set<Int>, folder: URL, key: String) {
        guard !shards.isEmpty else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var grouped: [Int: [IncidentInputs]] = [:]
        for (id, input) in inputs {
            let shard = shard(of: id)
            if shards.contains(shard) { grouped[shard, default: []].append(input) }
        }
        let byShard = grouped
        let cache = SiteDataCache(emptyAt: folder, key: key)
        let order = shards.sorted()
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let shard = order[position]
            let target = cache.url(ofShard: shard)
            var incidents = (byShard[shard] ?? []).sorted { $0.facts.id.rawValue < $1.facts.id.rawValue }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let decoder = JSONDecoder()
            var data = try? encoder.encode(Shard(format: format, key: key, incidents: incidents))
            if let written = data, (try? decoder.decode(Shard.self, from: written))?.incidents != incidents {
                // Only entries that read back equal are kept.
                incidents = incidents.filter { input in
                    guard let data = try? encoder.encode(input) else { return false }
                    return (try? decoder.decode(IncidentInputs.self, from: data)) == input
                }
                data = try? encoder.encode(Shard(format: format, key: key, incidents: incidents))
            }
            guard let data else {
                try? FileManager.default.removeItem(at: target)
                return
            }
            Self.replaceWhole(
                target, with: data,
                through: folder.appendingPathComponent(".\(shard)-\(getpid()).tmp", isDirectory: false))
        }
    }

    /// Writes `data` to `temporary` and renames it over `target`, so a reader sees the old
    /// file or the new one; on any failure both are removed (a missing cache file only
    /// means reading those incidents from the store again).
    private static func replaceWhole(_ target: URL, with data: Data, through temporary: URL) {
        do {
            try data.write(to: temporary)
            if rename(temporary.path, target.path) == 0 { return }
        } catch {}
        try? FileManager.default.removeItem(at: temporary)
        try? FileManager.default.removeItem(at: target)
    }

    /// The related incidents the last publish chose (`related.json`), to pass to
    /// `RelatedIncidents.rankAll(incidents:services:limit:previous:)`; nil when missing,
    /// unreadable or made for another format, key or limit.
    private struct Choices: Codable {
        struct Entry: Codable {
            var id: IncidentID
            var choice: RelatedIncidents.Choice
        }
        var format: String
        var key: String
        var limit: Int
        var incidents: [Entry]
    }

    private var choicesURL: URL { folder.appendingPathComponent("related.json", isDirectory: false) }

    func choices(limit: Int) -> [IncidentID: RelatedIncidents.Choice]? {
        guard let data = FileManager.default.contents(atPath: choicesURL.path),
            let choices = try? JSONDecoder().decode(Choices.self, from: data), choices.format == Self.format,
            choices.key == key, choices.limit == limit
        else { return nil }
        var result: [IncidentID: RelatedIncidents.Choice] = [:]
        for entry in choices.incidents { result[entry.id] = entry.choice }
        return result.count == choices.incidents.count ? result : nil
    }

    /// Replaces `related.json` whole (best effort: on failure it is removed, and the next
    /// publish ranks every incident).
    static func save(choices: [IncidentID: RelatedIncidents.Choice], limit: Int, folder: URL, key: String) {
        let cache = SiteDataCache(emptyAt: folder, key: key)
        let entries = choices.keys.sorted().compactMap { id in choices[id].map { Choices.Entry(id: id, choice: $0) } }
        let target = cache.choicesURL
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
            let data = try? JSONEncoder().encode(Choices(format: format, key: key, limit: limit, incidents: entries))
        else {
            try? FileManager.default.removeItem(at: target)
            return
        }
        replaceWhole(
            target, with: data, through: folder.appendingPathComponent(".related-\(getpid()).tmp", isDirectory: false))
    }

    private init(emptyAt folder: URL, key: String) {
        self.folder = folder
        self.key = key
    }
}

/// Shards read in parallel.
private final class ShardResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[IncidentInputs]?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: [IncidentInputs]) {
        lock.withLock { values[index] = value }
    }

    func get(_ index: Int) -> [IncidentInputs]? {
        lock.withLock { values[index] }
    }
}
