import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 auxiliary functions a search ranks with, registered on every connection of the
/// store: `pm_bm25` (the rank), `pm_terms` (which terms a hit holds) and `pm_in_order`
/// (whether a hit holds the query's words as one phrase). Each reads the hit's own list of
/// matches, where the SQL they replace ran one more full-text query per term.
enum SearchFunctions {
    /// Registers the functions on the connection behind `db`.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        for (name, function) in [
            (BM25Function.name, BM25Function.rank), (TermsFunction.name, TermsFunction.terms),
            (InOrderFunction.name, InOrderFunction.inOrder),
        ] {
            let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, function, nil)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(name)")
            }
        }
    }

    /// The `(phrase, column, offset)` of every match of the query in the current row, or nil
    /// (with the error set on `context`) when FTS5 cannot give them.
    static func instances(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ context: OpaquePointer?, function: String
    ) -> [(phrase: Int, column: Int, offset: Int)]? {
        var count: Int32 = 0
        guard api.pointee.xInstCount(fts, &count) == SQLITE_OK else {
            sqlite3_result_error(context, "\(function): cannot read the full-text index", -1)
            return nil
        }
        var found: [(phrase: Int, column: Int, offset: Int)] = []
        found.reserveCapacity(Int(count))
        for index in 0..<count {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else {
                sqlite3_result_error(context, "\(function): cannot read the full-text index", -1)
                return nil
            }
            found.append((Int(phrase), Int(column), Int(offset)))
        }
        return found
    }
}

enum BM25Function {
    static let name = "pm_bm25"
    static let k1 = 1.2
    static let b = 0.75

    /// The auxiliary function itself; reports a wrong number of arguments as an SQL error.
    static let rank: fts5_extension_function = { api, fts, context, count, values in
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
        guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK,
            api.pointee.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK,
            api.pointee.xColumnSize(fts, -1, &rowTokens) == SQLITE_OK
        else {
            sqlite3_result_error(context, "pm_bm25: cannot read the full-text index", -1)
            return
        }
        guard let instances = SearchFunctions.instances(api, fts, context, function: name) else { return }
        var frequencies = [Double](repeating: 0, count: phrases)
        for instance in instances where instance.phrase < phrases && instance.column < columns {
            frequencies[instance.phrase] += sqlite3_value_double(values[instance.column])
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

/// `pm_terms(search_index, term0, term1, …)`: which of a query's terms the current row
/// holds, as a bit mask (bit `k` for term `k`), given the term each phrase of the `MATCH`
/// expression belongs to, in the order the phrases appear in it. A term may be several
/// phrases (the words a prefix stands for); at most 63 terms.
enum TermsFunction {
    static let name = "pm_terms"

    static let terms: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let values else { return }
        let phrases = Int(api.pointee.xPhraseCount(fts))
        guard Int(count) == phrases else {
            sqlite3_result_error(context, "pm_terms: expected the term of each of the \(phrases) phrases", -1)
            return
        }
        guard let instances = SearchFunctions.instances(api, fts, context, function: name) else { return }
        var mask: Int64 = 0
        for instance in instances where instance.phrase < phrases {
            let term = sqlite3_value_int64(values[instance.phrase])
            if term >= 0 && term < 63 { mask |= 1 << term }
        }
        sqlite3_result_int64(context, mask)
    }
}

/// `pm_in_order(search_index)`: 1 when the current row holds the phrases of the `MATCH`
/// expression in the order they appear in it, each starting where the one before ends, in
/// one column: the row holds the query's words as one phrase. 0 otherwise.
enum InOrderFunction {
    static let name = "pm_in_order"

    static let inOrder: fts5_extension_function = { api, fts, context, count, values in
        guard let api else { return }
        let phrases = Int(api.pointee.xPhraseCount(fts))
        guard let instances = SearchFunctions.instances(api, fts, context, function: name) else { return }
        var starts: [Int: Set<Int>] = [:]  // column * phrases + phrase → offsets
        for instance in instances {
            starts[instance.column &* phrases &+ instance.phrase, default: []].insert(instance.offset)
        }
        var found = false
        if phrases > 0 {
            let sizes = (0..<phrases).map { Int(api.pointee.xPhraseSize(fts, Int32($0))) }
            search: for instance in instances where instance.phrase == 0 {
                var offset = instance.offset
                for phrase in 1..<max(phrases, 1) {
                    offset += sizes[phrase - 1]
                    guard starts[instance.column &* phrases &+ phrase]?.contains(offset) == true else {
                        continue search
                    }
                }
                found = true
                break
            }
        }
        sqlite3_result_int64(context, found ? 1 : 0)
    }
}
