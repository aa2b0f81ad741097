import Testing

@testable import PostmortemKit

@Suite struct ContentWordsTests {
    @Test func keepsTheStemsOfTheContentWordsOnly() {
        let words = ContentWords(
            "**Always bump the backup path version** (e.g., `v1` -> `v2`) when recreating a CNPG cluster to avoid "
                + "system ID conflicts and archiving failures.")

        #expect(
            words.words == [
                "alway", "archiv", "avoid", "backup", "bump", "cluster", "cnpg", "conflict", "failur", "id", "path",
                "recreat", "system", "v1", "v2", "version",
            ])
        #expect(
            ContentWords("Bump `serverName` to next version (e.g. `-v1` → `-v2`).").words == [
                "bump", "next", "servernam", "v1", "v2", "version",
            ])
    }

    @Test(arguments: [
        ("archiving", "archiv"), ("archived", "archiv"), ("archives", "archiv"), ("archive", "archiv"),
        ("failures", "failur"), ("failed", "fail"), ("bumps", "bump"), ("status", "status"), ("using", "using"),
        ("policies", "policy"), ("quickly", "quick"), ("pvc", "pvc"),
    ])
    func stemsCutCommonEndings(word: String, stem: String) {
        #expect(ContentWords.stem(word) == stem)
    }

    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(ContentWords("Éteindre le NAS, proprement !") == ContentWords("eteindre NAS proprement"))
        #expect(ContentWords("the a of to").isEmpty)
    }

    @Test func measuresWhatTwoSentencesShare() {
        let lesson = ContentWords("alpha bravo delta kilo lima")
        let fix = ContentWords("bravo delta kilo zulu")

        #expect(lesson.overlap(with: fix) == 3)
        #expect(lesson.shared(with: fix) == ["bravo", "delta", "kilo"])
        #expect(lesson.jaccard(with: fix) == 0.5)
        #expect(lesson.containment(with: fix) == 0.75)
        #expect(lesson.containment(with: ContentWords("")) == 0)
    }
}

@Suite struct StatementMatchingTests {
    @Test(arguments: [
        // The seeds' lesson and the runbook's fix: 4 of the fix's 6 words.
        (
            "Always bump the backup path version (e.g., v1 -> v2) when recreating a CNPG cluster.",
            "Bump `serverName` to next version (e.g. `-v1` → `-v2`).", true
        ),
        ("The page reached Aiko within two minutes.", "The page reached Marco within two minutes.", true),
        ("Monitor PVC utilization for database pods", "Add alerting on PVC usage for every stateful service", false),
        // Two shared words are not enough, however short the statements.
        ("Restart pods", "Restart pods", true),
        ("Restart the pods", "Restart pods quickly", false),
        ("—", "—", false),
    ])
    func matchesStatementsThatSayTheSameThing(a: String, b: String, same: Bool) {
        #expect(StatementMatching.matches(ContentWords(a), ContentWords(b)) == same)
    }

    @Test func clustersAnchorOnTheSmallestStatement() {
        let texts = [
            "alpha bravo delta kilo lima mike november",
            "alpha bravo delta kilo",
            "lima mike november oscar",
            "unrelated statement here",
            "Alpha, bravo; delta & KILO!",
        ]

        // The long statement matches both short ones; it joins the one it contains whole.
        #expect(StatementMatching.clusters(of: texts) == [[0, 1, 4], [2], [3]])
    }

    @Test func statementsWithoutContentWordsGroupOnlyWhenEqual() {
        #expect(StatementMatching.clusters(of: ["To do", "to do!", "Do it"]) == [[0, 1], [2]])
    }
}
