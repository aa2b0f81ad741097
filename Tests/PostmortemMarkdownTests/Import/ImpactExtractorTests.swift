import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("ImpactExtractor")
struct ImpactExtractorTests {
    @Test func bulletsAreItemsAndLabelledBulletsAlsoMetrics() throws {
        let incident = try ImportFixtures.incident(
            """
            # Redis evicted every login

            ## Impact

            - **Users affected:** 5,300 logged-in customers (peak of Sunday afternoon)
            - **Duration:** 47 minutes of repeated logouts (14:21–15:08 UTC)
            - **Availability:** 99.2% for the portal over the day (SLO 99.9%)
            - **Data loss:** none (sessions are disposable)
            - Support answered 212 tickets
            """)
        #expect(
            incident.impact
                == Impact(
                    items: [
                        "**Users affected:** 5,300 logged-in customers (peak of Sunday afternoon)",
                        "**Duration:** 47 minutes of repeated logouts (14:21–15:08 UTC)",
                        "**Availability:** 99.2% for the portal over the day (SLO 99.9%)",
                        "**Data loss:** none (sessions are disposable)",
                        "Support answered 212 tickets",
                    ], usersAffected: 5300, duration: "47 minutes", durationSeconds: 2820, availability: "99.2%",
                    dataLoss: "none (sessions are disposable)"))
        #expect(incident.sections.filter { $0.heading == "Impact" }.isEmpty)
    }

    @Test func metricsFromMetadataLinesAndSentences() throws {
        let incident = try ImportFixtures.incident(
            """
            # Database Loss on Production

            **Date:** 27. November 2025
            **Impact:** Complete production database loss (14 users affected)
            **Recovery Time:** ~11 hours (discovered at 18:00, restored by 18:45)
            **Data Loss:** None (full recovery successful)
            """)
        #expect(
            incident.impact
                == Impact(
                    items: ["Complete production database loss (14 users affected)"], usersAffected: 14,
                    duration: "~11 hours", durationSeconds: 39600, availability: nil,
                    dataLoss: "None (full recovery successful)"))
    }

    @Test func proseStaysInTheImpactSection() throws {
        let incident = try ImportFixtures.incident(
            """
            # Outage

            ## Impact

            Nobody could pay for two hours.

            - about 4,100 customers affected
            """)
        #expect(incident.impact == Impact(items: ["about 4,100 customers affected"], usersAffected: 4100))
        #expect(incident.sections == [Section(heading: "Impact", markdown: "Nobody could pay for two hours.")])
    }
}
