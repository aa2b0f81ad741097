import GRDB
import PostmortemKit

/// Runs one search on an open database connection.
///
/// The stages, each run only when the one before found nothing (and the query allows
/// fallbacks):
/// 1. every term must match in one part of an incident; when no part holds them all, in
///    the same incident, spread over several parts (hits then ranked under "any term");
/// 2. the typo fallback: each correctable word that matches nothing on its own is replaced
///    by the closest indexed word (`SpellingCorrector`), and stage 1 runs again;
/// 3. any term may match (with the corrections kept, and words holding punctuation split
///    into their pieces: `/var/lib/pgbackrest` into `var`, `lib`, `pgbackrest`); the
///    incidents matching the most terms come first, then by score, so that the documents
///    holding most of a pasted error message lead.
/// A raw query runs stage 1 only, with the user's text as the FTS5 expression.
struct Searcher {
    let db: Database
    let query: SearchQuery
    /// The words the typo fallback chooses from.
    let vocabulary: SearchVocabulary
    /// How many of the newest matching parts are ranked first (see `ranked`).
    var firstWindow = SearchRanking.firstWindow
    /// How many of the newest incidents holding every word are ranked first (see
    /// `rankedMatchingAll`).
    var firstCandidates = SearchRanking.firstCandidates
    /// Whether a search of several words ranks the parts holding them all on their own
    /// first, when enough do (see `rankedMatchingAll`); tests turn it off to compare.
    var ranksPartsHoldingAllFirst = true

    func run() throws -> SearchResults {
        guard query.limit > 0, query.text.contains(where: { !$0.isWhitespace }) else { return SearchResults() }
        if query.raw { return try runRaw() }
        let terms = try SearchTerms(parsing: query.text).expandingPrefixes(in: db)
        guard !terms.isEmpty else { return SearchResults() }
        let exact = try rankedMatchingAll(terms)
        guard exact.isEmpty, query.allowsFallback else { return SearchResults(results: exact) }

        var corrected = terms
        var corrections: [SearchCorrection] = []
        for (index, term) in terms.terms.enumerated() where term.isCorrectable {
            guard try !hasHits(term.ftsExpression),
                let replacement = SpellingCorrector.correction(for: term.text, in: try vocabulary.entries(in: db))
            else { continue }
            corrected.terms[index] = SearchTerm(text: replacement, shape: .word)
            corrections.append(SearchCorrection(word: term.text, replacement: replacement))
        }
        let correctedQuery = corrections.isEmpty ? nil : corrected.displayText
        if !corrections.isEmpty {
            let results = try rankedMatchingAll(corrected)
            if !results.isEmpty {
                return SearchResults(results: results, corrections: corrections, correctedQuery: correctedQuery)
            }
        }
        let loose = corrected.loosened
        guard loose.terms.count > 1 else { return SearchResults() }
        let relaxed = try ranked(
            match: loose.anyTermExpression, phrases: loose, phraseIsInOrder: false, phrase: corrected.phraseExpression,
            terms: .coverage(loose.terms.map(\.ftsExpression)))
        guard !relaxed.isEmpty else { return SearchResults() }
        return SearchResults(
            results: relaxed, corrections: corrections, correctedQuery: correctedQuery, anyWord: true)
    }

    /// Stage 1 with the user's own FTS5 expression; SQLite's complaint about it becomes
    /// `StoreError.invalidSearchQuery`.
    private func runRaw() throws -> SearchResults {
        do {
            return SearchResults(results: try ranked(match: query.text, phrase: nil))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // The statements are fixed and valid, so a plain SQL error comes from the query.
            throw StoreError.invalidSearchQuery(query: query.text, detail: error.message ?? "\(error.resultCode)")
        }
    }

    /// The incidents holding every term, among the newest that do: those holding them all
    /// in one part first, then those holding them spread over several parts. An older
    /// incident holding them in one part is not ranked while enough newer ones hold them
    /// at all.
    ///
    /// The incident-level index (`SearchIncidentIndex`) gives the newest
    /// `firstCandidates` incidents that hold every word and pass the filters; only their
    /// parts are ranked. When at least `query.limit` of those parts hold every word
    /// (`SearchTogether`), they are ranked on their own first; when they are fewer, or
    /// give fewer than `query.limit` incidents, every hit of any term is
    /// (`SearchStatement.Terms.togetherFirst`), which gives the same order. While that
    /// gives fewer than `query.limit` incidents (a phrase the incident holds only as
    /// scattered words, a filter on parts) and more incidents hold the words, four times
    /// as many are taken. A search whose words the index
    /// cannot take (none the tokenizer keeps) ranks parts alone (`rankedMatchingAllParts`).
    private func rankedMatchingAll(_ terms: SearchTerms) throws -> [SearchResult] {
        guard let words = try SearchIncidentIndex.words(of: terms, db),
            let expression = SearchIncidentIndex.expression(for: words, query: query)
        else {
            return try rankedMatchingAllParts(terms)
        }
        var count = max(1, firstCandidates, query.limit)
        while true {
            let candidates = try SearchIncidentIndex.candidates(matching: expression, query: query, limit: count, db)
            guard !candidates.isEmpty else { return [] }
            let scope = try SearchStatement.Scope(candidates, db)
            // The parts holding every term rank first, and they alone are enough when they
            // fill the page: a walk through the hits of any term ranks many more (every
            // part holding a common word).
            var match = terms.allTermsExpression
            var rows: [Row] = []
            // A single term is all its hits; several, not when too few parts seem to hold
            // them all: that would give too few incidents.
            let together =
                terms.terms.count == 1
                ? query.limit
                : ranksPartsHoldingAllFirst
                    ? try SearchTogether.partsHoldingEvery(words, in: scope, enough: query.limit, db) : 0
            if together >= query.limit {
                rows = try rankedRows(
                    match: match, phrases: terms, phraseIsInOrder: true, phrase: terms.phraseExpression, scope: scope)
            }
            if rows.count < query.limit, terms.terms.count > 1 {
                // Then those holding the terms spread over several parts, in one walk
                // through the hits of any term, which ranks the first ones again.
                match = terms.anyTermExpression
                rows = try rankedRows(
                    match: match, phrases: terms, phraseIsInOrder: true, phrase: terms.phraseExpression,
                    terms: .togetherFirst(terms.terms.map(\.ftsExpression)), scope: scope)
            }
            if rows.count >= query.limit || candidates.count < count || count >= Int.max / 8 {
                return try results(rows: Array(rows.prefix(query.limit)), match: match)
            }
            count *= SearchRanking.windowGrowth
        }
    }

    /// The incidents holding every term in one part; when there are none, those holding
    /// every term spread over several parts, found by ranking parts alone.
    ///
    /// Two steps rather than one query because the second is slow on common words: it
    /// ranks every hit of any term (tens of thousands in a large store) where the first
    /// ranks only the parts holding them all.
    private func rankedMatchingAllParts(_ terms: SearchTerms) throws -> [SearchResult] {
        let together = try ranked(
            match: terms.allTermsExpression, phrases: terms, phraseIsInOrder: true, phrase: terms.phraseExpression)
        guard together.isEmpty, terms.terms.count > 1 else { return together }
        // A term found nowhere leaves no incident holding them all: no need to rank the others.
        for term in terms.terms where try !hasHits(term.ftsExpression) { return [] }
        return try ranked(
            match: terms.anyTermExpression, phrases: terms, phraseIsInOrder: true, phrase: terms.phraseExpression,
            terms: .required(terms.terms.map(\.ftsExpression)))
    }

    /// Whether `match` finds any document at all, filters aside.
    private func hasHits(_ match: String) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1")
        return try Int.fetchOne(statement, arguments: [match]) != nil
    }

    /// The best `query.limit` incidents matching `match` under the query's filters, each
    /// with its best hit and that hit's snippet.
    ///
    /// Only the newest `window` matching parts are ranked (`SearchRanking.firstWindow` to
    /// begin with); while that gives fewer than `query.limit`
    /// incidents and more parts match, the window grows by `SearchRanking.windowGrowth`. So a query matching fewer parts than the first window is
    /// ranked exactly, and a common word in a large store costs a bounded amount of work.
    ///
    /// `phrases` are the terms `match` was written from, when pm wrote it (nil for a raw
    /// query): BM25 then weighs their phrases by the stored counts of
    /// `SearchTermStatistics` instead of FTS5 counting them, and each hit's own matches
    /// tell which terms it holds and, when `phraseIsInOrder` (`phrase` is `match`'s phrases
    /// in order), whether it holds the phrase.
    ///
    /// With a `scope`, only the hits of its incidents are ranked, all of them, and `limit`
    /// (default `query.limit`) incidents are kept.
    private func ranked(
        match: String, phrases: SearchTerms? = nil, phraseIsInOrder: Bool = false, phrase: String?,
        terms: SearchStatement.Terms = .none, scope: SearchStatement.Scope? = nil, limit: Int? = nil
    ) throws -> [SearchResult] {
        try results(
            rows: rankedRows(
                match: match, phrases: phrases, phraseIsInOrder: phraseIsInOrder, phrase: phrase, terms: terms,
                scope: scope, limit: limit),
            match: match)
    }

    /// The rows of `ranked`, before their snippets are made.
    private func rankedRows(
        match: String, phrases: SearchTerms? = nil, phraseIsInOrder: Bool = false, phrase: String?,
        terms: SearchStatement.Terms = .none, scope: SearchStatement.Scope? = nil, limit: Int? = nil
    ) throws -> [Row] {
        let counts = try phrases.map { try SearchTermStatistics.phraseCounts($0.rankedPhrases, db) }
        let perHit = phrases.map {
            SearchStatement.PerHit(termOfPhrase: $0.termOfPhrase, phraseIsInOrder: phraseIsInOrder)
        }
        // Each widening ranks four times as many parts: every round also pays FTS5's count
        // of each term's parts, so few wide rounds beat many narrow ones.
        var window = scope == nil ? max(1, firstWindow) : Int.max / 2
        var limited = query
        if let limit { limited.limit = limit }
        var rows: [Row]
        while true {
            let statement = SearchStatement(
                query: limited, match: match, phrase: phrase, terms: terms, window: window, phraseCounts: counts,
                perHit: perHit, scope: scope)
            rows = try Row.fetchAll(db.cachedStatement(sql: statement.sql), arguments: statement.arguments)
            // A scope's hits are all ranked at once.
            if scope != nil { break }
            let ranked: Int
            if let first = rows.first {
                ranked = first["ranked"]
            } else {
                ranked = try rankedParts(match: match, window: window)
            }
            if rows.count >= limited.limit || ranked < window || window >= Int.max / 2 { break }
            window *= SearchRanking.windowGrowth
        }
        return rows
    }

    /// The results of rows `rankedRows` gave for `match`, with their snippets.
    private func results(rows: [Row], match: String) throws -> [SearchResult] {
        let table = SearchDocRecord.databaseTableName
        let snippets = try snippets(match: match, documentIDs: rows.map { $0["doc"] })
        return try rows.map { row in
            let documentID: Int64 = row["doc"]
            let kind = try ColumnCodec.value(row["kind"], as: SearchDocKind.self, table: table, column: "kind")
            let heading: String = row["heading"]
            return SearchResult(
                id: IncidentID(rawValue: row["incident_id"]),
                title: row["title"],
                section: kind == .section && !heading.isEmpty ? heading : kind.sectionName,
                snippet: snippets[documentID] ?? "",
                score: row["score"],
                kind: kind,
                position: row["position"],
                matches: SearchStatement.matches(row),
                date: try ColumnCodec.day(row["date"], table: IncidentRecord.databaseTableName, column: "date"))
        }
    }

    /// How many of the newest `window` parts match `match` (for a window that gave no
    /// result row to say so).
    private func rankedParts(match: String, window: Int) throws -> Int {
        let statement = try db.cachedStatement(
            sql: """
                SELECT count(*) FROM (
                    SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?
                )
                """)
        return try Int.fetchOne(statement, arguments: [match, window]) ?? 0
    }

    /// The highlighted snippets of matching documents, white space collapsed.
    ///
    /// One walk through the hits of `match` from the lowest of the documents to the
    /// highest, which picks them out (`pm_in_ranges`, which SQLite cannot turn into a
    /// lookup of each: a lookup by rowid seeks every term in every segment of the index,
    /// where the walk reads a few hundred hits in order).
    private func snippets(match: String, documentIDs: [Int64]) throws -> [Int64: String] {
        guard let lowest = documentIDs.min(), let highest = documentIDs.max() else { return [:] }
        let statement = try db.cachedStatement(
            sql: """
                SELECT search_index.rowid, snippet(search_index, -1, ?, ?, ?, ?) FROM search_index
                WHERE search_index MATCH ? AND search_index.rowid BETWEEN ? AND ?
                  AND \(InRangesFunction.name)(search_index.rowid, ?)
                """)
        let highlight = query.highlight
        let ids = InRangesFunction.encode(documentIDs.sorted().map { $0...$0 })
        let rows = try Row.fetchCursor(
            statement,
            arguments: [
                highlight.open, highlight.close, highlight.ellipsis, highlight.words, match, lowest, highest, ids,
            ])
        var snippets: [Int64: String] = [:]
        while let row = try rows.next() {
            let text: String = row[1] ?? ""
            snippets[row[0]] = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return snippets
    }
}
