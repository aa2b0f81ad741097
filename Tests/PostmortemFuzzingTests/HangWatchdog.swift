import Dispatch
import Foundation
import PostmortemFuzzing

/// Reports an input that has not finished after `seconds`: a real hang never returns, so
/// the loop's own timing cannot see it. The watchdog writes the input to a temporary file
/// and names it on standard error, so the hang can be reproduced after the run is killed.
final class HangWatchdog: @unchecked Sendable {
    private let seconds: Double
    private let queue = DispatchQueue(label: "pm.fuzz.watchdog")
    private var timer: DispatchSourceTimer?

    init(seconds: Double) {
        self.seconds = seconds
    }

    func arm(_ input: FuzzInput, number: Int) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("pm-fuzz-hang-\(number).md")
            try? Data(input.bytes).write(to: url)
            FileHandle.standardError.write(
                Data("fuzz: input \(number) still running after \(self.seconds) s; written to \(url.path)\n".utf8))
        }
        queue.sync { self.timer = timer }
        timer.resume()
    }

    func disarm() {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
    }
}
