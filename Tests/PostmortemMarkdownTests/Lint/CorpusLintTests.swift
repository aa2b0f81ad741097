import Foundation
import PostmortemKit
import PostmortemMarkdown
import Testing

/// `pm lint` on the bundled corpus, read with a critical eye: the fictional documents carry
/// a few deliberate pieces of personal data, and their language is blameless. Anything
/// more is a false positive (a capitalised word taken for a name, a version for an address).
@Suite struct CorpusLintTests {
    static let personalData: Set<String> = ["email-address", "phone-number", "ip-address", "person-name"]
    static let blameless: Set<String> = ["counterfactual", "blaming-words", "person-blamed"]

    /// Every finding of the given rules on the corpus, as `path:line:col: rule`.
    func findings(of rules: Set<String>) throws -> [String] {
        let linter = Linter(rules: Linter.allRules.filter { rules.contains($0.id) })
        return try Fixtures.corpusDocuments.flatMap { path in
            let bytes = [UInt8](try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path)))
            return try LegacyImporter().lintDocuments(bytes: bytes, path: path).flatMap { document in
                linter.lint(document).map { "\(path):\($0.line):\($0.column): \($0.rule)" }
            }
        }.sorted()
    }

    @Test func theCorpusIsWrittenBlamelessly() throws {
        #expect(try findings(of: Self.blameless) == [])
    }

    @Test func onlyTheDeliberatePersonalDataIsFound() throws {
        #expect(
            try findings(of: Self.personalData) == [
                // A developer's contact details and an internal host in a leaked file.
                "corpus/2022-07-19-security-leaked-s3-access-key.md:40:106: ip-address",
                "corpus/2022-07-19-security-leaked-s3-access-key.md:40:160: email-address",
                "corpus/2022-07-19-security-leaked-s3-access-key.md:40:200: phone-number",
                // The incident manager's e-mail and phone, and the host's address.
                "corpus/2025-03-14-vaultwarden-nfs-mount-missing.md:128:38: email-address",
                "corpus/2025-03-14-vaultwarden-nfs-mount-missing.md:128:73: phone-number",
                "corpus/2025-03-14-vaultwarden-nfs-mount-missing.md:130:37: ip-address",
                // A reviewer who is not an author.
                "corpus/homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md:20:14: person-name",
                // The home DNS server (loopback and the public resolvers are left alone).
                "corpus/homelab/2022-12-03-pihole-unbound-dns-outage.md:18:94: ip-address",
                // Commenters on the wiki page.
                "corpus/legacy/wiki/DNS-Resolution-Outage-Nov-2019:36:1: person-name",
                "corpus/legacy/wiki/DNS-Resolution-Outage-Nov-2019:37:1: person-name",
                // (The ops log's on-call engineers own its actions, so they count as the team.)
            ])
    }
}
