/// Which part comes first in an all-numeric date whose first two parts could both be
/// months (`03/10/2021`).
public enum DateOrder: String, Hashable, Codable, Sendable, CaseIterable {
    /// `03/10/2021` is March 10th (United States).
    case monthFirst
    /// `03/10/2021` is October 3rd (most of the world).
    case dayFirst

    /// The order customary for a language or locale tag ("en-US", "fr", "de_CH"); nil when
    /// the tag alone does not say (plain "en"), so the separator's default applies.
    public init?(languageTag: String) {
        let parts = languageTag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first else { return nil }
        let region = parts.count > 1 ? parts[1] : nil
        switch (language, region) {
        case ("en", "us"), ("en", "ph"), ("en", "ca"): self = .monthFirst
        case ("en", nil): return nil
        case ("en", _), ("fr", _), ("de", _), ("es", _), ("it", _), ("pt", _), ("nl", _), ("pl", _), ("ru", _):
            self = .dayFirst
        default: return nil
        }
    }
}
