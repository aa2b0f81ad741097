import Foundation

/// The identity of an incident: made once, written into its front matter, never derived
/// from a file name or title that can change.
public struct IncidentID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: IncidentID, rhs: IncidentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Crockford's base-32 alphabet: no I, L, O or U, so ids survive being read aloud.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// A fresh random id such as `pm-7f3k9q2ahx`.
    public static func random() -> IncidentID {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// A random id drawn from `generator` (tests pass a seeded one).
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> IncidentID {
        let body = (0..<10).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return IncidentID("pm-" + String(body))
    }

    /// A stable id derived from a content fingerprint, for documents that carry no id of
    /// their own: the same document always gets the same id.
    public static func derived(fromFingerprint fingerprint: String) -> IncidentID {
        var value = StableHash.fnv1a64(fingerprint)
        var body = ""
        for _ in 0..<10 {
            body.append(alphabet[Int(value % 32)])
            value /= 32
        }
        return IncidentID("pm-" + body)
    }

    /// Whether `text` is usable as an id: 1–64 characters of letters, digits, `-`, `_`, `.`,
    /// not starting with a dot (ids become file names and URLs).
    public static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.count), !text.hasPrefix(".") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
    }
}
