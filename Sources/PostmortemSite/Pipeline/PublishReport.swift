import Foundation

/// What a publish did.
public struct PublishReport: Equatable, Sendable {
    /// The output folder, as written to (symbolic links resolved).
    public var output: URL
    /// Files in the site, the manifest aside.
    public var files: Int
    /// HTML pages among them.
    public var pages: Int
    /// Files written anew.
    public var written: Int
    /// Files kept from the previous publish because nothing they are made from changed.
    public var unchanged: Int
    /// Things worth telling the user ("no sitemap.xml: pm.yml has no base_url").
    public var notes: [String]
    /// Incidents read from the store; the others' facts came from the cache of the previous
    /// publish because their revision did not change.
    public var incidentsRead: Int
    /// Incident pages kept on the cache's word that nothing they show changed, without
    /// their inputs being checked (see `Publisher`'s incremental publishing).
    public var incidentPagesTrusted = 0

    public init(
        output: URL, files: Int, pages: Int, written: Int, unchanged: Int, notes: [String], incidentsRead: Int = 0
    ) {
        self.output = output
        self.files = files
        self.pages = pages
        self.written = written
        self.unchanged = unchanged
        self.notes = notes
        self.incidentsRead = incidentsRead
    }
}
