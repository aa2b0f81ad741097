import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

/// Bad input gets a clear per-file error or warning: never a crash, never a hang.
@Suite struct BadInputTests {
    let importer = LegacyImporter()

    func failure(_ bytes: [UInt8]) -> String? {
        importer.importDocument(bytes: bytes, path: "bad.md").failure
    }

    @Test func emptyFileIsAnError() throws {
        let message = try #require(failure([]))
        #expect(message.contains("empty"))
    }

    @Test func binaryFileIsAnError() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let message = try #require(failure(png))
        #expect(message.lowercased().contains("binary"))
    }

    @Test func fiftyMegabyteFileIsRefusedWithWhatToDo() throws {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let message = try #require(failure(big))
        #expect(message.contains("50.0 MiB"))
        #expect(message.contains("--max-size"))
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let bytes = Array("# Title\n\nok line\n".utf8) + [0x66, 0xC3, 0x28, 0xFF, 0x0A]
        let result = importer.importDocument(bytes: bytes, path: "bad.md")
        #expect(result.failure == nil)
        #expect(result.incidents.first?.title == "Title")
        #expect(result.findings.contains { $0.rule == "encoding-windows-1252" && $0.severity == .warning })
    }

    @Test func nulBytesAreReplacedAndReported() throws {
        let prose = String(repeating: "The disk filled up and the database stopped accepting writes. ", count: 20)
        let bytes = Array("# Title\n\n\(prose)\nbefore".utf8) + [0, 0] + Array(" after\n".utf8)
        let result = importer.importDocument(bytes: bytes, path: "nul.md")
        #expect(result.failure == nil)
        let incident = try #require(result.incidents.first)
        let text = incident.summary ?? ""
        #expect(text.contains("before") && text.contains("after") && !text.contains("\u{0}"))
        #expect(result.findings.contains { $0.rule.contains("nul") && $0.line == 4 })
    }

    @Test func tenThousandNestedListLevelsKeepTheirText() throws {
        // "- - - … text": every "- " opens a list one level deeper.
        let nested = String(repeating: "- ", count: 10_000) + "the innermost item"
        let quotes = String(repeating: "> ", count: 10_000) + "the innermost quote"
        let result = importer.importDocument(
            bytes: Array("# Deep\n\n## Notes\n\n\(nested)\n\n\(quotes)\n".utf8), path: "deep.md")
        let incident = try #require(result.incidents.first)
        let kept = incident.sections.map(\.markdown).joined()
        #expect(kept.contains("the innermost item") && kept.contains("the innermost quote"))
        #expect(result.findings.contains { $0.rule == "nesting-too-deep" })
    }

    @Test func tableWithTenThousandColumnsImports() throws {
        let header = "| " + (0..<10_000).map { "c\($0)" }.joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: "---|", count: 10_000)
        let row = "| " + (0..<10_000).map { "v\($0)" }.joined(separator: " | ") + " |"
        let result = importer.importDocument(
            text: "# Wide\n\n## Data\n\n\(header)\n\(rule)\n\(row)\n", path: "wide.md")
        let incident = try #require(result.incidents.first)
        let kept = incident.sections.map(\.markdown).joined()
        #expect(kept.contains("v9999"))
    }

    @Test func invalidYAMLFrontMatterWarnsAndKeepsItsText() throws {
        let text = "---\ntitle: [unclosed\nseverity: : :\n---\n# Real title\n\nBody.\n"
        let result = importer.importDocument(text: text, path: "yaml.md")
        let incident = try #require(result.incidents.first)
        #expect(incident.title == "Real title")
        let warning = try #require(result.findings.first { $0.rule == "front-matter-invalid" })
        #expect(warning.severity == .warning && warning.line >= 2)
        #expect(
            incident.sections.first == Section(heading: "Front matter", markdown: "title: [unclosed\nseverity: : :"))
    }

    @Test func billionLaughsFrontMatterIsRefusedQuickly() throws {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let result = importer.importDocument(text: "---\n\(yaml)---\n# Laughs\n", path: "laughs.md")
        #expect(result.incidents.first?.title == "Laughs")
        #expect(result.findings.contains { $0.rule == "front-matter-invalid" })
    }

    @Test func aLongLineOfLabelledSentencesImportsWhole() throws {
        // Splitting this line into sentences once cost quadratic time: minutes for 200 KB.
        let words = String(repeating: "word ", count: 40_000)
        let result = importer.importDocument(text: "# T\n\nDate: 2024-01-01. \(words). end\n", path: "long.md")
        let incident = try #require(result.incidents.first)
        #expect(incident.date == Day(iso: "2024-01-01"))
        #expect(incident.metadata == [Field(name: "Date", value: "2024-01-01. \(words). end")])
    }

    @Test func textRightAboveATableAnExtractorReadsIsKept() throws {
        let text = """
            Platform Wiki › Incidents
            Incident: DNS timeouts broke outbound calls
            Date: November 14th, 2019
            For roughly 70 minutes lookups timed out.
            | Time (UTC) | What happened |
            |---|---|
            | 13:40 | Campaign e-mail sent |

            ### What went wrong
            Nobody owned the add-ons.
            """
        let result = importer.importDocument(text: text, path: "wiki.md")
        let incident = try #require(result.incidents.first)
        #expect(incident.timeline.map(\.event) == ["Campaign e-mail sent"])
        #expect(incident.summary?.contains("For roughly 70 minutes lookups timed out.") == true)
        #expect(ImportAudit.lostWords(text: text, incidents: result.incidents) == [])
    }

    @Test func cellsPastATableHeaderAreKeptWithAWarning() throws {
        let text = """
            # Disk full

            ## Timeline

            | Time | Event |
            |---|---|
            | 09:45 | PVC expanded | | 09:50 | serverName bumped, Flux reconciled |
            | 10:00 | Back to normal |
            """
        let result = importer.importDocument(text: text, path: "cells.md")
        let incident = try #require(result.incidents.first)
        #expect(incident.timeline.map(\.event) == ["PVC expanded", "Back to normal"])
        #expect(
            incident.sections == [
                Section(
                    heading: "Table rows with more cells than their header",
                    markdown: "| 09:45 | PVC expanded | | 09:50 | serverName bumped, Flux reconciled |")
            ])
        #expect(result.findings.contains { $0.rule == "table-extra-cells" && $0.line == 7 })
    }

    @Test func theFrontMatterOfAnIncidentLogIsKeptWithItsFirstEntry() throws {
        let text = """
            ---
            owner: platform team
            ---
            # Ops log

            ## 2023-03-02 — Grafana logins broken

            LDAP bind failed.

            ## 2023-03-09 — Registry full

            Disk filled.
            """
        let result = importer.importDocument(text: text, path: "log.md")
        #expect(result.incidents.map(\.title) == ["Grafana logins broken", "Registry full"])
        #expect(
            result.incidents.first?.sections.first == Section(heading: "Front matter", markdown: "owner: platform team")
        )
        #expect(result.findings.contains { $0.rule == "front-matter-log" })
        #expect(ImportAudit.lostWords(text: text, incidents: result.incidents) == [])
    }

    @Test func aCopiedEntryOfAnIncidentLogIsAnIncidentOfItsOwn() throws {
        let entry = "## 2023-03-17 — node disk full\n\nImages filled the disk.\n\n"
        let text = "# Ops log\n\n" + entry + "## 2023-03-20 — registry down\n\nIt went down.\n\n" + entry
        let result = importer.importDocument(text: text, path: "log.md")
        let ids = result.incidents.map(\.id)
        #expect(result.incidents.map(\.title) == ["node disk full", "registry down", "node disk full"])
        #expect(Set(ids).count == 3)
        // The first of the two keeps the id it always had.
        #expect(ids[0] == IncidentID.derived(fromFingerprint: "log.md|2023-03-17|node disk full"))
    }

    @Test func anIncidentLogsIntroductionWithoutAHeadingIsKept() throws {
        let text = """
            - 14:12 apply removes the record

            Actions: a `prevent_destroy` lifecycle on records (owner Marco).

            ## 2023-03-17 — node disk full

            Three worker nodes evicted pods.

            ## 2023-03-28 — Kafka storm

            Consumers were slow.
            """
        let result = importer.importDocument(text: text, path: "log.md")
        #expect(result.incidents.map(\.title) == ["node disk full", "Kafka storm"])
        #expect(ImportAudit.lostWords(text: text, incidents: result.incidents) == [])
        // The introduction stands after the entry's own text, as a run of its own; its
        // "Actions:" paragraph becomes the entry's action item.
        let first = try #require(result.incidents.first)
        #expect(first.summary == "Three worker nodes evicted pods.\n\n- 14:12 apply removes the record")
        #expect(first.actionItems.map(\.text) == ["a `prevent_destroy` lifecycle on records"])
        #expect(first.actionItems.map(\.owner) == ["Marco"])
    }

    @Test func aVerticalTabInsideALabelledParagraphKeepsItsEnd() throws {
        let text =
            "# DNS runbook\n\n## Troubleshooting\n\n### External names fail\n\n"
            + "**Cause:** CoreDNS cannot reach its upstream (VPC reso\u{0B}lver or the corporate forwarders).\n\n"
            + "**Fix:** restore the egress rule for UDP/TCP 53.\n"
        let result = importer.importDocument(bytes: Array(text.utf8), path: "runbook.md")
        let entry = try #require(result.incidents.first?.troubleshooting.first)
        #expect(entry.cause == "CoreDNS cannot reach its upstream (VPC reso lver or the corporate forwarders).")
        #expect(entry.fix == "restore the egress rule for UDP/TCP 53.")
    }
}
