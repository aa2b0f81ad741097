/// Bar charts as SVG for the stats page: vertical bars over a sequence of labels (incidents
/// per month, a distribution), or horizontal bars for a ranking (failure modes).
enum BarChart {
    /// How far the column labels slant, in degrees, and that angle's cosine and sine.
    static let slantDegrees = 40
    static let slantCosine = 0.766
    static let slantSine = 0.643

    /// A generous estimate of the width of `text` in the charts' 11px sans-serif font.
    static func textWidth(_ text: String) -> Double { Double(text.count) * 11 * 0.62 }

    struct Bar {
        var label: String
        var value: Int
        /// A page the bar links to, relative to the page the chart is on.
        var href: String?
    }

    /// Vertical bars, one per label, left to right; every `labelEvery`-th label is written,
    /// slanted up to the right and ending under its bar. The chart leaves room on the left
    /// and below for the longest of them, so no label is cut off.
    static func columns(_ bars: [Bar], label: String, labelEvery: Int = 1) -> SafeHTML? {
        guard let top = bars.map(\.value).max(), top > 0 else { return nil }
        let barWidth = bars.count > 60 ? 6.0 : bars.count > 24 ? 12.0 : 28.0
        let gap = barWidth / 3
        let chartHeight = 160.0
        // A slanted label reaches `run` to the left of its bar's middle (its letters' height
        // adds 7) and `drop` below its baseline.
        let every = max(1, labelEvery)
        func run(_ text: String) -> Double { textWidth(text) * slantCosine + 7 }
        func drop(_ text: String) -> Double { textWidth(text) * slantSine }
        let labelled = bars.enumerated().filter { $0.offset % every == 0 }
        let left = labelled.reduce(36.0) { left, item in
            max(left, run(item.element.label) + 4 - gap / 2 - Double(item.offset) * (barWidth + gap) - barWidth / 2)
        }.rounded(.up)
        let bottom = (labelled.map { drop($0.element.label) }.max() ?? 0) + 14 + 8
        let width = Int(left + Double(bars.count) * (barWidth + gap) + 8)
        var svg = SVGWriter(
            width: max(width, 200), height: Int((8 + chartHeight + max(bottom, 48)).rounded(.up)), label: label,
            className: "bar-chart")
        svg.line(x1: left, y1: 8, x2: left, y2: 8 + chartHeight, className: "axis")
        svg.line(
            x1: left, y1: 8 + chartHeight, x2: Double(max(width, 200)) - 4, y2: 8 + chartHeight, className: "axis")
        svg.text("\(top)", x: left - 4, y: 14, className: "tick", anchor: "end")
        svg.text("0", x: left - 4, y: 8 + chartHeight, className: "tick", anchor: "end")
        for (index, bar) in bars.enumerated() {
            let x = left + gap / 2 + Double(index) * (barWidth + gap)
            let height = Double(bar.value) / Double(top) * chartHeight
            let draw = { (svg: inout SVGWriter) in
                svg.rect(
                    x: x, y: 8 + chartHeight - height, width: barWidth, height: height, className: "bar",
                    tooltip: "\(bar.label): \(bar.value)")
            }
            if let href = bar.href { svg.link(href: href, draw) } else { draw(&svg) }
            if index % every == 0 {
                svg.text(
                    bar.label, x: x + barWidth / 2, y: 8 + chartHeight + 14, className: "tick", anchor: "end",
                    extra: [
                        (
                            "transform",
                            "rotate(-\(slantDegrees) \(SVGWriter.number(x + barWidth / 2)) \(SVGWriter.number(8 + chartHeight + 14)))"
                        )
                    ])
            }
        }
        return svg.finished()
    }

    /// Horizontal bars, one per row, top to bottom, labelled on the left.
    static func rows(_ bars: [Bar], label: String) -> SafeHTML? {
        guard let top = bars.map(\.value).max(), top > 0 else { return nil }
        let rowHeight = 22.0
        let labelWidth = 230.0
        let barSpace = 300.0
        let height = Int(Double(bars.count) * rowHeight + 12)
        var svg = SVGWriter(
            width: Int(labelWidth + barSpace + 50), height: height, label: label, className: "row-chart")
        for (index, bar) in bars.enumerated() {
            let y = 6 + Double(index) * rowHeight
            let width = max(2, Double(bar.value) / Double(top) * barSpace)
            let shown = bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label
            let draw = { (svg: inout SVGWriter) in
                svg.text(shown, x: labelWidth - 8, y: y + 14, className: "tick", anchor: "end")
                svg.rect(
                    x: labelWidth, y: y + 3, width: width, height: rowHeight - 8, className: "bar",
                    tooltip: "\(bar.label): \(bar.value)")
            }
            if let href = bar.href { svg.link(href: href, draw) } else { draw(&svg) }
            svg.text("\(bar.value)", x: labelWidth + width + 6, y: y + 14, className: "tick")
        }
        return svg.finished()
    }
}
