/// `ip-address`: no IP addresses of hosts in a report that will be published.
///
/// A public address can identify a person or a customer; a private one maps the
/// network. Documentation addresses (192.0.2.0/24 …) are reported too: the rule cannot
/// know the author meant them as placeholders. Left alone: version numbers (`v1.2.3.4`,
/// `nginx:1.2.3.4`, "version 1.2.3.4", "upgraded the agent to 1.2.3.4", `1.2.3.4-rc1`), loopback, unspecified, link-local,
/// multicast and broadcast addresses, netmasks, networks in CIDR notation
/// (`10.0.40.0/24`), and the public DNS resolvers everyone knows (1.1.1.1, 8.8.8.8, 9.9.9.9).
/// IPv6 addresses are found too. Scans every text, code included.
public struct IPAddressRule: LintRule {
    public let id = "ip-address"
    public let category = LintCategory.personalData
    public let severity = Finding.Severity.warning
    public let summary = "no IP addresses of hosts (a public one can identify a person; a private one maps the network)"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        document.texts.flatMap { text in
            Self.addresses(in: text.text).map { found in
                LintViolation(
                    at: document.position(of: found.range, in: text),
                    "\(found.kind.rawValue) \(Prose.quoted(text.text[found.range])) in \(text.part): remove it or "
                        + "replace it with a host name or a placeholder before publishing")
            }
        }
    }

    /// What kind of address was found, as the message names it.
    enum Kind: String {
        case publicAddress = "public IP address"
        case privateAddress = "private-network IP address"
        case documentation = "documentation-range IP address"
        case ipv6 = "IPv6 address"
    }

    /// The host addresses in `text`, in order.
    static func addresses(in text: String) -> [(range: Range<String.Index>, kind: Kind)] {
        var result: [(range: Range<String.Index>, kind: Kind)] = []
        for match in text.matches(of: dottedQuad) {
            if let kind = kind(of: match.output, in: text) { result.append((match.range, kind)) }
        }
        for match in text.matches(of: ipv6) where isIPv6(match.range, in: text) {
            result.append((match.range, .ipv6))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func kind(
        of match: (Substring, Substring, Substring, Substring, Substring), in text: String
    ) -> Kind? {
        let parts = [match.1, match.2, match.3, match.4]
        let octets = parts.compactMap { Int($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 <= 255 }),
            !parts.contains(where: { $0.count > 1 && $0.hasPrefix("0") })
        else { return nil }
        let range = match.0.startIndex..<match.0.endIndex
        guard !isVersion(range, in: text), !isNetwork(range, octets: octets, in: text) else { return nil }
        let (a, b, c) = (octets[0], octets[1], octets[2])
        switch a {
        case 0, 127, 224...255: return nil  // unspecified, loopback, multicast, reserved, netmasks
        case 169 where b == 254: return nil  // link-local
        default: break
        }
        if wellKnownResolvers.contains(octets) { return nil }
        if (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113) {
            return .documentation
        }
        if a == 10 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168)
            || (a == 100 && (64...127).contains(b))
        {
            return .privateAddress
        }
        return .publicAddress
    }

    /// Whether the dotted quad at `range` is a version: joined to a word before it
    /// (`v1.2.3.4`, `nginx:1.2.3.4`, `app-1.2.3.4`), followed by more version (`.5`,
    /// `-rc1`, `+build`), or after the word "version", "release", "upgrade(d) to" and the like.
    private static func isVersion(_ range: Range<String.Index>, in text: String) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber || before == "." || before == "_" { return true }
            if before == "-" || before == ":" {
                let start = text.index(before: range.lowerBound)
                if start > text.startIndex, text[text.index(before: start)].isLetter { return true }
            }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            let next = text.index(after: range.upperBound)
            let nextCharacter = next < text.endIndex ? text[next] : " "
            if after.isLetter || after.isNumber || after == "_" { return true }
            if after == "." && nextCharacter.isNumber { return true }
            if (after == "-" || after == "+" || after == "~") && nextCharacter.isLetter { return true }
        }
        // "version 1.2.3.4"; "upgraded the agent from 1.2.3.4 to 1.2.3.5" (but not "upgraded
        // the server at 10.0.0.5").
        let before = Prose.words(before: range.lowerBound, in: text, count: 5).map { $0.0.lowercased() }
        guard let previous = before.last else { return false }
        return versionWords.contains(previous)
            || (["to", "from", "is", "of", "on"].contains(previous) && before.contains { versionWords.contains($0) })
    }

    /// Whether the address is a network in CIDR notation with no host bits (`10.0.40.0/24`).
    private static func isNetwork(_ range: Range<String.Index>, octets: [Int], in text: String) -> Bool {
        guard range.upperBound < text.endIndex, text[range.upperBound] == "/" else { return false }
        let digits = text[text.index(after: range.upperBound)...].prefix { $0.isNumber }
        guard let prefix = Int(digits), (0...32).contains(prefix) else { return false }
        let value = octets.reduce(0) { $0 << 8 | $1 }
        let hostBits = prefix == 32 ? 0 : (1 << (32 - prefix)) - 1
        return value & hostBits == 0
    }

    private static func isIPv6(_ range: Range<String.Index>, in text: String) -> Bool {
        let candidate = text[range]
        let groups = candidate.split(separator: ":", omittingEmptySubsequences: false)
        let filled = groups.filter { !$0.isEmpty }
        let compressed = candidate.contains("::")
        guard groups.allSatisfy({ $0.count <= 4 }), compressed ? filled.count >= 2 : groups.count == 8 else {
            return false
        }
        // Not `::1`, not link-local `fe80::`, and not a clock, a MAC address or `std::vector`.
        let folded = candidate.lowercased()
        if folded.hasPrefix("fe80:") || folded == "::1" || folded == "::" { return false }
        if !compressed, groups.allSatisfy({ $0.count == 2 }) { return false }
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber || before == ":" || before == "." { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isLetter || after.isNumber || after == ":" { return false }
        }
        return filled.contains { $0.contains { $0.isLetter } } || compressed
    }

    private static let versionWords: Set<String> = [
        "version", "versions", "release", "releases", "v", "ver", "build", "tag", "upgrade", "upgraded",
        "upgrading", "downgrade", "downgraded", "bump", "bumped", "chart", "image", "firmware", "kernel", "patch",
    ]

    private static let wellKnownResolvers: Set<[Int]> = [
        [1, 1, 1, 1], [1, 0, 0, 1], [8, 8, 8, 8], [8, 8, 4, 4], [9, 9, 9, 9], [149, 112, 112, 112],
        [208, 67, 222, 222], [208, 67, 220, 220],
    ]
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let dottedQuad = #/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/#
nonisolated(unsafe) private let ipv6 = #/[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}/#
