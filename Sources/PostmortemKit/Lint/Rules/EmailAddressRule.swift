/// `email-address`: no e-mail addresses in a report that will be published.
///
/// Scans every text, code included. Left alone: addresses that belong to no person
/// (`noreply@`, `git@` in a remote, `postmaster@`) and look-alikes that are not addresses
/// (systemd units such as `getty@tty1.service`, `image@2x.png`).
public struct EmailAddressRule: LintRule {
    public let id = "email-address"
    public let category = LintCategory.personalData
    public let severity = Finding.Severity.warning
    public let summary = "no e-mail addresses (they identify people; remove or mask them before publishing)"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        document.texts.flatMap { text in
            Self.addresses(in: text.text).map { range in
                LintViolation(
                    at: document.position(of: range, in: text),
                    "e-mail address \(Prose.quoted(text.text[range])) in \(text.part): remove it or replace it with "
                        + "a role (\"the reporter\") before publishing")
            }
        }
    }

    /// The ranges of the e-mail addresses in `text`.
    static func addresses(in text: String) -> [Range<String.Index>] {
        text.matches(of: address).compactMap { match in
            let range = match.range
            let local = match.output.1.lowercased()
            let topLevel = match.output.2.lowercased()
            if impersonal.contains(local) || fileExtensions.contains(topLevel) { return nil }
            // `user@host.example:path` is an scp or git remote, not an address.
            if range.upperBound < text.endIndex, text[range.upperBound] == ":",
                text.index(after: range.upperBound) < text.endIndex,
                !text[text.index(after: range.upperBound)].isWhitespace
            {
                return nil
            }
            return range
        }
    }

    private static let impersonal: Set<String> = [
        "noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster", "git",
    ]

    /// "Top-level domains" that are really file or unit extensions.
    private static let fileExtensions: Set<String> = [
        "service", "socket", "timer", "mount", "target", "path", "slice", "scope", "device", "automount", "swap",
        "png", "jpg", "jpeg", "gif", "svg", "webp", "md", "txt", "json", "yaml", "yml", "js", "ts", "css", "html",
        "pdf", "zip", "gz", "tar", "log", "sh", "py", "go", "rs", "swift", "conf",
    ]
}

// Compiled once: `Regex` is not `Sendable`, but this is immutable and only ever read.
nonisolated(unsafe) private let address =
    #/([A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?)@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+([A-Za-z]{2,})\b/#
