import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite struct WhysExtractorTests {
    private func whys(_ body: String) throws -> [Why] {
        try ListFixtures.incident("# Outage\n\n## 5 Whys\n\n" + body).whys
    }

    private let twoWhys = [
        Why(question: "Why did the API fail?", answer: "Because etcd refused writes."),
        Why(question: "Why did etcd refuse writes?", answer: "Because its database hit the quota."),
    ]

    @Test func numberedQuestionAndAnswerOnOneLine() throws {
        let body = """
            1. Why did the API fail? Because etcd refused writes.
            2. Why did etcd refuse writes? Because its database hit the quota.
            """
        #expect(try whys(body) == twoWhys)
    }

    @Test func boldQuestionWithTheAnswerOnTheNextLine() throws {
        let body = """
            1. **Why did the API fail?**
               Because etcd refused writes.
            2. **Why did etcd refuse writes?**
               Because its database hit the quota.
            """
        #expect(try whys(body) == twoWhys)
    }

    @Test func answerAsANestedBullet() throws {
        let body = """
            - Why did the API fail?
              - Because etcd refused writes.
            - Why did etcd refuse writes?
              - Because its database hit the quota.
            """
        #expect(try whys(body) == twoWhys)
    }

    @Test func questionAndAnswerLabels() throws {
        let body = """
            Q: Why did the API fail? A: Because etcd refused writes.

            Q: Why did etcd refuse writes?
            A: Because its database hit the quota.
            """
        #expect(try whys(body) == twoWhys)
    }

    @Test func boldWhyAndAnswerLabels() throws {
        let body = """
            **Why 1:** Why did the API fail? **Answer:** Because etcd refused writes.

            **Why 2:** Etcd refused writes. **Answer:** Its database hit the quota.
            """
        #expect(
            try whys(body) == [
                Why(question: "Why did the API fail?", answer: "Because etcd refused writes."),
                Why(question: "Etcd refused writes.", answer: "Its database hit the quota."),
            ])
    }

    @Test func dashBetweenQuestionAndAnswer() throws {
        let body = "1. Why did the API fail? — Because etcd refused writes.\n"
        #expect(try whys(body) == [twoWhys[0]])
    }

    @Test func frenchAndGerman() throws {
        let french = try ListFixtures.incident(
            "# Panne\n\n## Les 5 pourquoi\n\n1. Pourquoi le site est-il tombé ? Parce que le certificat a expiré.\n")
        #expect(
            french.whys == [
                Why(question: "Pourquoi le site est-il tombé ?", answer: "Parce que le certificat a expiré.")
            ])
        let german = try ListFixtures.incident(
            "# Störung\n\n## 5 Warum\n\n- Warum fiel der Dienst aus?\n  - Weil die Platte voll war.\n")
        #expect(german.whys == [Why(question: "Warum fiel der Dienst aus?", answer: "Weil die Platte voll war.")])
    }

    @Test func whysRunTogetherInOneBullet() throws {
        let body = """
            - Why did the API fail?
            Because etcd refused writes. - Why did etcd refuse writes?
            A faulty quota nobody raised. - Why was it never raised? I forgot.
            """
        #expect(
            try whys(body) == [
                twoWhys[0],
                Why(question: "Why did etcd refuse writes?", answer: "A faulty quota nobody raised."),
                Why(question: "Why was it never raised?", answer: "I forgot."),
            ])
    }

    @Test func introductionAndConclusionStayAsText() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## 5 Whys

            We asked why until we reached a process gap.

            1. Why did the API fail? Because etcd refused writes.

            Root cause: nobody owned the quota.
            """)
        #expect(incident.whys == [twoWhys[0]])
        #expect(
            incident.sections == [
                Section(
                    heading: "5 Whys",
                    markdown: "We asked why until we reached a process gap.\n\nRoot cause: nobody owned the quota.")
            ])
    }

    @Test func aQuestionWithoutAnswerIsKept() throws {
        let incident = try ListFixtures.incident("# Outage\n\n## 5 Whys\n\n- Why did the API fail?\n")
        #expect(incident.whys == [])
        #expect(incident.sections == [Section(heading: "5 Whys", markdown: "- Why did the API fail?")])
    }

    @Test func canonicalWhysReadBack() throws {
        let original = try ListFixtures.incident(
            "# Outage\n\n## 5 Whys\n\n1. Why did the API fail? Because etcd refused writes.\n")
        let again = try ListFixtures.incident(CanonicalWriter.markdown(for: original))
        #expect(again.whys == original.whys)
    }

    // MARK: - Seeds (EXPECTED.md)

    @Test(.enabled(if: ListFixtures.seedsExist)) func seed000WhysRunTogetherAreSeparated() throws {
        let incident = try ListFixtures.seed("000")
        #expect(incident.whys.count == 5)
        #expect(
            incident.whys.map(\.question) == [
                "Why was the database destroyed?", "Why did the AI break that link?",
                "Why did the AI prioritize naming conventions over data safety?",
                "Why was the “Friday Baseline” deleted?", "Why did I ignore the user’s “do not touch” warnings?",
            ])
        #expect(incident.whys.first?.answer.hasPrefix("Because theimmutablelink") == true)
        #expect(incident.whys[2].answer.hasPrefix("A faulty assumption that modern GitOps operators") == true)
        #expect(incident.whys[3].answer.hasPrefix("I panicked after multiple validation errors") == true)
        #expect(incident.whys.allSatisfy { !$0.answer.contains(" - Why") && !$0.answer.isEmpty })
        #expect(!incident.sections.contains { $0.heading.contains("5 Whys") })
    }

    // MARK: - Corpus (docs/CORPUS.md)

    static let corpusWhys: [(String, Int)] = [
        ("legacy/wiki/DNS-Resolution-Outage-Nov-2019", 5),
        ("2020-06-03-etcd-database-space-exceeded.md", 5),
        ("2020-10-21-clock-skew-keycloak-ceph.md", 5),
        ("2021-03-10-ingress-nginx-bad-snippet-deploy.md", 5),
        ("2021-04-18-redis-session-store-oom.md", 5),
        ("homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md", 5),
        ("2023-09-26-pgbackrest-staging-archived-into-prod-repo.md", 5),
        ("2026-03-03-dispatch-migration-table-lock.md", 5),
        ("2020-02-14-kafka-broker-disk-full.md", 0),
        ("homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", 0),
    ]

    @Test(arguments: corpusWhys) func corpusWhyCounts(path: String, count: Int) throws {
        let whys = try ListFixtures.corpus(path).flatMap(\.whys)
        #expect(whys.count == count)
        for why in whys {
            #expect(why.question.hasSuffix("?"), "\(why.question)")
            #expect(why.answer.hasPrefix("Because"), "\(why.answer)")
        }
    }

    @Test func wikiWhysRunTogetherInOneBullet() throws {
        let whys = try ListFixtures.corpus("legacy/wiki/DNS-Resolution-Outage-Nov-2019").flatMap(\.whys)
        #expect(
            whys.first
                == Why(
                    question: "Why did partner calls time out?",
                    answer: "Because DNS lookups inside the pods took 5 s or failed."))
        #expect(
            whys.last
                == Why(
                    question: "Why were they not scraped?",
                    answer: "Because the monitoring setup predated kube-dns and nobody owned cluster add-ons."))
    }

    @Test func nothingOfTheWhysIsLost() throws {
        let body = """
            - Why did the API fail?
              - Because etcd refused writes.
            - Why did etcd refuse writes? Because its database hit the quota. - Why was it never raised? I forgot.

            Root cause: nobody owned the quota.
            """
        let incident = try ListFixtures.incident("# Outage\n\n## 5 Whys\n\n" + body)
        #expect(incident.whys.count == 3)
        #expect(ListFixtures.lostWords(of: body, in: incident) == [])
    }
}
