import Foundation
import PostmortemKit

/// Every incident's ``IncidentInputs`` as the last publish read them, kept beside the store
/// (`.pm-publish-cache/`) so the next publish reads from the store only the incidents whose
/// revision changed.
///
/// The incidents are spread over `shardCount` files by a hash of their id (`00.bin` …), so
/// one changed incident rewrites one file. A file is compact bytes (``CacheWriter``: read
/// back in a few milliseconds, where JSON took a second for 10,000 incidents) sealed by a
/// hash of them, and names the cache's format and `key` (the running pm and the service
/// catalog's names, which decide what an incident's inputs are): a file that is missing,
/// damaged, of another format or key is ignored, and its incidents are read from the
/// store again. A file is written whole beside its place and renamed into it, and only
/// with the entries that read back equal, so the cache never holds a half-written file
/// nor an entry that would read back different. The cache can always be deleted: the next
/// publish then reads every incident.
struct SiteDataCache: Sendable {
    static let format = "pm-publish-cache 2"
    static let shardCount = 64
    static let folderName = ".pm-publish-cache"

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

    func url(ofShard shard: Int) -> URL {
        folder.appendingPathComponent(shard < 10 ? "0\(shard).bin" : "\(shard).bin", isDirectory: false)
    }

    /// Reads every shard of the cache in `folder` (in parallel); what cannot be used is left
    /// out.
    init(folder: URL, key: String) {
        self.folder = folder
        self.key = key
        let results = ShardResults(count: Self.shardCount)
        let shards = (0..<Self.shardCount).map { url(ofShard: $0) }
        DispatchQueue.concurrentPerform(iterations: Self.shardCount) { index in
            guard let data = FileManager.default.contents(atPath: shards[index].path),
                let incidents = Self.decode(shard: [UInt8](data), key: key),
                incidents.allSatisfy({ Self.shard(of: $0.facts.id) == index })
            else { return }
            results.set(index, incidents)
        }
        for index in 0..<Self.shardCount {
            guard let incidents = results.get(index) else {
                unusable.insert(index)
                continue
            }
            for incident in incidents { entries[incident.facts.id] = incident }
        }
    }

    /// A shard's bytes: the format, the key and the incidents' inputs, sealed.
    static func encode(shard incidents: [IncidentInputs], key: String) -> [UInt8] {
        var writer = CacheWriter(capacity: incidents.count * 2048)
        writer.string(format)
        writer.string(key)
        writer.array(incidents) { $0.inputs($1) }
        return writer.sealed
    }

    /// The incidents of a shard's bytes; nil when they are damaged or of another format or key.
    static func decode(shard bytes: [UInt8], key: String) -> [IncidentInputs]? {
        guard var reader = CacheReader(sealed: bytes) else { return nil }
        do {
            guard try reader.string() == format, try reader.string() == key else { return nil }
            let incidents = try reader.array { reader throws(CacheReader.Malformed) in try reader.inputs() }
            return reader.isAtEnd ? incidents : nil
        } catch {
            return nil
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
            var bytes = encode(shard: incidents, key: key)
            if decode(shard: bytes, key: key) != incidents {
                // Only entries that read back equal are kept.
                incidents = incidents.filter { decode(shard: encode(shard: [$0], key: key), key: key) == [$0] }
                bytes = encode(shard: incidents, key: key)
            }
            Self.replaceWhole(
                target, with: Data(bytes),
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

    private var choicesURL: URL { folder.appendingPathComponent("related.bin", isDirectory: false) }

    /// The related incidents the last publish chose (`related.bin`), to pass to
    /// `RelatedIncidents.rankAll(incidents:services:limit:previous:)`; nil when missing,
    /// damaged or made for another format, key or limit.
    func choices(limit: Int) -> [IncidentID: RelatedIncidents.Choice]? {
        guard let data = FileManager.default.contents(atPath: choicesURL.path),
            var reader = CacheReader(sealed: [UInt8](data))
        else { return nil }
        do {
            guard try reader.string() == Self.format, try reader.string() == key, try reader.int() == limit else {
                return nil
            }
            let count = try reader.count()
            var result: [IncidentID: RelatedIncidents.Choice] = [:]
            result.reserveCapacity(count)
            for _ in 0..<count {
                let id = IncidentID(try reader.string())
                result[id] = try reader.choice()
            }
            return reader.isAtEnd && result.count == count ? result : nil
        } catch {
            return nil
        }
    }

    /// Replaces `related.bin` whole (best effort: on failure it is removed, and the next
    /// publish ranks every incident).
    static func save(choices: [IncidentID: RelatedIncidents.Choice], limit: Int, folder: URL, key: String) {
        let cache = SiteDataCache(emptyAt: folder, key: key)
        var writer = CacheWriter(capacity: choices.count * 128)
        writer.string(format)
        writer.string(key)
        writer.int(limit)
        let ids = choices.keys.sorted()
        writer.unsigned(UInt64(ids.count))
        for id in ids {
            guard let choice = choices[id] else { continue }
            writer.string(id.rawValue)
            writer.choice(choice)
        }
        let target = cache.choicesURL
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
            try? FileManager.default.removeItem(at: target)
            return
        }
        replaceWhole(
            target, with: Data(writer.sealed),
            through: folder.appendingPathComponent(".related-\(getpid()).tmp", isDirectory: false))
    }

    private var siteURL: URL { folder.appendingPathComponent("site.bin", isDirectory: false) }

    /// What the last publish that wrote the cache said of the site it swapped in
    /// (`site.bin`): a hash of that site's manifest, and the digest of everything its
    /// incident pages show besides their own incident and related incidents
    /// (``SiteData/siteDigest``, with the global key); nil when missing or damaged.
    ///
    /// Written after every other file of the cache, it tells that the rest of the cache
    /// (revisions, related incidents) describes the site whose manifest has that hash.
    func siteRecord() -> (manifestHash: String, digest: String)? {
        guard let data = FileManager.default.contents(atPath: siteURL.path),
            var reader = CacheReader(sealed: [UInt8](data))
        else { return nil }
        do {
            guard try reader.string() == Self.format, try reader.string() == key else { return nil }
            let record = (manifestHash: try reader.string(), digest: try reader.string())
            return reader.isAtEnd ? record : nil
        } catch {
            return nil
        }
    }

    /// Replaces `site.bin` whole (best effort: on failure it is removed, and the next
    /// publish checks every incident page).
    static func save(siteRecord manifestHash: String, digest: String, folder: URL, key: String) {
        let cache = SiteDataCache(emptyAt: folder, key: key)
        var writer = CacheWriter(capacity: 256)
        writer.string(format)
        writer.string(key)
        writer.string(manifestHash)
        writer.string(digest)
        replaceWhole(
            cache.siteURL, with: Data(writer.sealed),
            through: folder.appendingPathComponent(".site-\(getpid()).tmp", isDirectory: false))
    }

    /// A hash of the manifest of the site in `output`; nil when it has none.
    static func manifestHash(of output: URL) -> String? {
        FileManager.default.contents(atPath: output.appendingPathComponent(SitePath.manifest.rawValue).path).map {
            StableHash.hex(bytes: [UInt8]($0))
        }
    }

    /// Removes `site.bin`, before the files it vouches for are replaced.
    static func removeSiteRecord(folder: URL, key: String) {
        unlink(SiteDataCache(emptyAt: folder, key: key).siteURL.path)
    }

    /// Removes what earlier versions of pm kept in the cache folder and this one does not
    /// read (their JSON files: `NN.json`, `related.json`).
    static func removeOldFormats(folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(".json") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name, isDirectory: false))
        }
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
