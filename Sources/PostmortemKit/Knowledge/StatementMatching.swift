/// Tells when sentences written in different incidents say the same thing ("Always bump
/// the backup path version when recreating a CNPG cluster" and "Bump `serverName` to next
/// version (e.g. `-v1` → `-v2`)"), and groups them.
///
/// Two statements match when their `ContentWords` are equal, or when they share at least
/// `minimumSharedWords` words making up at least `minimumContainment` of the smaller one's
/// words (a short statement said again inside a longer one). Statements with fewer content
/// words than that match only when equal; statements with no content words at all match
/// nothing but themselves, by their folded text.
public enum StatementMatching {
    /// Words two statements must share to match, unless their words are equal. 3.
    public static let minimumSharedWords = 3
    /// The part of the smaller statement's words the other must hold. 0.6.
    public static let minimumContainment = 0.6

    /// Whether `a` and `b` say the same thing.
    public static func matches(_ a: ContentWords, _ b: ContentWords) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        if a == b { return true }
        let shared = a.overlap(with: b)
        return shared >= requiredOverlap(smaller: min(a.count, b.count))
    }

    /// The overlap two statements need when the smaller has `smaller` words.
    static func requiredOverlap(smaller: Int) -> Int {
        let byShare = Int((minimumContainment * Double(smaller)).rounded(.up))
        return max(minimumSharedWords, byShare)
    }

    /// Groups `texts` into clusters of statements that match.
    ///
    /// Every cluster is anchored on one statement, its smallest (fewest content words, then
    /// first in word order); each other statement joins the cluster whose anchor it matches
    /// best (highest containment, then the earliest cluster), or starts its own. Anchoring,
    /// rather than chaining matches, keeps a cluster from drifting: A matching B and B
    /// matching C does not put A and C together unless one of them is the anchor.
    ///
    /// Runs in close to linear time: equal word sets are grouped through a hash table, and
    /// an anchor is only compared with statements that hold one of its rarest words (a
    /// prefix filter: an anchor of n words that must share k of them with a statement
    /// shares one of its n − k + 1 rarest).
    ///
    /// - Returns: the clusters as indices into `texts`, each in ascending order, the
    ///   clusters ordered by their first index.
    public static func clusters(of texts: [String]) -> [[Int]] {
        clustersAndTextGroups(of: texts).clusters
    }

    /// `clusters(of:)`, and for each text the number of its group of equal texts (numbered
    /// from 0 in order of first appearance; a group lies within one cluster).
    static func clustersAndTextGroups(of texts: [String]) -> (clusters: [[Int]], textGroups: [Int]) {
        // Equal texts are read once: a large knowledge base repeats its lessons word for word.
        var textNumber: [String: Int] = [:]
        var distinct: [String] = []
        var textGroups: [Int] = []
        textGroups.reserveCapacity(texts.count)
        for text in texts {
            if let number = textNumber[text] {
                textGroups.append(number)
            } else {
                textNumber[text] = distinct.count
                textGroups.append(distinct.count)
                distinct.append(text)
            }
        }
        return (clusters(ofDistinct: distinct, statements: textGroups), textGroups)
    }

    /// `clusters(of:)` of statements given as numbers into `texts`, a list of distinct texts
    /// numbered in order of first appearance among the statements (each appears).
    static func clusters(ofDistinct texts: [String], statements: [Int]) -> [[Int]] {
        let (clusterOfText, count) = clusterNumbers(ofDistinct: texts)
        // Statements ascend, so each cluster's members do too.
        var members = [[Int]](repeating: [], count: count)
        for (index, text) in statements.enumerated() { members[clusterOfText[text]].append(index) }
        return members.filter { !$0.isEmpty }
    }

    /// The cluster of each of `texts`, distinct texts in order of first appearance among
    /// the statements, with clusters numbered as `clusters(of:)` orders them (by their first
    /// statement), and how many clusters there are.
    static func clusterNumbers(ofDistinct texts: [String]) -> (clusterOfText: [Int], count: Int) {
        var wordGroupOfText: [Int] = []
        wordGroupOfText.reserveCapacity(texts.count)
        var groups: [ContentWords] = []
        var groupOfWords: [ContentWords: Int] = [:]
        var groupOfFolded: [String: Int] = [:]
        for text in texts {
            let words = ContentWords(text)
            let group: Int
            if words.isEmpty {
                let folded = TextScanner.words(in: text).joined(separator: " ")
                group = groupOfFolded[folded] ?? groups.count
                groupOfFolded[folded] = group
            } else {
                group = groupOfWords[words] ?? groups.count
                groupOfWords[words] = group
            }
            if group == groups.count { groups.append(words) }
            wordGroupOfText.append(group)
        }
        let (clusterOfGroup, count) = clusters(groups)
        // A cluster's first statement states the first of its texts: number clusters in
        // the order of their first texts.
        var renumbered = [Int](repeating: -1, count: count)
        var next = 0
        let clusterOfText = wordGroupOfText.map { group in
            let cluster = clusterOfGroup[group]
            if renumbered[cluster] < 0 {
                renumbered[cluster] = next
                next += 1
            }
            return renumbered[cluster]
        }
        return (clusterOfText, next)
    }

    /// Clusters groups of statements with equal content words (or, without content words,
    /// equal folded text), in order of first appearance: each group's cluster, and how many
    /// clusters there are.
    private static func clusters(_ groups: [ContentWords]) -> (clusterOfGroup: [Int], count: Int) {
        // How many groups hold each word: rarest words first in every prefix.
        var frequency: [String: Int] = [:]
        for group in groups {
            for word in group.words { frequency[word, default: 0] += 1 }
        }
        func rarestFirst(_ set: ContentWords) -> [String] {
            set.words.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }
        }

        // Smallest first, each group joins the anchor it matches best or becomes one.
        let order = groups.indices.sorted { a, b in
            let (x, y) = (groups[a], groups[b])
            return x.count != y.count ? x.count < y.count : x < y
        }
        var anchors: [Int] = []  // group index of each cluster's anchor
        var clusterOf = [Int](repeating: -1, count: groups.count)
        var anchorsByWord: [String: [Int]] = [:]  // word → clusters whose anchor's prefix holds it
        for group in order {
            let set = groups[group]
            var best: (cluster: Int, containment: Double)?
            if set.count >= minimumSharedWords {
                var seen = Set<Int>()
                for word in set.words {
                    for cluster in anchorsByWord[word] ?? [] where seen.insert(cluster).inserted {
                        let anchor = groups[anchors[cluster]]
                        guard matches(anchor, set) else { continue }
                        let containment = anchor.containment(with: set)
                        if let current = best,
                            containment < current.containment
                                || (containment == current.containment && cluster > current.cluster)
                        {
                            continue
                        }
                        best = (cluster, containment)
                    }
                }
            }
            if let best {
                clusterOf[group] = best.cluster
                continue
            }
            clusterOf[group] = anchors.count
            if set.count >= minimumSharedWords {
                let prefix = set.count - requiredOverlap(smaller: set.count) + 1
                for word in rarestFirst(set).prefix(prefix) { anchorsByWord[word, default: []].append(anchors.count) }
            }
            anchors.append(group)
        }

        return (clusterOf, anchors.count)
    }
}
