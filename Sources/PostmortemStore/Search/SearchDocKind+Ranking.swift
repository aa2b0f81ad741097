extension SearchDocKind {
    /// How much a match in this part counts, multiplying its BM25 score: titles and
    /// lessons most (2), then what explains a failure (root cause, whys, troubleshooting:
    /// 1.5), then the rest (1).
    var rankWeight: Double {
        switch self {
        case .title, .lesson: return 2
        case .rootCause, .why, .troubleshooting: return 1.5
        case .summary, .contributingFactor, .timeline, .action, .procedure, .section: return 1
        }
    }

    /// The part as a reader names it; a kept section is named by its own heading instead.
    public var sectionName: String {
        switch self {
        case .title: return "Title"
        case .summary: return "Summary"
        case .rootCause: return "Root cause"
        case .contributingFactor: return "Contributing factors"
        case .timeline: return "Timeline"
        case .why: return "5 whys"
        case .lesson: return "Lessons"
        case .action: return "Action items"
        case .procedure: return "Procedure"
        case .troubleshooting: return "Troubleshooting"
        case .section: return "Section"
        }
    }
}
