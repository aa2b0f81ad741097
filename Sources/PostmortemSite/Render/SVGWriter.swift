/// Accumulates SVG markup. Every text and attribute value passes through `SafeHTML.escape`;
/// numbers are written with at most one decimal, so charts are byte-identical everywhere.
struct SVGWriter {
    private(set) var markup = ""

    /// Opens an `<svg>` of `width` × `height` user units, labelled for assistive technology.
    init(width: Int, height: Int, label: String, className: String) {
        markup =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(SafeHTML.escape(className))\" "
            + "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(SafeHTML.escape(label))\">"
            + "<title>\(SafeHTML.escape(label))</title>"
    }

    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : Formatting.decimal(value)
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(SafeHTML.escape($0.1))\"" }.joined()
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        markup +=
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
            + "y2=\"\(Self.number(y2))\" class=\"\(SafeHTML.escape(className))\"/>"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String, tooltip: String? = nil) {
        let open =
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" "
            + "height=\"\(Self.number(max(0, height)))\" class=\"\(SafeHTML.escape(className))\""
        if let tooltip {
            markup += open + "><title>\(SafeHTML.escape(tooltip))</title></rect>"
        } else {
            markup += open + "/>"
        }
    }

    mutating func circle(x: Double, y: Double, radius: Double, className: String, tooltip: String? = nil) {
        let open =
            "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" "
            + "class=\"\(SafeHTML.escape(className))\""
        if let tooltip {
            markup += open + "><title>\(SafeHTML.escape(tooltip))</title></circle>"
        } else {
            markup += open + "/>"
        }
    }

    mutating func text(
        _ text: String, x: Double, y: Double, className: String, anchor: String = "start",
        extra: [(String, String)] = []
    ) {
        markup +=
            "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" class=\"\(SafeHTML.escape(className))\" "
            + "text-anchor=\"\(SafeHTML.escape(anchor))\"\(Self.attributes(extra))>\(SafeHTML.escape(text))</text>"
    }

    /// A link around what `body` writes (relative `href`s only: the publisher's own pages).
    mutating func link(href: String, _ body: (inout SVGWriter) -> Void) {
        markup += "<a href=\"\(SafeHTML.escape(href))\">"
        body(&self)
        markup += "</a>"
    }

    func finished() -> SafeHTML {
        SafeHTML.trusted(markup + "</svg>")
    }
}
