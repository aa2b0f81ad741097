import Foundation
import GRDB

/// The incident-level full-text index `search_incidents` (migration `v6-search-incidents`):
/// keeping its entries up to date, and finding the newest incidents that hold every word of
/// a search.
///
/// An entry is the text of the view `search_incident_text` for one incident; the index
/// removes an entry by being given that same text again, so `remove` runs before an
/// incident's parts, services or failure modes change or go, and `add` after they are
/// written. Only words count, not their order: the index keeps no positions.
enum SearchIncidentIndex {
    /// The word standing for a service in an entry: this, then the hex of its `name_key`.
    static let servicePrefix = "0pms"
    /// The word standing for a failure mode in an entry: this, then the hex of its id.
    static let modePrefix = "0pmm"

    /// Removes the entry of incident `id`, if it has one, as it stands in the store now.
    static func remove(_ id: String, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO search_incidents(search_incidents, rowid, text)
                    SELECT 'delete', part, text FROM search_incident_text WHERE incident_id = ?
                """
        ).execute(arguments: [id])
    }

    /// Adds the entry of incident `id` from its stored parts, services and failure modes
    /// (none when it has no part).
    static func add(_ id: String, _ db: Database) throws {
        try db.cachedStatement(
            sql:
                "INSERT INTO search_incidents(rowid, text) SELECT part, text FROM search_incident_text WHERE incident_id = ?"
        ).execute(arguments: [id])
    }

    /// The word of an entry standing for `key` (a service's `name_key`, a failure mode's
    /// id): `prefix` and the lowercase hex of its UTF-8 bytes, as the view writes it with
    /// SQLite's `hex()` and the tokenizer folds it.
    static func facet(_ prefix: String, _ key: String) -> String {
        let digits = Array("0123456789abcdef")
        var word = prefix
        for byte in key.utf8 {
            word.append(digits[Int(byte >> 4)])
            word.append(digits[Int(byte & 0x0f)])
        }
        return word
    }

    /// One word of a search, as the incident index and `SearchTogether` look it up.
    struct Word: Hashable {
        /// The FTS5 expression matching it: a quoted word, a quoted prefix with `*`, or the
        /// choice of the words a looked-up prefix stands for.
        var expression: String
        /// The phrases of `expression`, for their counts (`SearchTermStatistics`).
        var phrases: [SearchTerm.RankedPhrase]
    }

    /// The words of `terms`: each word of a term (a phrase's words on their own), a
    /// prefix's last word as a prefix, a looked-up prefix as the choice of its words. Nil
    /// when a term holds no word the tokenizer keeps.
    static func words(of terms: SearchTerms, _ db: Database) throws -> [Word]? {
        let tokenizer = try db.makeTokenizer(
            FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"]))
        var found: [Word] = []
        for term in terms.terms {
            if term.shape == .prefix, let words = term.words, !words.isEmpty {
                found.append(Word(expression: term.ftsExpression, phrases: term.rankedPhrases))
                continue
            }
            let words = try tokenizer.tokenize(query: term.text).filter { !$0.flags.contains(.colocated) }
                .map(\.token)
            guard !words.isEmpty else { return nil }
            for (index, word) in words.enumerated() {
                let isPrefix = term.shape == .prefix && index == words.count - 1
                found.append(
                    Word(
                        expression: SearchTerm.quoted(word) + (isPrefix ? "*" : ""),
                        phrases: [SearchTerm.RankedPhrase(text: word, isPrefix: isPrefix)]))
            }
        }
        return found
    }

    /// The expression matching the entries of incidents that hold every one of `words`
    /// (`words(of:_:)`: a phrase's words in any order and anywhere in the incident, which
    /// is more than the phrase; the ranking of its parts then asks for the phrase), and the
    /// query's service and failure mode. Nil when there is nothing to match.
    static func expression(for words: [Word], query: SearchQuery) -> String? {
        var parts = words.map(\.expression)
        if let service = query.service { parts.append(SearchTerm.quoted(facet(servicePrefix, service.key))) }
        if let mode = query.failureMode { parts.append(SearchTerm.quoted(facet(modePrefix, mode.rawValue))) }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// An incident the index found: its id, the id of its first part, and the id of its
    /// last part when its parts are stored one after the other (nil when another
    /// incident's parts lie between them).
    struct Candidate: Hashable {
        var firstPart: Int64
        var incidentID: String
        var lastPart: Int64?
    }

    /// The newest `limit` incidents whose entries match `expression` and that pass the
    /// query's filters on the incident itself (kind, severity, dates), newest first.
    static func candidates(
        matching expression: String, query: SearchQuery, limit: Int, _ db: Database
    ) throws -> [Candidate] {
        var arguments: [String: (any DatabaseValueConvertible)?] = ["match": expression, "limit": limit]
        let conditions = SearchStatement.incidentConditions(for: query, arguments: &arguments)
        let sql = """
            SELECT search_incidents.rowid AS part, d.incident_id,
                   (SELECT CASE WHEN max(c.id) - count(*) + 1 = d.id THEN max(c.id) END
                    FROM search_docs AS c WHERE c.incident_id = d.incident_id) AS last_part
            FROM search_incidents
            CROSS JOIN search_docs AS d ON d.id = search_incidents.rowid\(
                conditions.isEmpty ? "" : "\nCROSS JOIN incidents AS i ON i.id = d.incident_id")
            WHERE search_incidents MATCH :match\(conditions.map { "\n  AND " + $0 }.joined())
            ORDER BY search_incidents.rowid DESC LIMIT :limit
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)).map {
            Candidate(firstPart: $0["part"], incidentID: $0["incident_id"], lastPart: $0["last_part"])
        }
    }
}
