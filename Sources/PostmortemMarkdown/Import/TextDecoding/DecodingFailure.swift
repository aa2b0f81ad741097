import Foundation

/// Why a document's bytes could not be read as text at all.
///
/// Damaged text is never a failure (it is decoded with repairs); these are the cases where
/// there is no text to import.
public enum DecodingFailure: Error, Sendable, Equatable, LocalizedError {
    /// What made the decoder decide the bytes are not text.
    public enum BinaryEvidence: Sendable, Equatable, Hashable {
        /// The bytes start with a known file signature ("PNG image", "ZIP archive" …).
        case signature(String)
        /// This share of the characters (in percent) are control characters or NUL.
        case controlCharacters(percent: Int)
        /// This share of the characters (in percent) had to be replaced as invalid.
        case invalidBytes(percent: Int)
    }

    /// The file holds no bytes, or only a byte-order mark.
    case empty
    /// The bytes do not look like text.
    case binary(BinaryEvidence)
    /// The text is in an encoding the importer does not read (e.g. UTF-32).
    case unsupportedEncoding(String)

    /// What went wrong and what to do next.
    public var errorDescription: String? {
        switch self {
        case .empty:
            return "The file is empty: there is no text to import. Check that the right file was given."
        case .binary(let evidence):
            let why: String
            switch evidence {
            case .signature(let kind): why = "it starts like a \(kind)"
            case .controlCharacters(let percent): why = "\(percent)% of it is control characters or NUL bytes"
            case .invalidBytes(let percent): why = "\(percent)% of its bytes are not valid text"
            }
            return "The file looks like a binary file (\(why)). Only text (Markdown) files can be imported."
        case .unsupportedEncoding(let name):
            return "The file is encoded as \(name), which pm does not read. Save it as UTF-8 and import it again."
        }
    }
}
