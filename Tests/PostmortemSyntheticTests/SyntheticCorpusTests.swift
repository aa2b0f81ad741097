import PostmortemKit
import Testing

@testable import PostmortemSynthetic

@Suite struct SyntheticCorpusTests {
    @Test func sameSeedGivesIdenticalDocuments() {
        let first = SyntheticCorpus(seed: 7)
        let second = SyntheticCorpus(seed: 7)
        for index in 0..<50 {
            #expect(first.document(at: index) == second.document(at: index))
            #expect(first.document(at: index).bytes == second.document(at: index).bytes)
        }
    }

    @Test func anyDocumentCanBeMadeAlone() {
        let corpus = SyntheticCorpus(seed: 3)
        let streamed = Array(corpus.documents(count: 30))
        #expect(streamed.count == 30)
        #expect(corpus.document(at: 29) == streamed[29])
        #expect(corpus.document(at: 11) == streamed[11])
    }

    @Test func differentSeedsGiveDifferentDocuments() {
        let one = SyntheticCorpus(seed: 1)
        let two = SyntheticCorpus(seed: 2)
        for index in 0..<50 {
            #expect(one.document(at: index).text != two.document(at: index).text)
        }
        #expect(one.document(at: 0).text != one.document(at: 1).text)
    }

    /// The corpus a benchmark reports on must be the same from one pm version to the next:
    /// when the generator changes on purpose, update these fingerprints and say so.
    @Test func staysTheSameCorpusAcrossVersions() {
        let corpus = SyntheticCorpus(seed: 1)
        let fingerprint = (0..<20).map { StableHash.hex(bytes: corpus.document(at: $0).bytes) }.joined()
        #expect(StableHash.hex(bytes: Array(fingerprint.utf8)) == Self.corpusFingerprint)
    }

    static let corpusFingerprint = "bc7c514ee6ccae23"

    @Test func documentsAreFiveToEightKilobytes() {
        let corpus = SyntheticCorpus(seed: 11)
        let sizes = (0..<400).map { corpus.document(at: $0).bytes.count }
        #expect(
            sizes.allSatisfy { (5 * 1024...8 * 1024).contains($0) }, "sizes \(sizes.min() ?? 0)…\(sizes.max() ?? 0)")
    }

    @Test func fileNamesAreUniqueAndPlain() {
        let names = (0..<300).map { SyntheticCorpus(seed: 5).document(at: $0).name }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasSuffix(".md") && $0.allSatisfy { $0.isASCII && $0 != " " && $0 != "/" } })
        #expect(names[42].hasPrefix("00042-"))
    }

    @Test func dialectMixCoversEveryForm() {
        let facts = (0..<300).map { SyntheticCorpus(seed: 1).document(at: $0).facts }
        #expect(Set(facts.map(\.kind)) == Set(SyntheticFacts.Kind.allCases))
        #expect(Set(facts.map(\.metadataForm)) == Set(SyntheticFacts.MetadataForm.allCases))
        #expect(Set(facts.compactMap(\.timelineForm)) == Set(SyntheticFacts.TimelineForm.allCases))
        #expect(Set(facts.compactMap(\.actionItemForm)) == Set(SyntheticFacts.ActionItemForm.allCases))
        #expect(Set(facts.map(\.language)) == Set(SyntheticFacts.HeadingLanguage.allCases))
        #expect(Set(facts.map(\.scenario)).count == ScenarioCatalog.all.count + 1)
        #expect(facts.contains { $0.volumeMappings > 0 })
        let years = Set(facts.compactMap { $0.date?.year })
        #expect(years.count >= 8, "dates spread over years: \(years.sorted())")
        let runbooks = facts.filter { $0.kind == .runbook }.count
        #expect((3...30).contains(runbooks), "about one in twenty is a runbook: \(runbooks)")
    }

    /// Each form named in the facts is the one the text is written in.
    @Test func textIsWrittenInTheFormsItsFactsName() {
        let corpus = SyntheticCorpus(seed: 21)
        for index in 0..<120 {
            let document = corpus.document(at: index)
            let facts = document.facts
            let text = document.text
            switch facts.metadataForm {
            case .yamlFrontMatter: #expect(text.hasPrefix("---\n"), "\(document.name)")
            case .tomlFrontMatter: #expect(text.hasPrefix("+++\n"), "\(document.name)")
            case .boldLabels: #expect(text.hasPrefix("# ") && text.contains(":** "), "\(document.name)")
            }
            for event in facts.timeline {
                let line: String
                switch facts.timelineForm {
                case .table: line = "| \(event.time) | \(event.text)"
                case .dashBullets: line = "- \(event.time) UTC — \(event.text)"
                case .boldTimeParagraphs: line = "**\(event.time)** \(event.text)"
                case nil: line = "no timeline expected"
                }
                #expect(text.contains(line), "\(document.name): \(line)")
            }
            for action in facts.actionItems {
                let line =
                    facts.actionItemForm == .checkboxes
                    ? "- [\(action.done ? "x" : " ")] \(action.text) (\(action.owner))"
                    : "| \(action.text) | \(action.owner) |"
                #expect(text.contains(line), "\(document.name): \(line)")
            }
            #expect(text.contains(facts.title))
            if facts.kind == .incident {
                #expect(facts.whys == 5)
                #expect((7...12).contains(facts.timeline.count))
                #expect((3...6).contains(facts.actionItems.count))
                #expect(facts.timeline.map(\.time) == facts.timeline.map(\.time).sorted())
            } else {
                #expect(facts.timeline.isEmpty && facts.procedureSteps >= 8 && facts.troubleshootingEntries >= 4)
            }
        }
    }
}
