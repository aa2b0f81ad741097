import PostmortemKit

/// The timeline drawn as SVG: a vertical time axis, one dot per timed event coloured by its
/// outcome and numbered as in the table beside it, spans as bars, and the moments of
/// detection and resolution marked across the axis.
///
/// Labels never overlap: the numbers stand in one column beside the axis, and where events
/// are too close for their numbers to sit level with their dots, `LabelSpread` moves them
/// apart and a leader line joins each moved number to its dot (the chart grows taller when
/// the numbers need it). The detected and resolved labels are spread the same way.
///
/// Events without a time of day are left to the table. Nil when fewer than two events
/// have one, or they all happened in the same minute: there is nothing to draw.
enum TimelineChart {
    struct Point {
        var number: Int
        var start: Int
        var end: Int?
        var outcome: Outcome?
        var label: String
    }

    static let width = 260
    static let axisX = 92.0
    /// Room above the axis for the caption line and a marker label at the first moment.
    static let top = 30.0
    /// Where the event numbers start, right of the axis, leaving room for leader lines.
    static let numberX = axisX + 20
    /// The vertical distance between two labels' baselines: an 11px line and a gap.
    static let pitch = 14.0

    /// The chart of `incident`'s timeline, with detection and resolution marked at the
    /// given moments (by default the incident's own; the publisher passes the knowledge
    /// views' `IncidentMetrics`, which also read them from the timeline).
    static func svg(for incident: Incident, detected: Timestamp? = nil, resolved: Timestamp? = nil) -> SafeHTML? {
        var points: [Point] = []
        for (index, event) in incident.timeline.enumerated() {
            guard let at = event.at, let start = Formatting.minutes(at) else { continue }
            let end = event.end.flatMap(Formatting.minutes).flatMap { $0 > start ? $0 : nil }
            points.append(
                Point(
                    number: index + 1, start: start, end: end, outcome: event.outcome,
                    label: "\(index + 1). \(event.time): \(plain(event.event))"))
        }
        let detected = (detected ?? incident.detected).flatMap(Formatting.minutes)
        let resolved = (resolved ?? incident.resolved).flatMap(Formatting.minutes)
        let moments =
            points.flatMap { [$0.start] + ($0.end.map { [$0] } ?? []) } + [detected, resolved].compactMap { $0 }
        guard points.count >= 2, let first = moments.min(), let last = moments.max(), last > first else { return nil }

        let span = Double(last - first)
        let length = Double(min(720, max(220, points.count * 34)))
        func y(_ minute: Int) -> Double { top + Double(minute - first) / span * length }

        // Baselines: numbers level with their dots where there is room, markers' labels
        // just above their lines.
        let numberBaselines = LabelSpread.positions(
            wanted: points.map { y($0.start) + 4 }, pitch: pitch, minimum: top + 4)
        let markers = [(detected, "detected"), (resolved, "resolved")].compactMap { minute, name in
            minute.map { (minute: $0, name: name) }
        }.sorted { $0.minute < $1.minute }
        let markerBaselines = LabelSpread.positions(
            wanted: markers.map { y($0.minute) - 3 }, pitch: pitch, minimum: top - 3)
        let lowest = (numberBaselines + markerBaselines).max() ?? 0
        let height = Int((max(top + length + 4, lowest) + 20).rounded(.up))

        var svg = SVGWriter(
            width: width, height: height, label: "Timeline of \(incident.title)", className: "timeline-chart")
        svg.line(x1: axisX, y1: top, x2: axisX, y2: top + length, className: "axis")
        svg.text(clock(first, day: true), x: axisX - 8, y: top + 4, className: "tick", anchor: "end")
        svg.text(
            clock(last, day: first / 1440 != last / 1440), x: axisX - 8, y: top + length + 4, className: "tick",
            anchor: "end")
        svg.text(
            "\(Formatting.duration(seconds: (last - first) * 60)) from first to last", x: 4, y: 12, className: "tick",
            anchor: "start")

        for (marker, baseline) in zip(markers, markerBaselines) {
            svg.line(
                x1: axisX - 6, y1: y(marker.minute), x2: Double(width) - 6, y2: y(marker.minute),
                className: "marker marker-\(marker.name)")
            svg.text(
                "\(marker.name) \(clock(marker.minute, day: false))", x: Double(width) - 6, y: baseline,
                className: "marker-label", anchor: "end")
        }

        // Dots on the axis; numbers in their column, joined to their dots when moved.
        for (point, baseline) in zip(points, numberBaselines) {
            let position = y(point.start)
            let outcome = point.outcome?.rawValue ?? "none"
            if let end = point.end {
                svg.rect(
                    x: axisX - 3, y: position, width: 6, height: y(end) - position,
                    className: "span outcome-\(outcome)",
                    tooltip: point.label)
            }
            svg.circle(x: axisX, y: position, radius: 5, className: "event outcome-\(outcome)", tooltip: point.label)
            if abs(baseline - (position + 4)) >= 0.5 {
                svg.line(x1: axisX + 6, y1: position, x2: numberX - 3, y2: baseline - 4, className: "leader")
            }
            svg.text("\(point.number)", x: numberX, y: baseline, className: "event-number")
        }
        return svg.finished()
    }

    /// "14:02", or "02-20 14:02" when the day matters.
    static func clock(_ minutes: Int, day: Bool) -> String {
        let minuteOfDay = ((minutes % 1440) + 1440) % 1440
        let time = Formatting.pad(minuteOfDay / 60) + ":" + Formatting.pad(minuteOfDay % 60)
        guard day else { return time }
        let days = Int((Double(minutes) / 1440).rounded(.down))
        guard let date = dayFromEpoch(days) else { return time }
        return Formatting.pad(date.month) + "-" + Formatting.pad(date.day) + " " + time
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    static func dayFromEpoch(_ days: Int) -> Day? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Inline Markdown reduced to its words for a tooltip: backticks and emphasis marks dropped.
    static func plain(_ markdown: String) -> String {
        guard markdown.utf8.contains(where: { $0 == 0x60 || $0 == 0x2A }) else { return markdown }
        return String(markdown.filter { $0 != "`" && $0 != "*" })
    }
}
