import PostmortemKit

/// The site's page templates compiled for rendering page models fast.
///
/// The templates are read by ``TemplateTreeBuilder`` following the Mustache rules for
/// standalone lines, partials, parents and blocks (declining the few layouts swift-mustache
/// reads its own way), and rendered as ``TemplateSet`` renders them, straight from the dictionaries of a ``PageModel`` into one string: escaping
/// works on UTF-8 bytes, names are split once, at compile time, and nothing is looked up
/// through reflection. A template using what this renderer leaves to swift-mustache (set
/// delimiters, pragmas, transforms, dynamic partials) makes ``init(files:folder:)`` return
/// nil, and the publisher renders with ``TemplateSet`` instead. A test renders whole sites
/// with both and compares every byte.
struct CompiledTemplates: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case inverted(Name, [Node])
        case partial(String, indentation: String?, inherits: [String: [Node]]?)
        case block(String, [Node], indentation: String?)
    }

    /// A name as a template writes it: `.`, `a.b` (looked up through the enclosing
    /// objects), or `.a` (in the current object only).
    struct Name: Sendable {
        enum Kind: Sendable { case current, anchored, climbing }
        var kind: Kind
        var components: [String]

        init(_ text: String) {
            if text == "." {
                kind = .current
                components = []
            } else {
                kind = text.hasPrefix(".") ? .anchored : .climbing
                components = text.split(separator: ".").map(String.init)
            }
        }
    }

    private let templates: [String: [Node]]

    /// Compiles every `.mustache` file of `files` under `folder`; nil when one uses a
    /// feature this renderer does not have or does not parse (``TemplateSet`` reports that).
    init?(files: [ThemeFile], folder: String) {
        var templates: [String: [Node]] = [:]
        let prefix = folder + "/"
        for file in files where file.path.hasPrefix(prefix) && file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            guard let nodes = try? TemplateTreeBuilder.nodes(of: file.contents) else { return nil }
            templates[name] = nodes
        }
        self.templates = templates
    }

    /// The template `name` rendered with `model`, or nil when there is no such template.
    func render(_ name: String, with model: PageModel) -> String? {
        guard let nodes = templates[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates)
        var out = ""
        out.reserveCapacity(16_384)
        var stack: [Any] = [model]
        renderer.render(nodes, stack: &stack, inherited: nil, indentation: nil, into: &out)
        return out
    }
}

/// Renders compiled templates as swift-mustache renders its tokens.
private struct TemplateRenderer {
    typealias Node = CompiledTemplates.Node
    let templates: [String: [Node]]

    mutating func render(
        _ nodes: [Node], stack: inout [Any], inherited: [String: [Node]]?, indentation: String?, into out: inout String
    ) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, inherited: inherited, indentation: nil, into: &out) }
            return
        }
        // Each piece after a line break starts with the indentation, as swift-mustache does
        // for a template rendered with one.
        var local = ""
        for node in nodes {
            var piece = ""
            render(node, stack: &stack, inherited: inherited, indentation: indentation, into: &piece)
            if !piece.isEmpty, local.last == "\n" { local += indentation }
            local += piece
        }
        out += local
    }

    private mutating func render(
        _ node: Node, stack: inout [Any], inherited: [String: [Node]]?, indentation: String?, into out: inout String
    ) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = Self.lookup(name, in: stack) else { return }
            let text = Self.describe(value)
            if escaped { HTMLEscaping.append(text, to: &out) } else { out += text }
        case .section(let name, let nodes):
            let value = Self.lookup(name, in: stack)
            // Flags and objects first: most sections test a flag or open an object, and each
            // failed cast to an array type costs a trip through the runtime.
            switch value {
            case let flag as Bool:
                if flag { render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out) }
            case let model as PageModel:
                renderPushing(model, nodes, &stack, inherited, indentation, &out)
            case let models as [PageModel]:
                for item in models { renderPushing(item, nodes, &stack, inherited, indentation, &out) }
            case let strings as [String]:
                for item in strings { renderPushing(item, nodes, &stack, inherited, indentation, &out) }
            case let items as [Any]:
                for item in items { renderPushing(item, nodes, &stack, inherited, indentation, &out) }
            case .some(let item):
                renderPushing(item, nodes, &stack, inherited, indentation, &out)
            case .none:
                return
            }
        case .inverted(let name, let nodes):
            let value = Self.lookup(name, in: stack)
            let show: Bool
            switch value {
            case let flag as Bool: show = !flag
            case is PageModel: show = false
            case let models as [PageModel]: show = models.isEmpty
            case let strings as [String]: show = strings.isEmpty
            case let items as [Any]: show = items.isEmpty
            case .some: show = false
            case .none: show = true
            }
            if show { render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out) }
        case .partial(let name, let indented, let inherits):
            guard let nodes = templates[name] else { return }
            var merged = inherited
            if let inherits {
                merged = (inherited ?? [:]).merging(inherits) { outer, _ in outer }
            }
            render(
                nodes, stack: &stack, inherited: merged, indentation: Self.indent(indentation, indented), into: &out)
        case .block(let name, let fallback, let indented):
            let nodes = inherited?[name] ?? fallback
            render(
                nodes, stack: &stack, inherited: inherited, indentation: Self.indent(indentation, indented), into: &out)
        }
    }

    private mutating func renderPushing(
        _ item: Any, _ nodes: [Node], _ stack: inout [Any], _ inherited: [String: [Node]]?, _ indentation: String?,
        _ out: inout String
    ) {
        stack.append(item)
        render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out)
        stack.removeLast()
    }

    private static func indent(_ current: String?, _ added: String?) -> String? {
        guard let added else { return current }
        return (current ?? "") + added
    }

    /// A name's value: the first enclosing object (innermost first) that has its first
    /// component, then the rest looked up in that value alone.
    static func lookup(_ name: CompiledTemplates.Name, in stack: [Any]) -> Any? {
        switch name.kind {
        case .current:
            return stack.last
        case .anchored:
            guard let last = stack.last else { return nil }
            return descend(last, name.components[...])
        case .climbing:
            guard let first = name.components.first else { return stack.last }
            for object in stack.reversed() {
                if let child = child(first, of: object) {
                    return descend(child, name.components.dropFirst())
                }
            }
            return nil
        }
    }

    private static func descend(_ value: Any, _ components: ArraySlice<String>) -> Any? {
        var current = value
        for component in components {
            guard let next = child(component, of: current) else { return nil }
            current = next
        }
        return current
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        (object as? PageModel)?[name]
    }

    static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: return String(describing: value)
        }
    }
}

/// HTML escaping as swift-mustache escapes: `&`, `<`, `>`, `"` and `'`.
enum HTMLEscaping {
    static func append(_ text: String, to out: inout String) {
        var utf8 = text.utf8.makeIterator()
        var needs = false
        while let byte = utf8.next() {
            if byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
                needs = true
                break
            }
        }
        guard needs else {
            out += text
            return
        }
        var start = text.utf8.startIndex
        var index = start
        let bytes = text.utf8
        while index != bytes.endIndex {
            let replacement: String?
            switch bytes[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                out += text[start..<index]
                out += replacement
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        out += text[start..<bytes.endIndex]
    }
}
