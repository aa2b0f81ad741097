import PostmortemSynthetic

/// A seeded structured mutator: takes real documents (the corpus, synthetic ones) and
/// makes inputs from them by changing bytes, lines, tables and front matter, and by
/// splicing documents together. The same seeds and `seed` always give the same inputs, so
/// any failure can be reproduced from its number.
public struct DocumentMutator {
    /// The documents every input is made from.
    public let seeds: [[UInt8]]
    /// The largest input made; longer results are cut (default 256 KiB).
    public var maximumBytes: Int
    private var random: SplitMix64

    public init(seeds: [[UInt8]], seed: UInt64, maximumBytes: Int = 256 << 10) {
        self.seeds = seeds.isEmpty ? [Array("# Empty seed\n".utf8)] : seeds
        self.maximumBytes = maximumBytes
        random = SplitMix64(seed: seed)
    }

    /// The next input: a seed with one to four mutations.
    public mutating func next() -> FuzzInput {
        let seedIndex = random.below(seeds.count)
        var bytes = seeds[seedIndex]
        var applied: [String] = []
        for _ in 0..<random.within(1...4) {
            applied.append(mutate(&bytes))
            if bytes.count > maximumBytes { bytes.removeLast(bytes.count - maximumBytes) }
        }
        return FuzzInput(bytes: bytes, seedIndex: seedIndex, mutations: applied)
    }

    /// Applies one mutation, chosen at random; returns what it did.
    mutating func mutate(_ bytes: inout [UInt8]) -> String {
        switch random.below(10) {
        case 0, 1: return mutateBytes(&bytes)
        case 2, 3: return mutateLines(&bytes)
        case 4, 5: return mutateTable(&bytes)
        case 6, 7: return mutateFrontMatter(&bytes)
        case 8: return splice(&bytes)
        default: return nest(&bytes)
        }
    }

    // MARK: - Bytes

    mutating func mutateBytes(_ bytes: inout [UInt8]) -> String {
        let at = random.below(bytes.count + 1)
        switch random.below(6) {
        case 0 where !bytes.isEmpty:
            let index = min(at, bytes.count - 1)
            let bit = UInt8(1) << UInt8(random.below(8))
            bytes[index] ^= bit
            return "flip bit \(bit) of byte \(index)"
        case 1:
            let token = random.pick(MutationTokens.bytes) ?? [0]
            bytes.insert(contentsOf: token, at: at)
            return "insert \(token) at byte \(at)"
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, at + random.within(1...64))
            bytes.removeSubrange(min(at, end)..<end)
            return "delete bytes \(at)..<\(end)"
        case 3 where !bytes.isEmpty:
            let start = min(at, bytes.count - 1)
            let end = min(bytes.count, start + random.within(1...256))
            let chunk = Array(bytes[start..<end])
            let copies = random.within(1...8)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: chunk, count: copies).joined()), at: end)
            return "repeat bytes \(start)..<\(end) ×\(copies)"
        case 4:
            bytes.removeLast(bytes.count - min(bytes.count, at))
            return "truncate at byte \(at)"
        default:
            let token = random.pick(MutationTokens.bytes) ?? [0]
            for _ in 0..<random.within(1...16) {
                let index = random.below(bytes.count + 1)
                bytes.insert(contentsOf: token, at: index)
            }
            return "scatter \(token)"
        }
    }

    // MARK: - Lines

    mutating func mutateLines(_ bytes: inout [UInt8]) -> String {
        var lines = Self.lines(bytes)
        let at = random.below(lines.count)
        let description: String
        switch random.below(7) {
        case 0:
            lines.remove(at: at)
            description = "delete line \(at + 1)"
        case 1:
            let copies = random.chance(20) ? random.within(50...400) : random.within(1...4)
            lines.insert(contentsOf: Array(repeating: lines[at], count: copies), at: at)
            description = "duplicate line \(at + 1) ×\(copies)"
        case 2:
            let other = random.below(lines.count)
            lines.swapAt(at, other)
            description = "swap lines \(at + 1) and \(other + 1)"
        case 3:
            let line = random.pick(MutationTokens.lines) ?? ""
            lines.insert(Array(line.utf8), at: at)
            description = "insert line \(line.debugDescription) at \(at + 1)"
        case 4 where at + 1 < lines.count:
            lines[at] += [0x20] + lines.remove(at: at + 1)
            description = "join lines \(at + 1) and \(at + 2)"
        case 5:
            let date = random.pick(MutationTokens.dates) ?? ""
            let line = random.pick(["**Date:** ", "Date: ", "- ", "| ", "## ", "detected: ", ""]) ?? ""
            lines.insert(Array((line + date).utf8), at: at)
            description = "insert date \((line + date).debugDescription) at \(at + 1)"
        default:
            let line = lines[at]
            let cut = random.below(line.count + 1)
            lines.replaceSubrange(at...at, with: [Array(line[..<cut]), Array(line[cut...])])
            description = "split line \(at + 1) at column \(cut + 1)"
        }
        bytes = Self.joined(lines)
        return description
    }

    // MARK: - Tables

    mutating func mutateTable(_ bytes: inout [UInt8]) -> String {
        var lines = Self.lines(bytes)
        let rows = lines.indices.filter { lines[$0].contains(UInt8(ascii: "|")) }
        guard let row = random.pick(rows) else {
            let header = random.pick(MutationTokens.lines.filter { $0.hasPrefix("| ") }) ?? "| a | b |"
            let columns = header.filter { $0 == "|" }.count - 1
            let table = [header, "|" + String(repeating: "---|", count: max(1, columns)), "| 1 | 2 | 3 |"]
            let at = random.below(lines.count + 1)
            lines.insert(contentsOf: table.map { Array($0.utf8) }, at: at)
            bytes = Self.joined(lines)
            return "insert table \(header.debugDescription) at line \(at + 1)"
        }
        var line = lines[row]
        let pipes = line.indices.filter { line[$0] == UInt8(ascii: "|") }
        let description: String
        switch random.below(6) {
        case 0:
            let at = random.pick(pipes) ?? 0
            line.insert(contentsOf: Array(" extra |".utf8), at: at + 1)
            description = "add a cell to line \(row + 1)"
        case 1:
            let at = random.pick(pipes) ?? 0
            line.remove(at: at)
            description = "remove a pipe from line \(row + 1)"
        case 2:
            let count = random.within(2...200)
            line += Array(String(repeating: " x |", count: count).utf8)
            description = "append \(count) cells to line \(row + 1)"
        case 3:
            lines.insert(Array("|---|---|---|".utf8), at: row + 1)
            description = "insert a delimiter row after line \(row + 1)"
        case 4:
            let at = random.pick(pipes) ?? 0
            lines.insert(Array(line[(at + 1)...]), at: row + 1)
            line = Array(line[...at])
            description = "break line \(row + 1) in two"
        default:
            line = line.map { $0 == UInt8(ascii: "|") ? UInt8(ascii: "\t") : $0 }
            description = "tabs for pipes in line \(row + 1)"
        }
        lines[row] = line
        bytes = Self.joined(lines)
        return description
    }

    // MARK: - Front matter

    mutating func mutateFrontMatter(_ bytes: inout [UInt8]) -> String {
        var lines = Self.lines(bytes)
        let fence = lines.first.map { String(decoding: $0, as: UTF8.self) }
        if fence == "---" || fence == "+++", random.chance(30) {
            if let close = lines.dropFirst().firstIndex(of: lines[0]) {
                lines.remove(at: close)
                bytes = Self.joined(lines)
                return "remove the closing front-matter fence"
            }
        }
        let toml = random.chance(25)
        var block: [String] = [toml ? "+++" : "---"]
        for _ in 0..<random.within(1...6) {
            let key = random.pick(MutationTokens.frontMatterKeys) ?? "title"
            let value =
                random.chance(30)
                ? (random.pick(MutationTokens.dates) ?? "") : (random.pick(MutationTokens.yamlValues) ?? "")
            block.append(toml ? "\(key) = \(value)" : "\(key): \(value)")
        }
        if random.chance(15) {
            block.append(toml ? "long = \"" : "long: \"")
            block[block.count - 1] += String(repeating: "é word ", count: random.within(100...3000)) + "\""
        }
        block.append(block[0])
        if fence == "---" || fence == "+++", let close = lines.dropFirst().firstIndex(of: lines[0]) {
            lines.removeSubrange(0...close)
        }
        lines.insert(contentsOf: block.map { Array($0.utf8) }, at: 0)
        bytes = Self.joined(lines)
        return "front matter: " + block.joined(separator: "\\n").prefix(200)
    }

    // MARK: - Splicing and nesting

    mutating func splice(_ bytes: inout [UInt8]) -> String {
        let otherIndex = random.below(seeds.count)
        let other = Self.lines(seeds[otherIndex])
        let start = random.below(other.count)
        let end = min(other.count, start + random.within(1...40))
        var lines = Self.lines(bytes)
        let at = random.below(lines.count + 1)
        lines.insert(contentsOf: other[start..<end], at: at)
        bytes = Self.joined(lines)
        return "splice lines \(start + 1)..<\(end + 1) of seed \(otherIndex) at line \(at + 1)"
    }

    mutating func nest(_ bytes: inout [UInt8]) -> String {
        var lines = Self.lines(bytes)
        let at = random.below(lines.count)
        let prefix = random.pick(["> ", "- ", "  ", "1. ", "> - ", "* "]) ?? "> "
        let depth = random.chance(10) ? random.within(100...3000) : random.within(1...12)
        let count = min(lines.count - at, random.within(1...10))
        for index in at..<(at + count) {
            lines[index] = Array(String(repeating: prefix, count: depth).utf8) + lines[index]
        }
        bytes = Self.joined(lines)
        return "nest lines \(at + 1)..<\(at + count + 1) under \(prefix.debugDescription) ×\(depth)"
    }

    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [0x0A]))
    }
}
