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
        let code = sqlite3_create_function_v2(
            db.sqliteConnection, InRangesFunction.name, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
            InRangesFunction.inRanges, nil, nil, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: "cannot register \(InRangesFunction.name)")
        }
    }

    /// Calls `body` with the `(phrase, column, offset)` of every match of the query in the
    /// current row, in the order FTS5 gives them, without allocating; false (with the error
    /// set on `context`) when FTS5 cannot give them.
    static func forEachInstance(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ context: OpaquePointer?, function: String,
        _ body: (_ phrase: Int, _ column: Int, _ offset: Int) -> Void
    ) -> Bool {
        var count: Int32 = 0
        guard api.pointee.xInstCount(fts, &count) == SQLITE_OK else {
            sqlite3_result_error(context, "\(function): cannot read the full-text index", -1)
            return false
        }
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        for index in 0..<count {
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else {
                sqlite3_result_error(context, "\(function): cannot read the full-text index", -1)
                return false
            }
            body(Int(phrase), Int(column), Int(offset))
        }
        return true
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
        let total = Double(max(rows, 1))
        let averageLength = max(Double(tokens) / total, 1e-9)
        let lengthFactor = k1 * (1 - b + b * Double(rowTokens) / averageLength)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: phrases + columns) { buffer in
            let frequencies = UnsafeMutableBufferPointer(rebasing: buffer[0..<phrases])
            let weights = UnsafeMutableBufferPointer(rebasing: buffer[phrases...])
            frequencies.initialize(repeating: 0)
            for column in 0..<columns { weights[column] = sqlite3_value_double(values[column]) }
            let read = SearchFunctions.forEachInstance(api, fts, context, function: name) { phrase, column, _ in
                if phrase < phrases && column < columns { frequencies[phrase] += weights[column] }
            }
            guard read else { return }
            var score = 0.0
            for phrase in 0..<phrases where frequencies[phrase] > 0 {
                let frequency = frequencies[phrase]
                let holding = Double(sqlite3_value_int64(values[columns + phrase]))
                var idf = log((total - holding + 0.5) / (holding + 0.5))
                if idf <= 0 { idf = 1e-6 }
                score += idf * frequency * (k1 + 1) / (frequency + lengthFactor)
            }
            sqlite3_result_double(context, -score)
        }
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
        var mask: Int64 = 0
        let read = SearchFunctions.forEachInstance(api, fts, context, function: name) { phrase, _, _ in
            guard phrase < phrases else { return }
            let term = sqlite3_value_int64(values[phrase])
            if term >= 0 && term < 63 { mask |= 1 << term }
        }
        if read { sqlite3_result_int64(context, mask) }
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
        var instances: Int32 = 0
        guard api.pointee.xInstCount(fts, &instances) == SQLITE_OK else {
            sqlite3_result_error(context, "\(name): cannot read the full-text index", -1)
            return
        }
        guard phrases > 0, phrases < 1 << 16, instances > 0 else {
            sqlite3_result_int64(context, 0)
            return
        }
        // Each match as one sortable key: column, offset, phrase.
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: Int(instances) + phrases) { buffer in
            var keys = UnsafeMutableBufferPointer(rebasing: buffer[0..<Int(instances)])
            let starts = UnsafeMutableBufferPointer(rebasing: buffer[Int(instances)...])
            var index = 0
            let read = SearchFunctions.forEachInstance(api, fts, context, function: name) { phrase, column, offset in
                guard index < keys.count else { return }
                keys[index] = key(column: column, offset: offset, phrase: phrase)
                index += 1
            }
            guard read else { return }
            keys = UnsafeMutableBufferPointer(rebasing: keys[0..<index])
            if zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) { keys.sort() }
            // Where phrase `p` starts, counted from where phrase 0 does.
            var start: Int64 = 0
            for phrase in 0..<phrases {
                starts[phrase] = start
                start += Int64(api.pointee.xPhraseSize(fts, Int32(phrase)))
            }
            var found = false
            search: for first in keys where first & 0xffff == 0 {
                let column = Int(first >> 48)
                let offset = Int((first >> 16) & 0xffff_ffff)
                for phrase in 1..<phrases {
                    let wanted = key(column: column, offset: offset + Int(starts[phrase]), phrase: phrase)
                    guard contains(keys, wanted) else { continue search }
                }
                found = true
                break
            }
            sqlite3_result_int64(context, found ? 1 : 0)
        }
    }

    /// A match as one number ordered by column, then offset, then phrase.
    private static func key(column: Int, offset: Int, phrase: Int) -> Int64 {
        Int64(truncatingIfNeeded: column & 0x7fff) << 48 | Int64(truncatingIfNeeded: offset & 0xffff_ffff) << 16
            | Int64(truncatingIfNeeded: phrase & 0xffff)
    }

    /// Whether the sorted `keys` hold `key` (a binary search).
    private static func contains(_ keys: UnsafeMutableBufferPointer<Int64>, _ key: Int64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}

/// `pm_in_ranges(id, ranges)`: 1 when `id` lies in one of `ranges`, 0 otherwise; `ranges`
/// is a blob of sorted, disjoint closed ranges, each two little-endian 64-bit integers
/// (`encode(_:)`). A binary search over the blob as SQLite holds it: the test a search
/// makes of every hit, where `IN` looks each one up in a temporary index.
enum InRangesFunction {
    static let name = "pm_in_ranges"

    /// `ranges` as the blob the function reads.
    static func encode(_ ranges: [ClosedRange<Int64>]) -> Data {
        var data = Data(capacity: ranges.count * 16)
        for range in ranges {
            withUnsafeBytes(of: range.lowerBound.littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: range.upperBound.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static let inRanges: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
        context, count, values in
        guard let values, count == 2 else {
            sqlite3_result_error(context, "pm_in_ranges: expected an id and a blob of ranges", -1)
            return
        }
        let id = sqlite3_value_int64(values[0])
        let blob = sqlite3_value_blob(values[1])
        let ranges = Int(sqlite3_value_bytes(values[1])) / 16
        guard let blob, ranges > 0 else {
            sqlite3_result_int64(context, 0)
            return
        }
        func bound(_ index: Int) -> Int64 {
            Int64(littleEndian: blob.loadUnaligned(fromByteOffset: index * 8, as: Int64.self))
        }
        // The first range whose upper bound is not below `id`.
        var low = 0
        var high = ranges
        while low < high {
            let middle = (low + high) / 2
            if bound(middle * 2 + 1) < id { low = middle + 1 } else { high = middle }
        }
        sqlite3_result_int64(context, low < ranges && bound(low * 2) <= id ? 1 : 0)
    }
}
