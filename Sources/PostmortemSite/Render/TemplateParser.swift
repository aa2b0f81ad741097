/// Parses a Mustache template into ``CompiledTemplates/Node``s exactly as swift-mustache's
/// parser reads it (its standalone-line and whitespace rules step for step), for the tags
/// the site's templates use. Anything else throws ``Unsupported``, and the templates are
/// then rendered by swift-mustache itself.
struct TemplateParser {
    typealias Node = CompiledTemplates.Node

    struct Unsupported: Error {}

    struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: String?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What a section parse returns besides its nodes: block definitions of an inheritance
    /// section, which may hold only those and text.
    private enum Item {
        case node(Node)
        case blockDefinition(String, [Node])
    }

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func parse(state: State) throws -> [Node] {
        try parseItems(state: state).map { item in
            guard case .node(let node) = item else { throw Unsupported() }
            return node
        }
    }

    private var reachedEnd: Bool { position >= characters.count }
    private var current: Character { position < characters.count ? characters[position] : "\0" }

    private mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, predicate(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private mutating func read(string: String) -> Bool {
        let expected = Array(string)
        guard position + expected.count <= characters.count,
            Array(characters[position..<position + expected.count]) == expected
        else { return false }
        position += expected.count
        return true
    }

    private static func isSpaceOrTab(_ character: Character) -> Bool { character == " " || character == "\t" }

    private mutating func parseItems(state initial: State) throws -> [Item] {
        var items: [Item] = []
        var state = initial
        var whiteSpaceBefore = ""
        func text(_ value: String) { items.append(.node(.text(value))) }
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isSpaceOrTab)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let content = readUntilDelimiterOrNewline()
            if !reachedEnd, current.isNewline {
                text(whiteSpaceBefore + content + String(current))
                state.newLine = true
                position += 1
                continue
            }
            if !content.isEmpty {
                text(whiteSpaceBefore + content)
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName()
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                let nodes = try parse(state: state.withSectionName(name, newLine: setNewLine))
                let parsed = CompiledTemplates.Name(name)
                items.append(.node(inverted ? .inverted(parsed, nodes) : .section(parsed, nodes)))
            case "/":
                position += 1
                let name = try parseName()
                guard name == state.sectionName else { throw Unsupported() }
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                return items
            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(state)
            case "{":
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                position += 1
                let name = try parseName()
                guard read(string: "}") else { throw Unsupported() }
                items.append(.node(.variable(CompiledTemplates.Name(name), escaped: false)))
            case "&":
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                position += 1
                let name = try parseName()
                items.append(.node(.variable(CompiledTemplates.Name(name), escaped: false)))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { text(whiteSpaceBefore) }
                if isStandalone(state) {
                    setNewLine = true
                    items.append(.node(.partial(name, indentation: whiteSpaceBefore, inherits: nil)))
                } else {
                    items.append(.node(.partial(name, indentation: nil, inherits: nil)))
                }
                whiteSpaceBefore = ""
            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try parsePartialName()
                guard !name.hasPrefix("*") else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { text(whiteSpaceBefore) }
                if isStandalone(state) { setNewLine = true }
                var inherits: [String: [Node]] = [:]
                for item in try parseItems(state: state.withInheritancePartial(name)) {
                    switch item {
                    case .blockDefinition(let block, let nodes): inherits[block] = nodes
                    case .node(.text): break
                    case .node: throw Unsupported()
                    }
                }
                items.append(.node(.partial(name, indentation: whiteSpaceBefore, inherits: inherits)))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let name = try parseName()
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let nodes = try parse(state: state.withSectionName(name, newLine: setNewLine))
                    items.append(.blockDefinition(name, nodes))
                } else {
                    if !whiteSpaceBefore.isEmpty { text(whiteSpaceBefore) }
                    if isStandalone(state) { setNewLine = true }
                    let nodes = try parse(state: state.withSectionName(name, newLine: setNewLine))
                    items.append(.node(.block(name, nodes, indentation: whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            case "=", "%":
                throw Unsupported()
            default:
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                let name = try parseName()
                items.append(.node(.variable(CompiledTemplates.Name(name), escaped: true)))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return items
    }

    /// Text up to the next `{{` (consumed) or line feed (not consumed); like swift-mustache,
    /// only `\n` and `\r\n` end a line here.
    private mutating func readUntilDelimiterOrNewline() -> String {
        var text = ""
        while !reachedEnd {
            let character = current
            if character == "\n" || character == "\r\n" { break }
            if character == "{" {
                if read(string: "{{") { break }
                text.append(character)
                position += 1
                continue
            }
            text.append(character)
            position += 1
        }
        return text
    }

    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private mutating func parseName() throws -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: { Self.nameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        // A transform (`name(value)`) or anything else before the closing braces.
        guard read(string: "}}") else { throw Unsupported() }
        return name
    }

    private mutating func parsePartialName() throws -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: { Self.partialNameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard read(string: "}}"), !name.contains("(") else { throw Unsupported() }
        return name
    }

    private mutating func skipComment() throws {
        while !reachedEnd {
            if read(string: "}}") { return }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var probe = position
        while probe < characters.count, Self.isSpaceOrTab(characters[probe]) { probe += 1 }
        if probe < characters.count, characters[probe].isNewline {
            position = probe + 1
            return true
        }
        return false
    }
}
