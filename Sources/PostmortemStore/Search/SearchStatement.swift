import Foundation
import GRDB

/// The SQL that ranks the incidents matching one FTS5 expression under a query's filters.
///
/// The full-text index drives the query (`CROSS JOIN` keeps SQLite from starting anywhere
/// else). Its newest `window` hits (by rowid, which grows as parts are stored: FTS5 walks
/// its index backwards and stops there, so BM25, the costly part, is computed for those
/// alone) and their BM25 ranks are collected first, in a materialised table, because FTS5
/// refuses `bm25()` inside an aggregate; every row also says how many hits were ranked
/// (`ranked`), so the caller can tell a full window from the end of the hits. The phrase
/// and term lookups are bounded by the oldest ranked hit. Each hit is then joined to its
/// `search_docs` row by primary key, and to its incident only when a filter on the
/// incident needs it; the filters test those rows (services and failure modes through
/// their tables' primary key, which starts with the incident id; for a `Scope`, only the
/// filter on parts, as its incidents passed the others already); and the hits are grouped
/// per incident, keeping the best: the row `max(score)` picks, since SQLite fills the
/// other columns of an aggregate query holding a single `max()` from the row it chose.
/// Only the `limit` best incidents leave that step, and only they are joined to their
/// incident's row for its title and date.
struct SearchStatement {
    var sql: String
    var arguments: StatementArguments

    /// What each hit's own matches tell (`pm_terms`, `pm_in_order`), for an expression pm
    /// wrote; otherwise one more full-text query per term and for the phrase says it.
    struct PerHit {
        /// The term (index into the expressions of `Terms`) of each phrase of `match`, in
        /// the order the phrases appear in it.
        var termOfPhrase: [Int]
        /// Whether `phrase` is the phrases of `match` one after the other, in order.
        var phraseIsInOrder: Bool
    }

    /// The incidents a statement ranks the hits of (`SearchIncidentIndex.candidates`), as
    /// the ranges of ids their parts have.
    struct Scope {
        /// The ids of their parts, as sorted, disjoint ranges.
        var ranges: [ClosedRange<Int64>]

        init(ranges: [ClosedRange<Int64>]) { self.ranges = ranges }

        /// An incident's parts are stored one after the other, so they are the range from
        /// its first part to its last; the ids of one whose parts are not are read one by one.
        init(_ candidates: [SearchIncidentIndex.Candidate], _ db: Database) throws {
            var ranges: [ClosedRange<Int64>] = []
            for candidate in candidates {
                if let last = candidate.lastPart, last >= candidate.firstPart {
                    ranges.append(candidate.firstPart...last)
                } else {
                    let ids = try Int64.fetchAll(
                        db.cachedStatement(sql: "SELECT id FROM search_docs WHERE incident_id = ?"),
                        arguments: [candidate.incidentID])
                    ranges += ids.map { $0...$0 }
                }
            }
            ranges.sort { $0.lowerBound < $1.lowerBound }
            var merged: [ClosedRange<Int64>] = []
            for range in ranges {
                if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
                } else {
                    merged.append(range)
                }
            }
            self.init(ranges: merged)
        }

        /// The lowest id of their parts: every part of theirs has this id or a higher one.
        var lowestPart: Int64 { ranges.first?.lowerBound ?? 0 }
        /// The highest id of their parts.
        var highestPart: Int64 { ranges.last?.upperBound ?? -1 }
    }

    /// How the query's terms bear on an incident as a whole.
    enum Terms {
        /// Only `match` counts.
        case none
        /// Some hit of the incident must match each of these FTS5 expressions (all terms
        /// in one incident, in any of its parts).
        case required([String])
        /// Incidents matching more of these FTS5 expressions come first, then by score; a
        /// hit's score is multiplied by the number of them it matches.
        case coverage([String])
        /// As `required`; and incidents with a hit matching all of them (all terms in one
        /// part) come before the others, ranked by their best such hit. Needs `PerHit`.
        case togetherFirst([String])
    }

    /// - Parameters:
    ///   - match: the FTS5 expression whose hits are ranked and grouped.
    ///   - phrase: an FTS5 phrase whose hits get `SearchRanking.phraseBonus`; nil for none.
    ///   - terms: how each term must or may match the incident.
    ///   - window: how many of the newest hits to rank.
    ///   - phraseCounts: how many entries hold each phrase of `match`, in order, for
    ///     `BM25Function`; nil to rank with FTS5's `bm25()`, which counts them (a raw query,
    ///     whose phrases pm does not know).
    ///   - perHit: what tells which terms a hit holds and whether it holds the phrase; nil
    ///     for a raw query.
    ///   - scope: the only incidents whose hits are ranked; nil for all.
    init(
        query: SearchQuery, match: String, phrase: String?, terms: Terms = .none, window: Int,
        phraseCounts: [Int]? = nil, perHit: PerHit? = nil, scope: Scope? = nil
    ) {
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "match": match, "limit": query.limit, "window": window,
        ]
        let weights = "\(SearchRanking.titleColumnWeight), \(SearchRanking.bodyColumnWeight)"
        let rank: String
        if let phraseCounts {
            let names = phraseCounts.indices.map { ":count\($0)" }
            for (index, count) in phraseCounts.enumerated() { arguments["count\(index)"] = count }
            rank = "\(BM25Function.name)(search_index, \(([weights] + names).joined(separator: ", ")))"
        } else {
            rank = "bm25(search_index, \(weights))"
        }
        var score = "-hits.rank * " + SearchRanking.kindWeightSQL(alias: "d")
        var hitColumns = ""
        if phrase != nil, perHit?.phraseIsInOrder == true {
            hitColumns += ", \(InOrderFunction.name)(search_index) AS in_order"
            score += " * CASE WHEN hits.in_order THEN \(SearchRanking.phraseBonus) ELSE 1.0 END"
        } else if let phrase {
            score += """
                 * CASE WHEN d.id IN (SELECT p.rowid FROM search_index AS p WHERE p.search_index MATCH :phrase \
                AND p.rowid >= (SELECT min(doc) FROM hits)) THEN \(SearchRanking.phraseBonus) ELSE 1.0 END
                """
            arguments["phrase"] = phrase
        }
        // A scope's incidents passed the filters on the incident, its services and its
        // failure modes already (`SearchIncidentIndex.candidates`); only those on parts are left.
        let conditions = Self.conditions(for: query, onPartsOnly: scope != nil, arguments: &arguments)
        let readsIncident = scope == nil && query.filtersIncident
        var having = ""
        var covered = "0"
        var expressions: [String] = []
        switch terms {
        case .none: break
        case .required(let list), .coverage(let list), .togetherFirst(let list): expressions = list
        }
        if let perHit, !expressions.isEmpty {
            let names = perHit.termOfPhrase.indices.map { ":phraseTerm\($0)" }
            for (index, term) in perHit.termOfPhrase.enumerated() { arguments["phraseTerm\(index)"] = term }
            hitColumns += ", \(TermsFunction.name)(search_index, \(names.joined(separator: ", "))) AS terms"
        }
        // Whether the hit matches term `index`, and whether some hit of the incident does.
        let hitFlags = expressions.indices.map { index in
            if perHit != nil { return "((hits.terms >> \(index)) & 1)" }
            return """
                (d.id IN (SELECT t\(index).rowid FROM search_index AS t\(index) \
                WHERE t\(index).search_index MATCH :term\(index) AND t\(index).rowid >= (SELECT min(doc) FROM hits)))
                """
        }
        let flags = hitFlags.map { "(sum\($0) > 0)" }
        if perHit == nil {
            for (index, expression) in expressions.enumerated() { arguments["term\(index)"] = expression }
        }
        switch terms {
        case .required, .togetherFirst:
            if !flags.isEmpty { having = "\nHAVING " + flags.joined(separator: "\n  AND ") }
        case .none, .coverage: break
        }
        if case .coverage = terms, !flags.isEmpty {
            covered = flags.joined(separator: "\n  + ")
            // The hit holding the most terms is the incident's best.
            score += " * (" + hitFlags.joined(separator: " + ") + ")"
        }
        // The best hit: the row `max()` picks. For `togetherFirst`, one holding every term
        // if any does: its key is 1 plus its score mapped into [0, 1), which keeps the
        // order of scores (all are positive).
        var best = "max(\(score)) AS score, count(*) AS matches"
        var order = "covered DESC, score DESC"
        if case .togetherFirst = terms, perHit != nil, !expressions.isEmpty {
            arguments["allTerms"] = (1 << min(expressions.count, 62)) - 1
            // `matches` counts the hits of the best's kind: `SearchStatement.matches(_:)`.
            best = """
                max((hits.terms = :allTerms) + (\(score)) / (1.0 + (\(score)))) AS best, \(score) AS score,
                       count(*) AS matches, sum(hits.terms = :allTerms) AS matches_together
                """
            order = "best DESC"
        }
        var scoped = " WHERE search_index MATCH :match"
        if let scope {
            // The walk goes from the incidents' highest part down to their lowest, and
            // tests each hit against the ranges of their parts' ids; a join to each hit's
            // row of search_docs would read its text's pages, and an `IN` list looks each
            // hit up in a temporary index, which costs more than ranking it.
            scoped = """

                WHERE search_index MATCH :match AND search_index.rowid BETWEEN :lowest AND :highest
                  AND \(InRangesFunction.name)(search_index.rowid, :ranges)
                """
            arguments["lowest"] = scope.lowestPart
            arguments["highest"] = scope.highestPart
            arguments["ranges"] = InRangesFunction.encode(scope.ranges)
        }
        // The incident's own row is read for the few results, not for every hit, unless a
        // filter needs it.
        sql = """
            WITH hits AS MATERIALIZED (
                SELECT search_index.rowid AS doc, \(rank) AS rank\(hitColumns)
                FROM search_index\(scoped)
                ORDER BY search_index.rowid DESC LIMIT :window
            ),
            winners AS MATERIALIZED (
                SELECT d.id AS doc, d.incident_id, d.kind, d.position, d.title AS heading,
                       \(best), \(covered) AS covered,
                       (SELECT count(*) FROM hits) AS ranked
                FROM hits
                CROSS JOIN search_docs AS d ON d.id = hits.doc\(
                    readsIncident ? "\nCROSS JOIN incidents AS i ON i.id = d.incident_id" : "")
                WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: "\n  AND "))
                GROUP BY d.incident_id\(having)
                ORDER BY \(order), d.incident_id
                LIMIT :limit
            )
            SELECT winners.*, i.title, i.date
            FROM winners
            CROSS JOIN incidents AS i ON i.id = winners.incident_id
            ORDER BY \(order), winners.incident_id
            """
        self.arguments = StatementArguments(arguments)
    }

    /// How many hits of the incident a result row counts: for `togetherFirst`, those holding
    /// every term when its best one does.
    static func matches(_ row: Row) -> Int {
        if row.hasColumn("best"), let best: Double = row["best"], best >= 1 { return row["matches_together"] }
        return row["matches"]
    }

    /// The `WHERE` conditions of the query's filters, their values added to `arguments`.
    ///
    /// The unary `+` on `name_key` and `mode_id` keeps SQLite from looking those up through
    /// their own indexes (every incident of a popular service, for each hit) instead of
    /// through the primary key, which starts with the incident id of the hit at hand.
    private static func conditions(
        for query: SearchQuery, onPartsOnly: Bool, arguments: inout [String: (any DatabaseValueConvertible)?]
    ) -> [String] {
        var conditions: [String] = []
        if !onPartsOnly { conditions += incidentConditions(for: query, arguments: &arguments) }
        if !onPartsOnly, let service = query.service {
            conditions.append(
                "EXISTS (SELECT 1 FROM incident_services AS s WHERE s.incident_id = d.incident_id AND +s.name_key = :service)"
            )
            arguments["service"] = service.key
        }
        if !onPartsOnly, let mode = query.failureMode {
            conditions.append(
                "EXISTS (SELECT 1 FROM failure_modes AS f WHERE f.incident_id = d.incident_id AND +f.mode_id = :mode)")
            arguments["mode"] = mode.rawValue
        }
        if !query.parts.isEmpty {
            let kinds = query.parts.map(\.rawValue).sorted()
            let names = kinds.indices.map { ":part\($0)" }
            conditions.append("d.kind IN (\(names.joined(separator: ", ")))")
            for (index, kind) in kinds.enumerated() { arguments["part\(index)"] = kind }
        }
        return conditions
    }

    /// The `WHERE` conditions of the query's filters on the incident itself (`i`: kind,
    /// severity, dates), their values added to `arguments`.
    static func incidentConditions(
        for query: SearchQuery, arguments: inout [String: (any DatabaseValueConvertible)?]
    ) -> [String] {
        var conditions: [String] = []
        if let kind = query.kind {
            conditions.append("i.kind = :kind")
            arguments["kind"] = kind.rawValue
        }
        switch query.severity {
        case .exactly(let level):
            conditions.append("i.severity_level = :severity")
            arguments["severity"] = level
        case .atLeast(let level):
            conditions.append("i.severity_level <= :severity")
            arguments["severity"] = level
        case nil:
            break
        }
        if let since = query.since {
            conditions.append("i.date >= :since")
            arguments["since"] = since.description
        }
        if let until = query.until {
            conditions.append("i.date <= :until")
            arguments["until"] = until.description
        }
        return conditions
    }
}
