/// The numbers behind a search's order, in one place.
///
/// A hit's score is SQLite's BM25 (negated, so higher is better) with the `title` column
/// weighing `titleColumnWeight` times the `body` column, multiplied by the weight of the
/// part it is in (`SearchDocKind.rankWeight`) and, when the query's words all appear as
/// one phrase in it, by `phraseBonus`. An incident's score is its best hit's.
enum SearchRanking {
    /// BM25 weight of the `title` column (incident titles, section headings).
    static let titleColumnWeight = 4.0
    /// BM25 weight of the `body` column.
    static let bodyColumnWeight = 1.0
    /// Multiplier for a hit holding the bare words of the query in order, side by side.
    static let phraseBonus = 2.0
    /// How many of the newest matching parts a search ranks first; it ranks four times as
    /// many, and so on, while that gives too few incidents. BM25 costs about 3 µs per part in a
    /// store of 100,000 incidents, so this bounds a common word's search to a few
    /// milliseconds.
    static let firstWindow = 1_024
    /// How many of the newest incidents holding every word of a search have their parts
    /// ranked first (`SearchIncidentIndex`); four times as many, and so on, while that
    /// gives too few incidents.
    static let firstCandidates = 64
    /// How much wider each next window is.
    static let windowGrowth = 4

    /// The SQL `CASE` giving the part weight of the `search_docs` row `alias`.
    static func kindWeightSQL(alias: String) -> String {
        var sql = "CASE \(alias).kind"
        for kind in SearchDocKind.allCases where kind.rankWeight != 1 {
            sql += " WHEN '\(kind.rawValue)' THEN \(kind.rankWeight)"
        }
        return sql + " ELSE 1.0 END"
    }
}
