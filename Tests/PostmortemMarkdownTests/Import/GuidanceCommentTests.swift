import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Notes to the author (`<!-- … -->`, the guidance `pm new` writes) are not content.
@Suite struct GuidanceCommentTests {
    func incident(_ text: String) throws -> Incident {
        let document = LegacyImporter().importDocument(text: text, path: "draft.md")
        #expect(document.findings == [])
        return try #require(document.incidents.first)
    }

    @Test func headingsWithOnlyNotesAndTablesWithNoRowsImportAsNothing() throws {
        let text = """
            ---
            id: pm-guided0001
            title: Uploads lost
            status: draft
            ---

            # Uploads lost

            ## Summary

            <!-- Two or three sentences. -->

            ## Timeline

            <!-- One row per event.
            | Time | Event | Outcome |
            -->

            | Time | Event | Outcome |
            |---|---|---|

            ## Action Items

            | Action | Owner | Priority | Status | Due | Tracking |
            |---|---|---|---|---|---|
            |  |  |  |  |  |  |

            ## Lessons Learned

            <!-- Bullets below. -->

            ### What went well

            <!-- What helped. -->

            ## Volume Mappings

            | App | Volume | Size | Claim | Role | Data Range |
            |---|---|---|---|---|---|

            ## Supporting Information

            <!-- Links. --> <!-- More links. -->

            """
        let imported = try incident(text)
        var expected = Incident(
            id: "pm-guided0001", title: "Uploads lost", status: .draft,
            source: SourceInfo(
                path: "draft.md", contentHash: StableHash.hex(bytes: Array(text.utf8)), encoding: "utf-8"))
        expected.failureModes = LegacyImporter().classifier.failureModes(for: expected)
        #expect(imported == expected)
    }

    /// A report in the canonical shape but for its notes is read by the legacy rules,
    /// never with a note as its summary.
    @Test func aCanonicalReportWithNotesIsReadWithoutThem() throws {
        let text = """
            ---
            id: pm-guided0002
            title: Short one
            status: draft
            ---

            # Short one

            ## Summary

            <!-- Two or three sentences. -->

            ## Timeline

            | Time | Event | Outcome |
            |---|---|---|
            | 09:12 | Alert fired | ✅ |

            """
        let imported = try incident(text)
        #expect(imported.summary == nil)
        #expect(imported.timeline.map(\.event) == ["Alert fired"])
        #expect(imported.sections == [])
    }

    /// The one value the canonical format does not give back: prose that is nothing but a
    /// comment, which readers never see, is a note (docs/FORMAT.md, "Limits").
    @Test func proseThatIsOnlyACommentIsANoteAfterExport() throws {
        let written = Incident(
            id: "pm-guided0003", title: "Noted", summary: "Text.", rootCause: "<!-- only a note -->",
            lessons: [Lesson(text: "Kept.")])
        let imported = try incident(CanonicalWriter.markdown(for: written))
        #expect(imported.summary == "Text.")
        #expect(imported.rootCause == nil)
        #expect(imported.lessons == [Lesson(text: "Kept.")])
    }

    @Test func notesAmongContentGoAndTheContentStays() throws {
        let text = """
            # Disk full

            ## Summary

            <!-- Two or three sentences. -->

            The WAL volume filled up.

            ## Timeline

            <!-- One row per event. -->

            | Time | Event | Outcome |
            |---|---|---|
            | 09:12 | Alert fired | ✅ |

            ## Notes

            <!-- A note. --> <div>kept: not only a comment</div>

            <!-- Only a note. -->
            """
        let imported = try incident(text)
        #expect(imported.summary == "The WAL volume filled up.")
        #expect(imported.timeline.map(\.event) == ["Alert fired"])
        #expect(
            imported.sections == [
                Section(heading: "Notes", markdown: "<!-- A note. --> <div>kept: not only a comment</div>")
            ])
    }

    @Test(arguments: [
        ("<!-- guidance -->", true),
        ("<!-- one --> <!-- two -->", true),
        ("<!--\nseveral\nlines\n-->", true),
        ("<!-- note --> text after", false),
        ("<div>html</div>", false),
        ("<!-- never closed", false),
    ])
    func commentBlocks(html: String, isComment: Bool) throws {
        let document = MarkdownDocument(parsing: html + "\n")
        let block = try #require(document.root.children.first)
        #expect(block.isCommentBlock == isComment)
    }
}
