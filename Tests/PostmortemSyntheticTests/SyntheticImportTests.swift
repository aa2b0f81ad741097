import PostmortemKit
import PostmortemMarkdown
import PostmortemSynthetic
import Testing

/// Every synthetic document imports, through the same entry point `pm import` uses, into
/// what the generator knows it wrote.
@Suite struct SyntheticImportTests {
    @Test(arguments: 0..<50)
    func importsWhatWasWritten(index: Int) throws {
        let document = SyntheticCorpus(seed: 2026).document(at: index)
        let imported = LegacyImporter().importDocument(bytes: document.bytes, path: document.name)
        #expect(imported.failure == nil)
        let incident = try #require(imported.incidents.count == 1 ? imported.incidents.first : nil)
        let facts = document.facts
        #expect(incident.title == facts.title)
        #expect(incident.date == facts.date)
        #expect(incident.kind == (facts.kind == .runbook ? .runbook : .incident))
        if facts.kind == .incident {
            #expect(incident.severity != nil)
            #expect(incident.status != nil)
            #expect(!incident.authors.isEmpty)
        }

        // Every form the generator writes is one the importer reads, exactly.
        #expect(incident.timeline.count == facts.timeline.count, "\(String(describing: facts.timelineForm))")
        #expect(
            incident.actionItems.count == facts.actionItems.count, "\(String(describing: facts.actionItemForm))")

        // Nothing is lost: every event and action text is somewhere in the incident.
        let kept = Self.text(of: incident)
        for event in facts.timeline { #expect(kept.contains(event.text), "lost event: \(event.text)") }
        for action in facts.actionItems { #expect(kept.contains(action.text), "lost action: \(action.text)") }
    }

    /// The model fields that hold document text, and the verbatim sections, in one string.
    static func text(of incident: Incident) -> String {
        var parts = incident.sections.map(\.markdown)
        parts += incident.timeline.map(\.event)
        parts += incident.timeline.flatMap { $0.extra.map(\.value) }
        parts += incident.actionItems.map(\.text)
        parts += incident.lessons.map(\.text)
        parts += [incident.summary, incident.rootCause].compactMap { $0 }
        return parts.joined(separator: "\n")
    }
}
