import PostmortemKit

/// What an incident's page shows that does not come from the incident itself: its times
/// as the knowledge views compute them, related incidents, and where names link to.
///
/// Its ``key`` goes into the page's input key, so a page is made again when any of it
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

    /// A fingerprint that changes whenever anything above does (every value mixed in
    /// with its length or count, so no two different data give one sequence).
    var key: Fingerprint {
        var key = Fingerprint()
        key.mix(metrics != nil)
        if let metrics {
            for time in [metrics.started, metrics.detected, metrics.resolved] { key.mix(time) }
            key.mix(metrics.timeToDetect ?? -1)
            key.mix(metrics.timeToResolve ?? -1)
        }
        key.mix(related.count)
        for entry in related {
            let value = entry.incident
            key.mix(value.id.rawValue)
            key.mix(value.title)
            key.mix(value.date)
            key.mix(value.score.bitPattern)
            key.mix(value.failureModes.count)
            for mode in value.failureModes { key.mix(mode.rawValue) }
            for names in [value.services, value.resources, value.words] {
                key.mix(names.count)
                for name in names { key.mix(name) }
            }
            key.mix(value.textScore.bitPattern)
            key.mix(entry.path.rawValue)
        }
        key.mix(modes.count)
        for (id, mode) in modes.sorted(by: { $0.key < $1.key }) {
            key.mix(id.rawValue)
            key.mix(mode.name)
            key.mix(mode.category)
            key.mix(mode.path.rawValue)
        }
        for paths in [servicePaths, tagPaths] {
            key.mix(paths.count)
            for (name, path) in paths.sorted(by: { $0.key < $1.key }) {
                key.mix(name)
                key.mix(path.rawValue)
            }
        }
        key.mix(severityPath.rawValue)
        key.mix(yearPath.rawValue)
        key.mix(markdownPath.rawValue)
        return key
    }
}
