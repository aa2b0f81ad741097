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
        /// `id` tells the place apart from every other section of the templates (see
        /// ``numbered(_:template:counter:)``): rendered keyed items are known by it.
        case section(Name, [Node], id: UInt64 = 0)
        case inverted(Name, [Node])
        case partial(String, indentation: String?, inherits: [String: [Node]]?, id: UInt64 = 0)
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
            var counter: UInt64 = 0
            templates[name] = Self.numbered(nodes, template: name, counter: &counter)
        }
        self.templates = templates
    }

    /// `nodes` with every section and partial given an id of its own: a hash of the
    /// template's name and the node's place in it.
    private static func numbered(_ nodes: [Node], template: String, counter: inout UInt64) -> [Node] {
        nodes.map { node in
            switch node {
            case .text, .variable:
                return node
            case .section(let name, let children, _):
                counter += 1
                let id = StableHash.fnv1a64(template) &+ counter &* 0x9E37_79B9_7F4A_7C15
                return .section(name, numbered(children, template: template, counter: &counter), id: id)
            case .inverted(let name, let children):
                return .inverted(name, numbered(children, template: template, counter: &counter))
            case .partial(let name, let indentation, let inherits, _):
                counter += 1
                let id = StableHash.fnv1a64(template) &+ counter &* 0x9E37_79B9_7F4A_7C15
                let numberedInherits = inherits.map { blocks in
                    var result: [String: [Node]] = [:]
                    for name in blocks.keys.sorted() {
                        result[name] = numbered(blocks[name] ?? [], template: template, counter: &counter)
                    }
                    return result
                }
                return .partial(name, indentation: indentation, inherits: numberedInherits, id: id)
            case .block(let name, let children, let indentation):
                return .block(name, numbered(children, template: template, counter: &counter), indentation: indentation)
            }
        }
    }

    /// The template `name` rendered with `model`, or nil when there is no such template.
    func render(_ name: String, with model: PageModel) -> String? {
        render(name, with: model, frame: nil, previous: nil)?.html
    }

    /// The template `name` rendered with `model`, or nil when there is no such template;
    /// with a `frame` (a fingerprint of everything the page shows but its keyed lists), the
    /// ``KeyedItems`` of the model are rendered as fragments known by their keys: those
    /// `previous` holds are copied from it rather than made and rendered, and every
    /// fragment's place in the page is returned, for the next publish.
    func render(_ name: String, with model: PageModel, frame: Fingerprint?, previous: PreviousRender?)
        -> (html: String, fragments: [PageFragments.Fragment])?
    {
        guard let nodes = templates[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates)
        if let frame {
            renderer.context = frame
            renderer.tracking = true
            renderer.previous = previous
        }
        var out = ""
        out.reserveCapacity(16_384)
        var stack: [TemplateRenderer.Frame] = [.model(model)]
        renderer.render(nodes, stack: &stack, inherited: nil, indentation: nil, into: &out)
        return (out, renderer.recorded)
    }
}

/// Renders compiled templates as swift-mustache renders its tokens.
private struct TemplateRenderer {
    typealias Node = CompiledTemplates.Node

    /// An enclosing object of the names looked up: a model (cast from `Any` once, when it
    /// is entered, not at every lookup that passes it) or any other value, which has no
    /// names of its own.
    enum Frame {
        case model(PageModel)
        case value(Any)

        var value: Any {
            switch self {
            case .model(let model): model
            case .value(let value): value
            }
        }

        init(_ value: Any) {
            if let model = value as? PageModel { self = .model(model) } else { self = .value(value) }
        }
    }

    let templates: [String: [Node]]
    /// Where in the page the renderer is: the page's frame, mixed with every partial,
    /// section and keyed item entered on the way (see ``KeyedItems``).
    var context = Fingerprint()
    /// Whether keyed items are rendered as fragments: the context then names everything
    /// the output depends on. Off without a frame, and below a keyed item whose model is
    /// not fingerprinted.
    var tracking = false
    var previous: PreviousRender?
    /// The fragments rendered or copied so far, in page order.
    var recorded: [PageFragments.Fragment] = []

    mutating func render(
        _ nodes: [Node], stack: inout [Frame], inherited: [String: [Node]]?, indentation: String?,
        into out: inout String
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
            if !piece.isEmpty, Self.endsWithLineFeed(local) { local += indentation }
            local += piece
        }
        out += local
    }

    private mutating func render(
        _ node: Node, stack: inout [Frame], inherited: [String: [Node]]?, indentation: String?, into out: inout String
    ) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = Self.lookup(name, in: stack) else { return }
            let text = Self.describe(value)
            if escaped { HTMLEscaping.append(text, to: &out) } else { out += text }
        case .section(let name, let nodes, let id):
            let value = Self.lookup(name, in: stack)
            let saved = context
            defer { context = saved }
            context.mix(id)
            switch value.map(Shape.init) {
            case .flag(let flag):
                if flag { render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out) }
            case .model(let model):
                renderPushing(.model(model), nodes, &stack, inherited, indentation, &out)
            case .keyed(let keyed):
                renderKeyed(keyed, nodes, &stack, inherited, indentation, &out)
            case .models(let models):
                for (index, item) in models.enumerated() {
                    context = saved
                    context.mix(id, UInt64(index))
                    renderPushing(.model(item), nodes, &stack, inherited, indentation, &out)
                }
            case .strings(let strings):
                for (index, item) in strings.enumerated() {
                    context = saved
                    context.mix(id, UInt64(index))
                    renderPushing(.value(item), nodes, &stack, inherited, indentation, &out)
                }
            case .items(let items):
                for (index, item) in items.enumerated() {
                    context = saved
                    context.mix(id, UInt64(index))
                    renderPushing(Frame(item), nodes, &stack, inherited, indentation, &out)
                }
            case .other(let item):
                renderPushing(.value(item), nodes, &stack, inherited, indentation, &out)
            case .none:
                return
            }
        case .inverted(let name, let nodes):
            let value = Self.lookup(name, in: stack)
            let show: Bool
            switch value.map(Shape.init) {
            case .flag(let flag): show = !flag
            case .model: show = false
            case .keyed(let keyed): show = keyed.items.isEmpty
            case .models(let models): show = models.isEmpty
            case .strings(let strings): show = strings.isEmpty
            case .items(let items): show = items.isEmpty
            case .other: show = false
            case .none: show = true
            }
            if show { render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out) }
        case .partial(let name, let indented, let inherits, let id):
            guard let nodes = templates[name] else { return }
            let saved = context
            defer { context = saved }
            context.mix(id)
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

    /// Whether the last character of `text` is a line feed (not the `\r\n` pair, one
    /// character to Swift): read from its last bytes rather than by making a `Character`.
    private static func endsWithLineFeed(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.last == 0x0A else { return false }
        return bytes.dropLast().last != 0x0D
    }

    private mutating func renderPushing(
        _ item: Frame, _ nodes: [Node], _ stack: inout [Frame], _ inherited: [String: [Node]]?, _ indentation: String?,
        _ out: inout String
    ) {
        stack.append(item)
        render(nodes, stack: &stack, inherited: inherited, indentation: indentation, into: &out)
        stack.removeLast()
    }

    /// The items of a keyed list: each copied from the previous page when it holds a
    /// fragment of the same place and key, else made and rendered; either way recorded.
    /// Under an indentation (which this renderer applies to whole pieces after they are
    /// made) or without tracking, every item is made and rendered plainly.
    private mutating func renderKeyed(
        _ keyed: KeyedItems, _ nodes: [Node], _ stack: inout [Frame], _ inherited: [String: [Node]]?,
        _ indentation: String?, _ out: inout String
    ) {
        let place = context
        guard tracking, indentation?.isEmpty ?? true else {
            let wasTracking = tracking
            tracking = false
            for item in keyed.items { renderPushing(.model(item.make()), nodes, &stack, inherited, indentation, &out) }
            tracking = wasTracking
            return
        }
        for item in keyed.items {
            var id = place
            id.mix(item.key)
            let start = out.utf8.count
            if let previous, let copied = previous.copy(id, into: &out, at: start) {
                recorded += copied
                continue
            }
            let model = item.make()
            let position = recorded.count
            recorded.append(PageFragments.Fragment(id: id, start: start, length: 0, descendants: 0))
            let wasTracking = tracking
            if model.values.contains(where: { $0 is KeyedItems }) {
                // Its own keyed lists are known by their place and the item's model (with
                // their counts), not its key: an item made again because one of its own
                // items changed still copies the others.
                context = place
                context.mix(ModelDigest.text(model))
            } else {
                tracking = false
            }
            renderPushing(.model(model), nodes, &stack, inherited, indentation, &out)
            tracking = wasTracking
            context = place
            recorded[position].length = out.utf8.count - start
            recorded[position].descendants = recorded.count - position - 1
        }
    }

    /// A looked-up value as a section treats it. Told apart by its exact type first (a
    /// comparison of type pointers, where each failed cast is a trip through the runtime),
    /// then, for a value of any other type, by the casts that decide it.
    enum Shape {
        case flag(Bool)
        case model(PageModel)
        case keyed(KeyedItems)
        case models([PageModel])
        case strings([String])
        case items([Any])
        case other(Any)

        init(_ value: Any) {
            let type = Swift.type(of: value)
            if type == Bool.self, let flag = value as? Bool {
                self = .flag(flag)
            } else if type == PageModel.self, let model = value as? PageModel {
                self = .model(model)
            } else if type == [PageModel].self, let models = value as? [PageModel] {
                self = .models(models)
            } else if type == KeyedItems.self, let keyed = value as? KeyedItems {
                self = .keyed(keyed)
            } else if type == String.self {
                self = .other(value)
            } else {
                self = Self.cast(value)
            }
        }

        /// Flags and objects first: most sections test a flag or open an object.
        private static func cast(_ value: Any) -> Shape {
            switch value {
            case let flag as Bool: .flag(flag)
            case let model as PageModel: .model(model)
            case let keyed as KeyedItems: .keyed(keyed)
            case let models as [PageModel]: .models(models)
            case let strings as [String]: .strings(strings)
            case let items as [Any]: .items(items)
            default: .other(value)
            }
        }
    }

    private static func indent(_ current: String?, _ added: String?) -> String? {
        guard let added else { return current }
        return (current ?? "") + added
    }

    /// A name's value: the first enclosing object (innermost first) that has its first
    /// component, then the rest looked up in that value alone.
    static func lookup(_ name: CompiledTemplates.Name, in stack: [Frame]) -> Any? {
        switch name.kind {
        case .current:
            return stack.last?.value
        case .anchored:
            guard let last = stack.last else { return nil }
            guard case .model(let model) = last else { return name.components.isEmpty ? last.value : nil }
            guard let first = name.components.first else { return model }
            guard let child = model[first] else { return nil }
            return descend(child, name.components.dropFirst())
        case .climbing:
            guard let first = name.components.first else { return stack.last?.value }
            for frame in stack.reversed() {
                if case .model(let model) = frame, let child = model[first] {
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
        let type = Swift.type(of: value)
        if type == String.self, let text = value as? String { return text }
        if type == Int.self, let number = value as? Int { return String(number) }
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
