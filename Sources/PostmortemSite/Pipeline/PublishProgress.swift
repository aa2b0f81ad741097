/// What a running publish reports, for a progress display.
public enum PublishProgress: Equatable, Sendable {
    /// Step `index` (1-based) of `count` starts.
    case step(index: Int, count: Int, name: String)
    /// Within the current step, `done` of `total` pages are made.
    case pages(done: Int, total: Int)
}
