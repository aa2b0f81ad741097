import Foundation

/// Why a report template could not make a new report.
public enum ReportScaffoldError: LocalizedError, Equatable, Sendable {
    /// The rendered report does not start with the front matter and title pm writes.
    case missingHeader(path: String)

    public var errorDescription: String? {
        switch self {
        case .missingHeader(let path):
            return "\(path):1:1: the report must start with {{{header}}} (the front matter and title pm writes, "
                + "unescaped); put it first in the template, after the description comment"
        }
    }
}
