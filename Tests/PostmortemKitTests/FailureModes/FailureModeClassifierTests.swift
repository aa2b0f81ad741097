import Testing

@testable import PostmortemKit

@Suite struct FailureModeClassifierTests {
    static let taxonomy: Taxonomy = {
        do {
            return try Taxonomy(modes: [
                FailureMode(
                    id: "disk-full", name: "Disk full", category: .capacity,
                    patterns: [
                        FailureModePattern("disk full"), FailureModePattern("no space left on device"),
                        FailureModePattern("disk", weight: 0.3),
                    ]),
                FailureMode(
                    id: "dns-failure", name: "DNS failure", category: .dns,
                    patterns: [
                        FailureModePattern("dns", weight: 0.5), FailureModePattern("nxdomain"),
                        FailureModePattern("name resolution"),
                    ]),
                FailureMode(
                    id: "data-corruption", name: "Data corruption or loss", category: .data,
                    patterns: [FailureModePattern("data was lost"), FailureModePattern("data loss", weight: 0.7)],
                    negatives: ["full recovery"]),
                FailureMode(
                    id: "leaked-secret", name: "Leaked secret", category: .security,
                    patterns: [FailureModePattern("leaked", weight: 0.6), FailureModePattern("public repository")],
                    negatives: ["memory leak"]),
            ])
        } catch {
            return .empty
        }
    }()

    static let classifier = FailureModeClassifier(taxonomy: taxonomy)

    static func incident(
        rootCause: String? = nil, lessons: [Lesson] = [], sections: [Section] = [],
        failureModes: [FailureModeMatch] = []
    ) -> Incident {
        Incident(
            id: "pm-test", title: "Test incident", rootCause: rootCause, lessons: lessons, failureModes: failureModes,
            sections: sections)
    }

    @Test func scoresDistinctPhrasesAndQuotesTheBestSentence() {
        let found = Self.classifier.classify(
            Self.incident(rootCause: "The disk full alarm fired. Writes failed with No space left on device."))
        #expect(found == [FailureModeMatch(id: "disk-full", evidence: "The disk full alarm fired.", score: 0.86)])
    }

    @Test func aRepeatedPhraseCountsLessThanADistinctOne() {
        let repeated = Self.classifier.classify(text: "Disk full. Disk full again.")
        let distinct = Self.classifier.classify(text: "Disk full. No space left on device.")
        #expect(repeated.map(\.score) == [0.67])
        #expect(distinct.map(\.score) == [0.86])
    }

    @Test func theFieldAPhraseIsFoundInWeighsIn() {
        let wentWell = Self.incident(lessons: [Lesson(text: "The disk full alert fired on time.", kind: .wentWell)])
        let rootCause = Self.incident(rootCause: "The disk full alert fired on time.")
        #expect(Self.classifier.classify(wentWell) == [])
        let everything = FailureModeClassifier(taxonomy: Self.taxonomy, configuration: .init(threshold: 0))
        #expect(everything.classify(wentWell).map(\.score) == [0.26])
        #expect(everything.classify(rootCause).map(\.score) == [0.63])
        let reweighted = FailureModeClassifier(
            taxonomy: Self.taxonomy, configuration: .init(fieldWeights: [.lessonWentWell: 1]))
        #expect(reweighted.classify(wentWell).map(\.score) == [0.63])
    }

    @Test(arguments: [
        "No data was lost.",
        "Data loss: none.",
        "There was no data loss at all.",
        "We never saw data loss.",
        "Data loss averted thanks to a full recovery.",
        "The leak was a memory leak in the exporter, nothing leaked outside.",
        "dnsmasq restarted twice.",
        "the disk, full of old logs, was replaced",
        "A cooking recipe: whisk two eggs, add flour and bake for 20 minutes.",
    ])
    func findsNothingIn(text: String) {
        #expect(Self.classifier.classify(text: text) == [])
    }

    @Test(arguments: [
        ("Data was lost for two hours of writes.", "data-corruption"),
        ("The kube-dns pods returned NXDOMAIN.", "dns-failure"),
        ("The access key leaked into a public repository.", "leaked-secret"),
        ("NO SPACE LEFT ON DEVICE", "disk-full"),
    ])
    func findsTheModeIn(text: String, mode: FailureModeID) {
        #expect(Self.classifier.classify(text: text).map(\.id) == [mode])
    }

    @Test func sortsByScoreThenIdAndKeepsAtMostTheMaximum() {
        let text = "NXDOMAIN for every name resolution. The disk full alarm fired. The access key leaked."
        let all = Self.classifier.classify(text: text)
        #expect(all.map(\.id) == ["dns-failure", "disk-full", "leaked-secret"])
        #expect(all.map(\.score) == [0.86, 0.63, 0.45])
        let one = FailureModeClassifier(taxonomy: Self.taxonomy, configuration: .init(maximumModes: 1))
        #expect(one.classify(text: text).map(\.id) == ["dns-failure"])
        let tie = Self.classifier.classify(text: "Disk full. NXDOMAIN.")
        #expect(tie.map(\.id) == ["disk-full", "dns-failure"])
        #expect(tie.map(\.score) == [0.63, 0.63])
    }

    @Test func evidenceIsTheSentenceWithoutMarkdownListOrTableMarkers() {
        let incident = Self.incident(sections: [
            Section(heading: "Notes", markdown: "- first note\n- the disk full\n  alarm fired twice\n- last"),
            Section(heading: "Log", markdown: "| 14:02 | NXDOMAIN for api.example |\n|---|---|"),
        ])
        let everything = FailureModeClassifier(taxonomy: Self.taxonomy, configuration: .init(threshold: 0))
        #expect(
            everything.classify(incident) == [
                FailureModeMatch(id: "disk-full", evidence: "the disk full alarm fired twice", score: 0.39),
                FailureModeMatch(id: "dns-failure", evidence: "14:02 | NXDOMAIN for api.example", score: 0.39),
            ])
    }

    @Test func theIncidentsOwnModesWinAndGetEvidence() {
        let declared = [
            FailureModeMatch(id: "dns-failure", evidence: "", score: 1),
            FailureModeMatch(id: "disk-full", evidence: "Written by the author.", score: 1),
            FailureModeMatch(id: "not-in-taxonomy", evidence: "", score: 1),
        ]
        let incident = Self.incident(
            rootCause: "Lookups got NXDOMAIN. The disk full alarm fired. Data was lost.", failureModes: declared)
        #expect(
            Self.classifier.failureModes(for: incident) == [
                FailureModeMatch(id: "dns-failure", evidence: "Lookups got NXDOMAIN.", score: 1),
                FailureModeMatch(id: "disk-full", evidence: "Written by the author.", score: 1),
                FailureModeMatch(id: "not-in-taxonomy", evidence: "", score: 1),
            ])
        var undeclared = incident
        undeclared.failureModes = []
        #expect(Self.classifier.failureModes(for: undeclared) == Self.classifier.classify(incident))
        #expect(Self.classifier.classify(incident).map(\.id) == ["data-corruption", "disk-full", "dns-failure"])
    }

    @Test func theOrderOfTheTaxonomyDoesNotChangeTheResult() throws {
        let reversed = FailureModeClassifier(taxonomy: try Taxonomy(modes: Self.taxonomy.modes.reversed()))
        let text = "Disk full. NXDOMAIN. The access key leaked into a public repository. Data was lost."
        #expect(reversed.classify(text: text) == Self.classifier.classify(text: text))
        #expect(Self.classifier.classify(text: text).count == 4)
    }

    @Test func anEmptyTaxonomyFindsNothing() {
        #expect(FailureModeClassifier(taxonomy: .empty).classify(text: "Disk full. NXDOMAIN.") == [])
    }
}
