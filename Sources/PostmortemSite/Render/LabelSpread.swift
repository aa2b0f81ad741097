/// Places labels along one axis so that none overlaps the next: each label wants a position
/// (its point's), labels that would collide are gathered into a cluster spaced `pitch`
/// apart and centred on the positions its members want, and clusters that then collide
/// merge, until none does. Deterministic, and no label moves further than its cluster needs.
enum LabelSpread {
    /// The positions for labels wanting `wanted` (in ascending order), each at least `pitch`
    /// after the one before and none before `minimum`.
    static func positions(wanted: [Double], pitch: Double, minimum: Double) -> [Double] {
        struct Cluster {
            var count: Int
            var wantedSum: Double
            var first: Double
        }
        var clusters: [Cluster] = []
        for position in wanted {
            clusters.append(Cluster(count: 1, wantedSum: position, first: max(minimum, position)))
            while clusters.count >= 2 {
                let last = clusters[clusters.count - 1]
                let previous = clusters[clusters.count - 2]
                guard previous.first + Double(previous.count) * pitch > last.first else { break }
                let count = previous.count + last.count
                let wantedSum = previous.wantedSum + last.wantedSum
                let centred = wantedSum / Double(count) - Double(count - 1) * pitch / 2
                clusters.removeLast(2)
                clusters.append(Cluster(count: count, wantedSum: wantedSum, first: max(minimum, centred)))
            }
        }
        return clusters.flatMap { cluster in
            (0..<cluster.count).map { cluster.first + Double($0) * pitch }
        }
    }
}
