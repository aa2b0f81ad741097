import PostmortemKit

/// What one incident brings to the site's knowledge views and lists, besides its own pages:
/// its facts and overview, metrics, lesson statements, action items, volume mappings and
/// the catalog names its text mentions. Kept between publishes (``SiteDataCache``) under the
/// incident's revision, so a re-publish reads from the store only the incidents that changed.
struct IncidentInputs: Codable, Equatable, Sendable {
    var revision: String
    var facts: IncidentFacts
    var overview: IncidentOverview
    var metrics: IncidentMetrics?
    /// Its lessons, then its troubleshooting entries with a fix, in position order.
    var statements: [LessonStatement]
    var actions: [ActionBoard.Item]
    var volumes: [VolumeMapping]
    /// The service catalog's searchable names its indexed text holds, sorted.
    var mentions: [String]
    /// Its text in the search index (`SearchIndex.text(summary:statements:)`).
    var searchText: String

    /// The inputs of a whole incident read from the store; `mentions` come from the
    /// store's full-text index.
    init(_ incident: Incident, revision: String, mentions: [String]) {
        self.revision = revision
        facts = IncidentFacts(incident)
        overview = IncidentOverview(incident)
        metrics = IncidentMetrics(incident)
        statements = LessonStatement.statements(of: incident)
        actions = ActionBoard.Item.items(of: incident)
        volumes = incident.volumeMappings
        self.mentions = mentions.sorted()
        searchText = SearchIndex.text(summary: overview.summary, statements: statements)
    }

    init(
        revision: String, facts: IncidentFacts, overview: IncidentOverview, metrics: IncidentMetrics?,
        statements: [LessonStatement], actions: [ActionBoard.Item], volumes: [VolumeMapping], mentions: [String],
        searchText: String
    ) {
        self.revision = revision
        self.facts = facts
        self.overview = overview
        self.metrics = metrics
        self.statements = statements
        self.actions = actions
        self.volumes = volumes
        self.mentions = mentions.sorted()
        self.searchText = searchText
    }
}
