import Foundation
import PostmortemKit

/// How to publish.
public struct PublishOptions: Sendable {
    /// The folder the site goes to; replaced whole by each publish.
    public var output: URL
    /// The date the site says it was published on (footer, feed). Nil (the default) writes
    /// no build date at all, so publishing twice gives the same bytes.
    public var date: Timestamp?
    /// Whether pages are rendered by the compiled templates when the theme allows (default),
    /// or always by swift-mustache (the tests compare the two).
    var compilesTemplates = true
    /// Whether incidents whose revision is unchanged are taken from the cache beside the
    /// store (``SiteDataCache``) rather than read again (default); the tests compare the two.
    var usesInputCache = true
    /// How many keyed items a page needs for its fragments to be kept beside the store
    /// (``PageFragments``), when the cache is used; the tests lower it to reach the pages
    /// of a small knowledge base.
    var fragmentThreshold = 100

    public init(output: URL, date: Timestamp? = nil) {
        self.output = output
        self.date = date
    }
}
