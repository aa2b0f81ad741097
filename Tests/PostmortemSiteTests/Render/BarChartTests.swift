import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The column chart's slanted labels, read back from the SVG: each lies wholly inside the
/// picture, so none is cut off at the left edge or the bottom.
struct BarChartTests {
    /// The corners of a label anchored at its end, `(x, y)`, rotated by `degrees` about that
    /// point: a generous box for 11px text (0.62 em a character, 10px up, 3px down).
    static func corners(text: String, x: Double, y: Double, degrees: Double) -> [(Double, Double)] {
        let angle = degrees * Double.pi / 180
        let width = Double(text.count) * 11 * 0.62
        return [(-width, -10.0), (-width, 3), (0, -10), (0, 3)].map { dx, dy in
            (x + dx * cos(angle) - dy * sin(angle), y + dx * sin(angle) + dy * cos(angle))
        }
    }

    static let charts: [(String, [BarChart.Bar], Int)] = [
        (
            "time to resolve",
            DurationSummary(seconds: [60, 1_000, 5_000, 20_000, 100_000, 1_000_000]).buckets.map {
                BarChart.Bar(label: $0.label, value: $0.count, href: nil)
            }, 1
        ),
        (
            "months", (1...30).map { BarChart.Bar(label: "2024-\($0)", value: $0 % 4, href: nil) }, 3
        ),
        ("one long label", [BarChart.Bar(label: "a label far longer than any bucket has", value: 2, href: nil)], 1),
    ]

    @Test(arguments: charts)
    func slantedLabelsStayInsideThePicture(name: String, bars: [BarChart.Bar], every: Int) throws {
        let svg = try #require(BarChart.columns(bars, label: name, labelEvery: every)).html
        let size = try #require(svg.firstMatch(of: /<svg [^>]*width="(\d+)" height="(\d+)"/))
        let (width, height) = (try #require(Double(size.1)), try #require(Double(size.2)))
        let labels = svg.matches(
            of:
                /<text x="([\d.]+)" y="([\d.]+)" class="tick" text-anchor="end" transform="rotate\((-?\d+) [\d.]+ [\d.]+\)">([^<]*)<\/text>/
        )
        #expect(labels.count == (bars.count + every - 1) / every, "\(name)")
        for label in labels {
            let (x, y, degrees) = (
                try #require(Double(label.1)), try #require(Double(label.2)), try #require(Double(label.3))
            )
            for (cornerX, cornerY) in Self.corners(text: String(label.4), x: x, y: y, degrees: degrees) {
                #expect(
                    cornerX >= 0 && cornerX <= width && cornerY >= 0 && cornerY <= height,
                    "\(name): \(label.4) reaches (\(cornerX), \(cornerY)) outside \(width)×\(height)")
            }
        }
    }
}
