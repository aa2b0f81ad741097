/// How much another incident's text resembles an incident's: what the store's full-text
/// index found for the incident's most characteristic words.
public struct TextSimilarity: Hashable, Sendable, Codable {
    /// The full-text relevance (BM25, summed over the incident's matching parts); only
    /// comparable within one search.
    public var score: Double
    /// The characteristic words the other incident holds, as searched (folded).
    public var words: [String]

    public init(score: Double, words: [String]) {
        self.score = score
        self.words = words
    }
}

/// An incident related to another, with what relates them.
///
/// Encodes as `{"id", "title", "date", "score", "failureModes", "services", "resources",
/// "words", "textScore"}`.
public struct RelatedIncident: Hashable, Sendable, Encodable {
    public var id: IncidentID
    public var title: String
    public var date: Day?
    /// The sum of the parts below, each weighted (see `RelatedIncidents`), rounded to 0.01.
    public var score: Double
    /// Failure modes both show.
    public var failureModes: [FailureModeID]
    /// Services both touched (by the names the service index shows).
    public var services: [String]
    /// Volumes and claims both touched.
    public var resources: [String]
    /// Characteristic words of the incident the other holds.
    public var words: [String]
    /// The text part of the score, 0 to `RelatedIncidents.textWeight`.
    public var textScore: Double

    public init(
        id: IncidentID, title: String, date: Day?, score: Double, failureModes: [FailureModeID] = [],
        services: [String] = [], resources: [String] = [], words: [String] = [], textScore: Double = 0
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.score = score
        self.failureModes = failureModes
        self.services = services
        self.resources = resources
        self.words = words
        self.textScore = textScore
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, score, failureModes, services, resources, words, textScore
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(score, forKey: .score)
        try c.encode(failureModes, forKey: .failureModes)
        try c.encode(services, forKey: .services)
        try c.encode(resources, forKey: .resources)
        try c.encode(words, forKey: .words)
        try c.encode(textScore, forKey: .textScore)
    }
}

/// Ranks the incidents related to one, with the score explained.
///
/// The score adds, for the other incident:
/// - `failureModeWeight` (3) for each failure mode both show;
/// - `serviceWeight` (2) for each service both touched by name or through a volume (text
///   mentions are left to the text part, or a service every post-mortem mentions would
///   relate them all);
/// - `resourceWeight` (1) for each volume or claim both touched, at most 3 counted;
/// - up to `textWeight` (2) for text: its `TextSimilarity` score over the best such score
///   among all candidates.
///
/// Only incidents scoring above zero are related; the best come first, ties newest first.
public enum RelatedIncidents {
    /// Every service's and resource's display name by its key (`kind:key`), and the
    /// resources (volumes, claims…) each incident touched, by key.
    static func resourceKeys(
        of services: ServiceIndex
    ) -> (names: [String: String], resources: [IncidentID: Set<String>]) {
        var names: [String: String] = [:]
        var resources: [IncidentID: Set<String>] = [:]
        for entry in services.services {
            names[entry.kind.rawValue + ":" + entry.key] = entry.name
            guard entry.kind != .service else { continue }
            for touch in entry.touches {
                resources[touch.incident, default: []].insert(entry.kind.rawValue + ":" + entry.key)
            }
        }
        return (names, resources)
    }

    public static let failureModeWeight = 3.0
    public static let serviceWeight = 2.0
    public static let resourceWeight = 1.0
    /// At most this many shared resources count.
    public static let resourcesCounted = 3
    public static let textWeight = 2.0

    /// The incidents related to `target`, best first, at most `limit`.
    ///
    /// - Parameters:
    ///   - target: the incident to relate others to.
    ///   - incidents: every incident's facts (the target's among them).
    ///   - services: the knowledge base's service index (what each incident touched).
    ///   - text: text similarity to the target, by incident (the target's own is ignored).
    public static func rank(
        _ target: IncidentID, incidents: [IncidentFacts], services: ServiceIndex,
        text: [IncidentID: TextSimilarity] = [:], limit: Int = 10
    ) -> [RelatedIncident] {
        guard let subject = incidents.first(where: { $0.id == target }) else { return [] }
        let named = services.serviceKeys(via: [.declared, .volume])
        let (names, resources) = resourceKeys(of: services)
        let subjectServices = named[target] ?? []
        let subjectResources = resources[target] ?? []
        let bestText = text.filter { $0.key != target }.values.map(\.score).max() ?? 0

        var related: [(RelatedIncident, IncidentFacts)] = []
        for other in incidents where other.id != target {
            let modes = subject.failureModes.filter(other.failureModes.contains)
            let shared = subjectServices.intersection(named[other.id] ?? []).compactMap { names["service:" + $0] }
                .sorted { $0.lowercased() < $1.lowercased() }
            let sharedResources = subjectResources.intersection(resources[other.id] ?? []).compactMap { names[$0] }
                .sorted()
            let similarity = text[other.id]
            let textScore =
                bestText > 0 ? textWeight * max(0, similarity?.score ?? 0) / bestText : 0
            var score = Double(modes.count) * failureModeWeight + Double(shared.count) * serviceWeight
            score += Double(min(resourcesCounted, sharedResources.count)) * resourceWeight + textScore
            guard score > 0 else { continue }
            related.append(
                (
                    RelatedIncident(
                        id: other.id, title: other.title, date: other.date, score: (score * 100).rounded() / 100,
                        failureModes: modes, services: shared, resources: sharedResources,
                        words: similarity?.words ?? [], textScore: (textScore * 100).rounded() / 100),
                    other
                ))
        }
        return related.sorted { a, b in
            a.0.score != b.0.score ? a.0.score > b.0.score : IncidentFacts.listOrder(a.1, b.1)
        }
        .prefix(max(0, limit)).map(\.0)
    }

    /// The words of `incident` worth searching for others like it, with how often it uses
    /// each: the folded words of its title, summary, root cause, contributing factors, whys,
    /// lessons and troubleshooting entries, without function words, numbers or words under
    /// three letters; most used first, then in order of first appearance. The store weighs
    /// them by their rarity in the knowledge base and keeps the best.
    public static func characteristicWords(of incident: Incident) -> [WordCount] {
        var texts = [incident.title, incident.summary ?? "", incident.rootCause ?? ""]
        texts += incident.contributingFactors
        texts += incident.whys.flatMap { [$0.question, $0.answer] }
        texts += incident.lessons.map(\.text)
        texts += incident.troubleshooting.flatMap { [$0.symptom, $0.cause, $0.fix] }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for text in texts {
            for word in TextScanner.words(in: text)
            where word.count >= 3 && !ContentWords.stopWords.contains(word) && !word.allSatisfy(\.isNumber) {
                if counts[word] == nil { order.append(word) }
                counts[word, default: 0] += 1
            }
        }
        return order.enumerated().sorted { a, b in
            let (x, y) = (counts[a.element] ?? 0, counts[b.element] ?? 0)
            return x != y ? x > y : a.offset < b.offset
        }
        .map { WordCount(word: $0.element, count: counts[$0.element] ?? 0) }
    }

    /// A word and how many times a text uses it.
    public struct WordCount: Hashable, Sendable {
        public var word: String
        public var count: Int

        public init(word: String, count: Int) {
            self.word = word
            self.count = count
        }
    }
}
