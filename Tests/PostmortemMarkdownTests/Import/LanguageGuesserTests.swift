import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("LanguageGuesser")
struct LanguageGuesserTests {
    @Test(arguments: [
        (
            "Le certificat a expiré pendant la nuit et les sites des clients ne sont pas accessibles pour une partie de la journée.",
            LanguageGuesser.Language.french
        ),
        (
            "Der Pool war nach dem Neustart nicht mehr verfügbar und die Dienste wurden auf einen anderen Knoten verschoben.",
            .german
        ),
        (
            "El disco se llenó durante la noche y los servicios fueron detenidos por el equipo para evitar pérdidas de datos.",
            .spanish
        ),
        (
            "The disk filled up during the night and the services were stopped by the team before we lost any data.",
            .english
        ),
        ("Disk full. pve-03 nvme0n1.", .english),
    ])
    func guess(text: String, language: LanguageGuesser.Language) {
        #expect(LanguageGuesser.guess(text) == language)
    }

    @Test func dayFirstOnlyOutsideEnglish() {
        #expect(
            LanguageGuesser.dateOrder(of: "Le disque est plein et les services sont arrêtés pour la nuit.") == .dayFirst
        )
        #expect(LanguageGuesser.dateOrder(of: "The disk is full and the services were stopped for the night.") == nil)
    }

    @Test func aFrenchDocumentReadsItsNumericDateDayFirst() throws {
        let french = try ImportFixtures.incident(
            """
            # Expiration des certificats

            **Date :** 12/03/2021

            Les certificats ont expiré pendant la nuit et les sites des clients ne sont pas accessibles.
            """)
        #expect(french.date == Day(iso: "2021-03-12"))
        let english = try ImportFixtures.incident(
            """
            # Certificates expired

            **Date:** 03/10/2021

            The certificates expired during the night and the sites of our customers were not reachable.
            """)
        #expect(english.date == Day(iso: "2021-03-10"))
    }
}
