import PostmortemKit

/// What an incident's page shows that does not come from the incident itself: its times
/// as the knowledge views compute them, related incidents, and where names link to.
///
/// Its ``digest`` goes into the page's input key, so a page is made again when any of it
/// changes even though the incident did not.
struct IncidentCrossData: Sendable {
    /// A failure mode as the taxonomy names it.
    struct Mode: Sendable {
        var name: String
        var category: String
        var path: SitePath
    }

    /// A related incident with where its page is.
    struct Related: Sendable {
        var incident: RelatedIncident
        var path: SitePath
    }

    var metrics: IncidentMetrics?
    var related: [Related]
    /// By mode id, for every mode the incident shows.
    var modes: [FailureModeID: Mode]
    /// Service pages by the names the incident declares (names with no page are absent).
    var servicePaths: [String: SitePath]
    /// Tag pages by tag.
    var tagPaths: [String: SitePath]
    var severityPath: SitePath
    var yearPath: SitePath
    var markdownPath: SitePath

    /// A text that changes whenever anything above does.
    var digest: String {
        var parts: [String] = []
        if let metrics {
            parts.append(
                [metrics.started, metrics.detected, metrics.resolved].map { $0?.description ?? "-" }.joined(
                    separator: ",")
                    + ",\(metrics.timeToDetect ?? -1),\(metrics.timeToResolve ?? -1)")
        }
        for entry in related {
            let value = entry.incident
            parts.append(
                "r:\(value.id)|\(value.title)|\(value.date?.description ?? "")|\(value.score)|"
                    + value.failureModes.map(\.rawValue).joined(separator: ",") + "|"
                    + value.services.joined(separator: ",")
                    + "|" + value.resources.joined(separator: ",") + "|" + value.words.joined(separator: ",")
                    + "|\(value.textScore)|\(entry.path)")
        }
        for (id, mode) in modes.sorted(by: { $0.key < $1.key }) {
            parts.append("m:\(id)|\(mode.name)|\(mode.category)|\(mode.path)")
        }
        for (name, path) in servicePaths.sorted(by: { $0.key < $1.key }) { parts.append("s:\(name)|\(path)") }
        for (tag, path) in tagPaths.sorted(by: { $0.key < $1.key }) { parts.append("t:\(tag)|\(path)") }
        parts.append("p:\(severityPath)|\(yearPath)|\(markdownPath)")
        return parts.joined(separator: "\n")
    }
}
