import Foundation

/// Where the CLI writes: results to standard output, diagnostics to standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("pm: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("pm: warning: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Whether standard output is a terminal (progress lines and colours only then).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
}
