import Testing

@testable import PostmortemKit

@Suite struct TextScannerTests {
    @Test(arguments: [
        ("Re-ran `initdb` over EXISTING data", ["re", "ran", "initdb", "over", "existing", "data"]),
        ("kube-dns and dnsmasq", ["kube", "dns", "and", "dnsmasq"]),
        ("Expiration des certificats TLS : Été", ["expiration", "des", "certificats", "tls", "ete"]),
        ("didn't fire; Let’s Encrypt", ["didnt", "fire", "lets", "encrypt"]),
        ("Störung: Datenträger vollgelaufen", ["storung", "datentrager", "vollgelaufen"]),
        ("e\u{301}chec (decomposed)", ["echec", "decomposed"]),
        ("pg_basebackup → s3://bucket/v1 ❌ 100%", ["pg", "basebackup", "s3", "bucket", "v1", "100"]),
        ("  ", []),
    ])
    func words(text: String, expected: [String]) {
        #expect(TextScanner.words(in: text) == expected)
    }

    @Test func clauseBreaksAreReportedBetweenWords() {
        var events: [String] = []
        TextScanner.scan("new, empty; volume", word: { events.append($0) }, clauseBreak: { events.append("|") })
        #expect(events == ["new", "|", "empty", "|", "volume"])
    }

    @Test(arguments: [
        (
            "The disk filled. Archiving stopped! Why? Because e.g. the path was reused.",
            ["The disk filled.", "Archiving stopped!", "Why?", "Because e.g. the path was reused."]
        ),
        (
            "Set it to v2 (see S. Okonkwo's note). Then restart.",
            ["Set it to v2 (see S. Okonkwo's note).", "Then restart."]
        ),
        ("- first item\n- second item", ["- first item", "- second item"]),
        ("| a | b |\n|---|---|\n| c | d |", ["| a | b |", "| c | d |"]),
        (
            "a sentence wrapped\nby hand goes on.\n\nNext paragraph",
            ["a sentence wrapped\nby hand goes on.", "Next paragraph"]
        ),
        ("1. Suspend Flux\n2. Scale to 0", ["1. Suspend Flux", "2. Scale to 0"]),
        ("Version 1.26.1 is out. cert-manager then", ["Version 1.26.1 is out.", "cert-manager then"]),
        ("p99 went to 11 s. The cluster", ["p99 went to 11 s.", "The cluster"]),
        ("Date: April 6th\nStatus: Critical", ["Date: April 6th", "Status: Critical"]),
    ])
    func sentences(text: String, expected: [String]) {
        let found = TextScanner.sentences(in: text).map {
            String(text[$0]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(found == expected)
    }
}
