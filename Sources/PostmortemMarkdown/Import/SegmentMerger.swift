import PostmortemKit

/// Folds sub-segments back into a runbook's procedure or troubleshooting section before
/// extraction. Inside such a section every deeper heading is a step ("**5. Monitor
/// recovery:**") or an entry ("### Recovery pod stuck in Pending"), whatever the synonym
/// table makes of its words, so the segmenter's split at a recognised sub-heading is undone
/// until the next heading at the section's own level or above.
enum SegmentMerger {
    static func merge(_ segments: [DocumentSegment]) -> [DocumentSegment] {
        var merged: [DocumentSegment] = []
        for segment in segments {
            if let container = merged.last, let heading = segment.heading, !container.isPreamble,
                container.kind == .procedure || container.kind == .troubleshooting,
                segment.level > container.level
            {
                merged[merged.count - 1].blocks += [heading] + segment.blocks
            } else {
                merged.append(segment)
            }
        }
        return merged
    }
}
