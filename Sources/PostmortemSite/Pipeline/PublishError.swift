import Foundation

/// Why a publish could not finish. The previous site, if any, is left as it was.
public enum PublishError: LocalizedError, Equatable, Sendable {
    /// The output folder cannot be used, or a file in it cannot be written.
    case output(path: String, reason: String, fix: String)
    /// A theme file is missing, unreadable or does not parse.
    case theme(ThemeError)
    /// The store could not be read.
    case store(reason: String)
    /// A template rendered, but not into what the page needs.
    case page(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .output(let path, let reason, let fix):
            return "\(path): \(reason); \(fix)"
        case .theme(let error):
            return error.errorDescription
        case .store(let reason):
            return reason
        case .page(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}

/// A publish that failed, with the name of the step it failed in.
public struct PublishFailure: LocalizedError, Equatable, Sendable {
    /// The step's name, as progress shows it ("render incident pages").
    public var step: String
    public var error: PublishError

    public init(step: String, error: PublishError) {
        self.step = step
        self.error = error
    }

    public var errorDescription: String? {
        "publish failed in step '\(step)': \(error.errorDescription ?? "\(error)") (the previous site is unchanged)"
    }
}
