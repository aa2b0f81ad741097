/// One line of a Mustache template, cut into literal text and tags.
///
/// A line ends at a line feed (with the carriage return before it, if any). A comment tag
/// may run over several lines of source; those form one line here, numbered by the first.
struct TemplateLine: Equatable {
    /// A `{{…}}` tag: what its sigil makes it and the (trimmed) name it carries.
    struct Tag: Equatable {
        enum Kind: Equatable {
            case escaped, unescaped, section, inverted, close, comment, partial, parent, block
        }

        var kind: Kind
        var name: String

        /// Whether the tag, alone on a line with only spaces and tabs around it, takes the
        /// whole line out of the output (the Mustache rule for "standalone" tags).
        var canStandAlone: Bool { kind != .escaped && kind != .unescaped }
    }

    enum Piece: Equatable {
        case text(String)
        case tag(Tag)

        /// Whether the piece is text of only spaces and tabs.
        var isBlank: Bool {
            guard case .text(let text) = self else { return false }
            return TemplateLine.isBlank(text)
        }
    }

    /// The source line this line starts on, from 1.
    var number: Int
    var pieces: [Piece]
    /// `"\n"`, `"\r\n"`, or `""` for a last line without a line break.
    var ending: String

    /// The line's only tag when nothing but spaces and tabs surrounds it and it is a kind
    /// that can stand alone; nil otherwise.
    var standaloneTag: Tag? {
        var found: Tag?
        for piece in pieces {
            switch piece {
            case .text(let text):
                guard Self.isBlank(text) else { return nil }
            case .tag(let tag):
                guard found == nil, tag.canStandAlone else { return nil }
                found = tag
            }
        }
        return found
    }

    /// The spaces and tabs the line starts with, when a tag follows them.
    var indentation: String {
        guard pieces.count > 1, case .text(let text) = pieces[0], Self.isBlank(text) else { return "" }
        return text
    }

    /// Whether the line ends in spaces or tabs after its last tag.
    var hasTrailingBlank: Bool {
        guard pieces.count > 1, case .text(let text) = pieces[pieces.count - 1] else { return false }
        return Self.isBlank(text)
    }

    static func isBlank(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
