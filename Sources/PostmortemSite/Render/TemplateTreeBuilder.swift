/// Turns a template's ``TemplateLine``s into the node tree ``CompiledTemplates`` renders.
///
/// The Mustache rules applied: a line holding nothing but one section, inverted, close,
/// comment, partial, parent or block tag (and spaces or tabs) disappears with its line
/// break; a standalone partial, parent or block keeps the spaces before it and indents
/// every line it renders with them; a parent (`{{< name}}`) holds only block definitions
/// (`{{$ name}}`), which replace the blocks of that name in the template it includes.
///
/// Where swift-mustache's output differs from those rules, as the tests comparing the two
/// renderers show, the builder does what it does when that is simple: a block or parent
/// that starts an indented line indents its lines even when it does not stand alone, and
/// a last line of only spaces and tabs is dropped. The other such layouts throw
/// ``UnsupportedTemplate`` so that swift-mustache renders the template: a tag that could
/// stand alone right after a section closed on a line its opening tag did not stand alone
/// on (or the other way round), indented lines inside a parent's block definitions,
/// spaces after the last standalone tag of a file.
struct TemplateTreeBuilder {
    typealias Node = CompiledTemplates.Node

    private enum Container {
        case root
        case section(CompiledTemplates.Name, inverted: Bool)
        case block(indentation: String?)
        case parent(indentation: String?, definitions: [String: [Node]])
        case definition
    }

    /// A container being filled, with what its closing tag must match.
    private struct Frame {
        var container: Container
        var name: String
        var openedAlone: Bool
        var line: Int
        var nodes: [Node] = []
    }

    private var frames = [Frame(container: .root, name: "", openedAlone: true, line: 1)]
    /// Set after a standalone closing tag whose opening tag did not stand alone:
    /// swift-mustache then reads the next line as not starting a line.
    private var nextLineIsMidLine = false

    /// The nodes of `source`, or ``UnsupportedTemplate`` naming the first line the compiled
    /// renderer does not take.
    static func nodes(of source: String) throws(UnsupportedTemplate) -> [Node] {
        let lines = try TemplateScanner.lines(of: source)
        var builder = TemplateTreeBuilder()
        for line in lines { try builder.add(line) }
        guard builder.frames.count == 1, let root = builder.frames.first else {
            let open = builder.frames[builder.frames.count - 1]
            throw UnsupportedTemplate(line: open.line, reason: "'\(open.name)' is never closed")
        }
        return root.nodes
    }

    private var isInsideDefinition: Bool {
        frames.contains {
            if case .definition = $0.container { return true }
            return false
        }
    }

    private var isInParent: Bool {
        guard case .parent = frames[frames.count - 1].container else { return false }
        return true
    }

    private mutating func add(_ line: TemplateLine) throws(UnsupportedTemplate) {
        let isBlankLastLine = line.ending.isEmpty && line.pieces.allSatisfy(\.isBlank)
        if nextLineIsMidLine, line.standaloneTag != nil || isBlankLastLine {
            throw UnsupportedTemplate(line: line.number, reason: "a standalone tag after a section closed apart")
        }
        nextLineIsMidLine = false
        // swift-mustache leaves out a last line of only spaces and tabs.
        if isBlankLastLine { return }
        if isInsideDefinition, case .text(let text) = line.pieces.first,
            let first = text.utf8.first, first == 0x20 || first == 0x09
        {
            throw UnsupportedTemplate(line: line.number, reason: "an indented line inside a block definition")
        }
        if let tag = line.standaloneTag {
            if line.ending.isEmpty, line.hasTrailingBlank {
                throw UnsupportedTemplate(line: line.number, reason: "spaces after the last standalone tag")
            }
            try apply(tag, alone: true, indentation: line.indentation, line: line, rest: [])
            return
        }
        for (position, piece) in line.pieces.enumerated() {
            let isLast = position == line.pieces.count - 1
            switch piece {
            case .text(let text):
                appendText(isLast ? text + line.ending : text)
            case .tag(let tag):
                let rest = line.pieces[(position + 1)...]
                let lead = position == 1 ? line.indentation : ""
                if position > 1, !line.indentation.isEmpty, tag.kind == .block || tag.kind == .parent,
                    line.pieces[1..<position].allSatisfy({ $0 == .tag(.init(kind: .comment, name: "")) })
                {
                    throw UnsupportedTemplate(line: line.number, reason: "an indented block after a comment")
                }
                try apply(tag, alone: false, indentation: lead, line: line, rest: rest)
                if isLast, !line.ending.isEmpty { appendText(line.ending) }
            }
        }
        if line.pieces.isEmpty, !line.ending.isEmpty { appendText(line.ending) }
    }

    /// Adds one tag. `alone` says the tag stands alone on its line; `indentation` is the
    /// line's leading blank; `rest` the pieces after the tag on its line.
    private mutating func apply(
        _ tag: TemplateLine.Tag, alone: Bool, indentation: String, line: TemplateLine,
        rest: ArraySlice<TemplateLine.Piece>
    ) throws(UnsupportedTemplate) {
        let number = line.number
        let indent = indentation.isEmpty ? nil : indentation
        if isInParent, tag.kind != .block, tag.kind != .close, tag.kind != .comment {
            throw UnsupportedTemplate(line: number, reason: "a parent tag holds something other than blocks")
        }
        switch tag.kind {
        case .escaped, .unescaped:
            append(.variable(CompiledTemplates.Name(tag.name), escaped: tag.kind == .escaped))
        case .comment:
            break
        case .section, .inverted:
            let name = CompiledTemplates.Name(tag.name)
            open(.section(name, inverted: tag.kind == .inverted), tag.name, alone, number)
        case .partial:
            if alone, let indent { append(.text(indent)) }
            append(.partial(tag.name, indentation: alone ? indent : nil, inherits: nil))
        case .parent:
            if alone, let indent { append(.text(indent)) }
            open(.parent(indentation: indent, definitions: [:]), tag.name, alone, number)
            if !alone { try refuseAloneLooking(rest, number) }
        case .block:
            if isInParent {
                open(.definition, tag.name, alone, number)
            } else {
                if alone, let indent { append(.text(indent)) }
                open(.block(indentation: indent), tag.name, alone, number)
            }
        case .close:
            let frame = frames[frames.count - 1]
            guard frames.count > 1, frame.name == tag.name else {
                throw UnsupportedTemplate(line: number, reason: "'\(tag.name)' closes a section it does not match")
            }
            try close(number)
            if frame.openedAlone, !alone { try refuseAloneLooking(rest, number) }
            if !frame.openedAlone, alone { nextLineIsMidLine = true }
        }
    }

    /// swift-mustache reads a tag that follows a section closed on another line than its
    /// opening tag stood alone on as if it started its line; that reading differs from the
    /// rules only when the tag could stand alone and nothing but blanks follow it.
    private func refuseAloneLooking(
        _ rest: ArraySlice<TemplateLine.Piece>, _ number: Int
    ) throws(UnsupportedTemplate) {
        let pieces = rest.drop(while: \.isBlank)
        guard case .tag(let tag) = pieces.first, tag.canStandAlone else { return }
        if pieces.dropFirst().allSatisfy(\.isBlank) {
            throw UnsupportedTemplate(line: number, reason: "a standalone-looking tag after a section closed apart")
        }
    }

    private mutating func open(_ container: Container, _ name: String, _ alone: Bool, _ line: Int) {
        frames.append(Frame(container: container, name: name, openedAlone: alone, line: line))
    }

    private mutating func close(_ line: Int) throws(UnsupportedTemplate) {
        let frame = frames.removeLast()
        switch frame.container {
        case .root:
            break
        case .section(let name, let inverted):
            append(inverted ? .inverted(name, frame.nodes) : .section(name, frame.nodes))
        case .block(let indentation):
            append(.block(frame.name, frame.nodes, indentation: indentation))
        case .parent(let indentation, let definitions):
            append(.partial(frame.name, indentation: indentation, inherits: definitions))
        case .definition:
            guard case .parent(let indentation, var definitions) = frames[frames.count - 1].container,
                definitions[frame.name] == nil
            else {
                throw UnsupportedTemplate(line: line, reason: "the block '\(frame.name)' is defined twice")
            }
            definitions[frame.name] = frame.nodes
            frames[frames.count - 1].container = .parent(indentation: indentation, definitions: definitions)
        }
    }

    private mutating func append(_ node: Node) {
        frames[frames.count - 1].nodes.append(node)
    }

    /// Text inside a parent, between its block definitions, is not rendered.
    private mutating func appendText(_ text: String) {
        guard !isInParent else { return }
        append(.text(text))
    }
}
