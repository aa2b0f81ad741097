import Foundation
import GRDB
import GRDBSQLite

/// `pm_bm25(search_index, titleWeight, bodyWeight, count0, count1, …)`: an FTS5 auxiliary
/// function giving the BM25 rank FTS5's own `bm25(search_index, titleWeight, bodyWeight)`
/// gives, but told how many entries hold each phrase of the query instead of counting them.
///
/// `bm25()` counts, at the first row of every query, the entries matching each phrase,
/// which reads each term's whole list of entries (about 30 ms for "on" in a store of
/// 100,000 incidents). The caller passes those counts, one per phrase of the `MATCH`
/// expression in the order the phrases appear in it, from `SearchTermStatistics`.
///
/// The rank, as FTS5 documents it: for each phrase `i` holding `n` of the `N` entries,
/// `idf = ln((N - n + 0.5) / (n + 0.5))` (at least 1e-6); `f` is the sum over the phrase's
/// occurrences in the row of its column's weight; `D` the row's length in tokens and
/// `avgdl` the mean length; the rank is minus the sum of
/// `idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))`, with `k1` 1.2 and `b` 0.75
/// (lower is better, as `bm25()` gives).
enum BM25Function {
    static let name = "pm_bm25"
    static let k1 = 1.2
    static let b = 0.75

    /// Registers the function on the connection behind `db`.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(name)")
        }
    }

    /// The auxiliary function itself; reports a wrong number of arguments as an SQL error.
    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let values else { return }
        let columns = Int(api.pointee.xColumnCount(fts))
        let phrases = Int(api.pointee.xPhraseCount(fts))
        guard Int(count) == columns + phrases else {
            sqlite3_result_error(
                context, "pm_bm25: expected \(columns) column weights and \(phrases) phrase counts", -1)
            return
        }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        var rowTokens: Int32 = 0
        var instances: Int32 = 0
        guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK,
            api.pointee.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK,
            api.pointee.xColumnSize(fts, -1, &rowTokens) == SQLITE_OK,
            api.pointee.xInstCount(fts, &instances) == SQLITE_OK
        else {
            sqlite3_result_error(context, "pm_bm25: cannot read the full-text index", -1)
            return
        }
        var frequencies = [Double](repeating: 0, count: phrases)
        for index in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else {
                sqlite3_result_error(context, "pm_bm25: cannot read the full-text index", -1)
                return
            }
            guard phrase >= 0, Int(phrase) < phrases, column >= 0, Int(column) < columns else { continue }
            frequencies[Int(phrase)] += sqlite3_value_double(values[Int(column)])
        }
        let total = Double(max(rows, 1))
        let averageLength = max(Double(tokens) / total, 1e-9)
        let lengthFactor = k1 * (1 - b + b * Double(rowTokens) / averageLength)
        var score = 0.0
        for (phrase, frequency) in frequencies.enumerated() where frequency > 0 {
            let holding = Double(sqlite3_value_int64(values[columns + phrase]))
            var idf = log((total - holding + 0.5) / (holding + 0.5))
            if idf <= 0 { idf = 1e-6 }
            score += idf * frequency * (k1 + 1) / (frequency + lengthFactor)
        }
        sqlite3_result_double(context, -score)
    }
}
