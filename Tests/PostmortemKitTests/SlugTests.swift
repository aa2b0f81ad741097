import Testing

@testable import PostmortemKit

@Suite struct SlugTests {
    @Test(arguments: [
        ("Immich staging WAL archive failure", "immich-staging-wal-archive-failure"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "incident"),
        (".hidden", "hidden"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("CON", "con-incident"),
        ("con", "con-incident"),
        ("Nul", "nul-incident"),
        ("COM1", "com1-incident"),
        ("lpt9", "lpt9-incident"),
        ("CON outage", "con-outage"),
        ("COM10", "com10"),
        ("🔥🔥🔥", "incident"),
        ("", "incident"),
        ("   ", "incident"),
        ("Größe der Straße überschritten", "grosse-der-strasse-uberschritten"),
        ("Panne NFS : expiration des certificats", "panne-nfs-expiration-des-certificats"),
        ("Ошибка базы данных", "osibka-bazy-dannyh"),
        ("Σφάλμα δίσκου", "sphalma-diskou"),
        ("ディスク障害", "disuku-zhang-hai"),
        ("Ærø œuvre ł", "aero-oeuvre-l"),
        ("Redis OOM — 2021/04/18 (SEV2)", "redis-oom-2021-04-18-sev2"),
        ("a   --  b", "a-b"),
        ("tab\there\nnewline", "tab-here-newline"),
        ("100% CPU on node-01!", "100-cpu-on-node-01"),
        ("file\u{0}name", "file-name"),
    ])
    func makesSafeSlugs(title: String, expected: String) {
        #expect(Slug.make(from: title).rawValue == expected)
        #expect(Slug.isValid(expected))
    }

    @Test func capsLengthAtAWordBoundary() {
        let title = String(repeating: "database connection pool exhausted ", count: 20)
        let slug = Slug.make(from: title)
        #expect(slug.rawValue == "database-connection-pool-exhausted-database-connection-pool")
        #expect(slug.rawValue.count <= Slug.defaultMaxLength)
    }

    @Test func cutsOneLongWordMidWord() {
        let slug = Slug.make(from: String(repeating: "a", count: 500), maxLength: 20)
        #expect(slug.rawValue == String(repeating: "a", count: 20))
    }

    @Test func neverCapsBelowTheMinimum() {
        #expect(Slug.make(from: "kafka broker disk full", maxLength: 1).rawValue == "kafka-broker")
        #expect(Slug.make(from: "CON", maxLength: 3).rawValue == "con-incident")
    }

    @Test(arguments: [
        ("immich-wal", true), ("a", true), ("", false), ("-a", false), ("a-", false), ("a--b", false),
        ("A", false), ("a.b", false), ("../x", false), ("con", false), ("com1", false), ("é", false),
    ])
    func validatesRawValues(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
        #expect((Slug(rawValue: text) != nil) == valid)
    }

    @Test func everySlugIsValidAndStable() {
        let titles = [
            "日本語のタイトル", "Ünïcödé ©®™", "x²", "...", "a/b\\c:d*e?f\"g<h>i|j", "ПРИВЕТ мир", "trailing-",
            String(repeating: "é", count: 300),
        ]
        for title in titles {
            let slug = Slug.make(from: title)
            #expect(Slug.isValid(slug.rawValue), "\(title) gave \(slug)")
            #expect(Slug.make(from: title) == slug)
            #expect(Slug.make(from: slug.rawValue) == slug)
        }
    }
}
