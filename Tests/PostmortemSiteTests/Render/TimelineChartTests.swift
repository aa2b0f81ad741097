import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// The timeline chart's labels, read back from the SVG it writes: none overlaps another,
/// and all stay inside the picture, however close together the events are.
struct TimelineChartTests {
    /// One `<text>` of the chart with the box it covers, estimated generously for an 11px
    /// sans-serif font (0.62 em a character, 0.7 em for the bold event numbers; 10px above
    /// the baseline, 3px below).
    struct Label: CustomStringConvertible {
        var text: String
        var className: String
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double

        func intersects(_ other: Label) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }

        var description: String { "\(text) [\(left)…\(right) × \(top)…\(bottom)]" }
    }

    struct Chart {
        var width: Double
        var height: Double
        var labels: [Label]
        /// Leader lines as (x1, y1, x2, y2).
        var leaders: [[Double]]
    }

    static func parse(_ svg: String) throws -> Chart {
        func number(_ text: Substring) throws -> Double { try #require(Double(text)) }
        let size = try #require(svg.firstMatch(of: /<svg [^>]*width="(\d+)" height="(\d+)"/))
        var labels: [Label] = []
        let texts = svg.matches(
            of: /<text x="([\d.-]+)" y="([\d.-]+)" class="([^"]+)" text-anchor="(\w+)">([^<]*)<\/text>/)
        for match in texts {
            let (x, y, className, anchor, text) = (
                try number(match.1), try number(match.2), String(match.3), match.4, String(match.5)
            )
            let em = className == "event-number" ? 0.7 : 0.62
            let width = Double(text.count) * 11 * em
            let left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x
            labels.append(
                Label(text: text, className: className, left: left, right: left + width, top: y - 10, bottom: y + 3))
        }
        let leaders = try svg.matches(
            of: /<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)" class="leader"\/>/
        ).map { try [number($0.1), number($0.2), number($0.3), number($0.4)] }
        return Chart(width: try number(size.1), height: try number(size.2), labels: labels, leaders: leaders)
    }

    /// An incident with events at the given minutes after 09:00, detected and resolved at the
    /// given minutes.
    static func incident(minutes: [Int], detected: Int?, resolved: Int?) throws -> Incident {
        let day = try SiteFixtures.day("2025-03-14")
        func at(_ minutes: Int) -> Timestamp {
            Timestamp(day: day, hour: 9 + minutes / 60, minute: minutes % 60, utcOffsetMinutes: 0)
        }
        return Incident(
            id: "pm-chart", title: "Chart", date: day, detected: detected.map(at), resolved: resolved.map(at),
            timeline: minutes.enumerated().map { index, minute in
                TimelineEvent(
                    time: "t\(index)", at: at(minute), precision: .exact, event: "event \(index + 1)",
                    outcome: [Outcome.failure, .warning, .success][index % 3])
            })
    }

    static let crowds: [(String, [Int], Int?, Int?)] = [
        ("20 events a minute apart, resolved hours later", Array(0..<20) + [600], 1, 600),
        ("60 events a minute apart", Array(0..<60), 0, 59),
        ("eight events in the same minute", Array(repeating: 5, count: 8) + [6, 90], 5, 6),
        ("a minute apart in the middle of a long night", [0] + Array(300..<316) + [720], 301, 302),
        ("the eight-minute incident of issue 6", Array(0..<8), 0, 40),
    ]

    @Test(arguments: crowds)
    func noTwoLabelsOverlap(name: String, minutes: [Int], detected: Int?, resolved: Int?) throws {
        let incident = try Self.incident(minutes: minutes, detected: detected, resolved: resolved)
        let chart = try Self.parse(try #require(TimelineChart.svg(for: incident)).html)
        let numbers = chart.labels.filter { $0.className == "event-number" }
        #expect(numbers.map(\.text) == (1...minutes.count).map(String.init), "\(name)")
        #expect(chart.labels.filter { $0.className == "marker-label" }.count == 2, "\(name)")

        for (index, label) in chart.labels.enumerated() {
            for other in chart.labels[(index + 1)...] {
                #expect(!label.intersects(other), "\(name): \(label) overlaps \(other)")
            }
            #expect(
                label.left >= 0 && label.right <= chart.width && label.top >= 0 && label.bottom <= chart.height,
                "\(name): \(label) leaves the \(chart.width)×\(chart.height) picture")
        }
        // Numbers read downwards in the table's order; every moved one has a leader line
        // from the axis to its label, and leader lines never cross.
        #expect(numbers.map(\.top) == numbers.map(\.top).sorted(), "\(name)")
        for leader in chart.leaders {
            #expect(
                numbers.contains { abs($0.left - 3 - leader[2]) < 0.01 && abs($0.top + 6 - leader[3]) < 0.01 },
                "\(name): leader \(leader) leads to no number")
        }
        for (index, leader) in chart.leaders.enumerated() {
            for other in chart.leaders[(index + 1)...] {
                #expect((leader[1] <= other[1]) == (leader[3] <= other[3]), "\(name): \(leader) crosses \(other)")
            }
        }
    }

    @Test func numbersLevelWithTheirDotsNeedNoLeader() throws {
        let incident = try Self.incident(minutes: [0, 30, 60], detected: 30, resolved: 60)
        let svg = try #require(TimelineChart.svg(for: incident)).html
        #expect(!svg.contains("class=\"leader\""))
        let texts = svg.matches(of: /<text [^>]*>[^<]*<\/text>/).map { String($0.output) }
        #expect(
            texts == [
                #"<text x="84" y="34" class="tick" text-anchor="end">03-14 09:00</text>"#,
                #"<text x="84" y="254" class="tick" text-anchor="end">10:00</text>"#,
                #"<text x="4" y="12" class="tick" text-anchor="start">1 h from first to last</text>"#,
                #"<text x="254" y="137" class="marker-label" text-anchor="end">detected 09:30</text>"#,
                #"<text x="254" y="247" class="marker-label" text-anchor="end">resolved 10:00</text>"#,
                #"<text x="112" y="34" class="event-number" text-anchor="start">1</text>"#,
                #"<text x="112" y="144" class="event-number" text-anchor="start">2</text>"#,
                #"<text x="112" y="254" class="event-number" text-anchor="start">3</text>"#,
            ])
        #expect(
            svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" width="260" height="274""#))
    }
}

struct LabelSpreadTests {
    @Test(arguments: [
        ([0.0, 50], 0.0, [0.0, 50]),
        ([10.0, 10, 10], 0.0, [0.0, 10, 20]),
        ([100.0, 100, 100], 0.0, [90.0, 100, 110]),
        ([5.0, 6], 0.0, [0.5, 10.5]),
        ([5.0, 6], 3.0, [3.0, 13]),
        // The second cluster, centred, would reach back into the first: they merge.
        ([0.0, 12, 20, 20], 0.0, [0.0, 10, 20, 30]),
    ])
    func clustersCentreOnWhatTheyWant(wanted: [Double], minimum: Double, expected: [Double]) {
        #expect(LabelSpread.positions(wanted: wanted, pitch: 10, minimum: minimum) == expected)
    }
}
