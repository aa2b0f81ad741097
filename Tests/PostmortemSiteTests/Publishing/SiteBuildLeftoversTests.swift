import Foundation
import Testing

@testable import PostmortemSite

/// What a publish finds beside its output folder after earlier publishes were killed.
struct SiteBuildLeftoversTests {
    func makeFolder(_ url: URL, file: String) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(file.utf8).write(to: url.appendingPathComponent(file))
    }

    @Test func scratchFoldersBesideASiteAreRemovedAndNothingElse() throws {
        let folder = try ScratchFolder()
        let output = folder.path("site")
        try makeFolder(output, file: "current.txt")
        try makeFolder(folder.path(".site.pm-staging-12-abcd"), file: "half.txt")
        try makeFolder(folder.path(".site.pm-previous-13-ef01"), file: "old.txt")
        try makeFolder(folder.path(".other.pm-staging-14-2345"), file: "theirs.txt")
        try makeFolder(folder.path("site.pm-staging-notes"), file: "mine.txt")

        SiteBuild.removeLeftovers(beside: output)

        #expect(
            SiteFixtures.entries(in: folder.url) == [
                ".other.pm-staging-14-2345", ".other.pm-staging-14-2345/theirs.txt", "site", "site.pm-staging-notes",
                "site.pm-staging-notes/mine.txt", "site/current.txt",
            ])
    }

    /// Where folders cannot be exchanged, the swap renames the old site aside, then the new
    /// one in: a kill between the two leaves no site, the old one parked.
    @Test func aSiteParkedByAKilledSwapIsPutBack() throws {
        let folder = try ScratchFolder()
        let output = folder.path("site")
        try makeFolder(folder.path(".site.pm-previous-12-abcd"), file: "old.txt")
        try makeFolder(folder.path(".site.pm-staging-12-abcd"), file: "new.txt")

        SiteBuild.removeLeftovers(beside: output)

        #expect(SiteFixtures.entries(in: folder.url) == ["site", "site/old.txt"])
    }
}
