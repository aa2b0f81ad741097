import Foundation
import PostmortemKit

/// The fingerprint of the taxonomy every stored incident was classified with
/// (``Taxonomy/fingerprint``), kept beside the store (`.pm/store.sqlite.taxonomy`).
///
/// `pm sync` skips a file whose bytes did not change only while the record names the
/// taxonomy it classifies with; otherwise it reads every file again and then records it.
/// `pm init` records the taxonomy of the empty store. Any other import (`pm import`,
/// `pm new`) classifying with another taxonomy removes the record first, since the store is
/// about to hold incidents of two taxonomies. A missing record only costs the next sync a
/// full read.
public struct TaxonomyRecord: Sendable {
    public let url: URL

    public init(knowledgeBase: KnowledgeBase) {
        url = URL(fileURLWithPath: knowledgeBase.storeURL.path + ".taxonomy")
    }

    /// The recorded fingerprint, or nil when there is none.
    public func read() -> String? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let fingerprint = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return fingerprint.isEmpty ? nil : fingerprint
    }

    /// Records `fingerprint`, written whole or not at all.
    public func write(_ fingerprint: String) {
        try? Data((fingerprint + "\n").utf8).write(to: url, options: .atomic)
    }

    /// To be called before storing incidents classified with `fingerprint` outside a sync.
    public func noteImport(classifiedWith fingerprint: String) {
        guard let recorded = read(), recorded != fingerprint else { return }
        try? FileManager.default.removeItem(at: url)
    }
}
