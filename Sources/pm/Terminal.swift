import Foundation

/// Where the CLI writes: results to standard output, diagnostics to standard error.
enum Terminal {
    static func error(_ message: String) {
        writeError("pm: error: \(message)\n")
    }

    static func warning(_ message: String) {
        writeError("pm: warning: \(message)\n")
    }

    static func note(_ message: String) {
        writeError("\(message)\n")
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((isatty(STDERR_FILENO) != 0 ? visible(text) : text).utf8))
    }

    /// `text` with every control character but line breaks and tabs written as a visible
    /// `\u{1B}` escape, so that text from a document (an escape sequence in a title, a file
    /// name) cannot move the cursor, retitle the window or hide what is printed.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional overrides and isolates reorder what a terminal shows.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether standard output is a terminal (progress lines and colours only then).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
}

/// Every `print` of the pm target goes through here: on a terminal, control characters are
/// shown as escapes (`Terminal.visible`); into a pipe or a file, text is written as it is.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    FileHandle.standardOutput.write(Data((Terminal.isInteractive ? Terminal.visible(text) : text).utf8))
}
