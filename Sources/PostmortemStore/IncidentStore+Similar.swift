import PostmortemKit

extension IncidentStore {
    /// How much a shared service raises an incident's score among similar incidents.
    static let sharedServiceBoost = 2.0

    /// The stored incidents most like a new one, best first: "have we seen this before?"
    ///
    /// The words of `title` (without stop words such as "the" or "on", numbers, and words
    /// every post-mortem has, such as "incident" or "outage") and the names of `services`
    /// are searched as one any-word query (`IncidentStore.search(_:)`, ranked by BM25 over
    /// every indexed part); an incident that touched one of `services` scores twice as
    /// high. `excluded` (the new incident itself) is left out.
    ///
    /// - Returns: at most `limit` results (default 5); none when the title has no words
    ///   worth searching and no service is given.
    public func similarIncidents(
        toTitle title: String, services: [ServiceName], excluding excluded: IncidentID? = nil, limit: Int = 5
    ) throws -> [SearchResult] {
        let expression = SimilarityTerms(title: title, services: services).anyTermExpression
        guard limit > 0, !expression.isEmpty else { return [] }
        // Enough candidates that the service boost can lift one from below the first `limit`.
        let candidates = limit * 4 + 1
        var best: [IncidentID: SearchResult] = [:]
        let plain = try search(SearchQuery(expression, raw: true, limit: candidates, highlight: .plain))
        for result in plain.results where result.id != excluded {
            best[result.id] = result
        }
        for service in services {
            let sharing = try search(
                SearchQuery(expression, raw: true, service: service, limit: candidates, highlight: .plain))
            for var result in sharing.results where result.id != excluded {
                result.score *= Self.sharedServiceBoost
                if result.score > best[result.id]?.score ?? -.infinity { best[result.id] = result }
            }
        }
        let ranked = best.values.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
        return Array(ranked.prefix(limit))
    }
}

/// The words a similarity search looks for: a title's content words (as `ContentWords`
/// reads them: no stop words of English, French or German, no one-letter words), without
/// numbers and the words every post-mortem title uses, and the names of the services, each once.
struct SimilarityTerms: Hashable, Sendable {
    var words: [String]

    init(title: String, services: [ServiceName]) {
        var words: [String] = []
        var seen: Set<String> = []
        let titleWords = title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for word in titleWords {
            let key = word.lowercased()
            guard !ContentWords(word).isEmpty, !Self.genericWords.contains(key), !key.allSatisfy(\.isNumber) else {
                continue
            }
            if seen.insert(key).inserted { words.append(word) }
        }
        for service in services {
            let name = service.rawValue.trimmingSpaces()
            guard name.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            if seen.insert(name.lowercased()).inserted { words.append(name) }
        }
        self.words = words
    }

    /// The words as an FTS5 expression matching any of them: each one a quoted string, so
    /// nothing in a title is FTS5 syntax. Empty when there are no words.
    var anyTermExpression: String {
        SearchTerms(terms: words.prefix(SearchTerms.maximumCount).map { SearchTerm(text: $0, shape: .word) })
            .anyTermExpression
    }

    /// Words every post-mortem title uses, left out beside the stop words and one-letter
    /// words that `ContentWords` leaves out.
    static let genericWords: Set<String> = [
        "incident", "incidents", "outage", "outages", "postmortem", "post", "mortem", "pm", "issue", "problem",
    ]
}
