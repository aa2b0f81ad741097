import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real headless Chromium driven through the DevTools protocol over a pipe
/// (`--remote-debugging-pipe`: JSON messages ending in a NUL byte on file descriptors 3 and
/// 4), so no WebSocket client is needed.
///
/// Browser tests run when Debian's `chromium` (or Chrome) is on the PATH. Without it they are
/// skipped, unless `PM_REQUIRE_BROWSER=1` is set (CI sets it): then they fail.
final class Chromium {
    /// The browser's executable, if one is installed.
    static let executable: URL? = {
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// Whether the browser tests must run (and fail without a browser).
    static let required = ProcessInfo.processInfo.environment["PM_REQUIRE_BROWSER"] == "1"

    /// Whether to run the browser tests at all.
    static let shouldRun = executable != nil || required

    static let skipReason: Comment =
        "chromium is not installed: install Debian's chromium (PM_WITH_BROWSER=1 scripts/install-deps) to run the browser tests"

    enum Failure: Error, CustomStringConvertible {
        case missing
        case launch(String)
        case protocolError(String)
        case timeout(String)

        var description: String {
            switch self {
            case .missing: "PM_REQUIRE_BROWSER=1 but no chromium on the PATH: install Debian's chromium package"
            case .launch(let reason): "cannot start chromium: \(reason)"
            case .protocolError(let reason): "DevTools: \(reason)"
            case .timeout(let what): "chromium did not answer in time: \(what)"
            }
        }
    }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: URL
    private var buffer: [UInt8] = []
    private var nextID = 1

    init() throws {
        guard let executable = Self.executable else { throw Failure.missing }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("pm-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        var commands: [Int32] = [0, 0]
        var replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw Failure.launch("no pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, replies[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            executable.path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable.path, &actions, nil, &argv, environ)
        close(commands[0])
        close(replies[1])
        guard status == 0 else {
            close(commands[1])
            close(replies[0])
            throw Failure.launch(String(cString: strerror(status)))
        }
        pid = child
        toBrowser = commands[1]
        fromBrowser = replies[0]
    }

    deinit {
        // Ask the browser to quit (it takes its helper processes with it); kill it if it
        // has not within five seconds.
        _ = try? send("Browser.close", timeout: 5)
        close(toBrowser)
        close(fromBrowser)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends a command and returns its result; events are skipped.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil, timeout: Double = 30) throws
        -> [String: Any]
    {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var data = Array(try JSONSerialization.data(withJSONObject: message))
        data.append(0)
        var written = 0
        while written < data.count {
            let count = data[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure.protocolError("cannot write to the browser") }
            written += count
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let reply = try readMessage(until: deadline, what: method)
            guard reply["id"] as? Int == id else { continue }
            if let error = reply["error"] as? [String: Any] {
                throw Failure.protocolError("\(method): \(error["message"] ?? error)")
            }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    private func readMessage(until deadline: Date, what: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] ?? [:]
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Failure.timeout(what) }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(remaining, 1) * 1000)) >= 0 else { continue }
            guard poller.revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else {
                throw Failure.protocolError("the browser closed the pipe while waiting for \(what)")
            }
            buffer += chunk[..<count]
        }
    }

    /// Opens `url` in a new tab and waits until it has loaded; returns the tab's session.
    func open(_ url: URL) throws -> Tab {
        let target = try send("Target.createTarget", ["url": url.absoluteString])
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no target id") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no session id") }
        let tab = Tab(browser: self, session: session, target: targetID)
        // A new tab starts on about:blank, itself "complete": wait for the page asked for.
        let page = try String(decoding: JSONSerialization.data(withJSONObject: [url.absoluteString]), as: UTF8.self)
        try tab.waitFor("location.href === \(page)[0] && document.readyState === 'complete'")
        return tab
    }

    /// One open page.
    struct Tab {
        let browser: Chromium
        let session: String
        let target: String

        /// Closes the tab (a test opening many pages keeps the browser light).
        func close() throws {
            try browser.send("Target.closeTarget", ["targetId": target])
        }

        /// The value of a JavaScript expression, as JSON gives it back.
        func evaluate(_ expression: String) throws -> Any? {
            let result = try browser.send(
                "Runtime.evaluate", ["expression": expression, "returnByValue": true], session: session)
            if let exception = result["exceptionDetails"] {
                throw Failure.protocolError("\(expression) threw \(exception)")
            }
            return (result["result"] as? [String: Any])?["value"]
        }

        /// Waits until `condition` (a JavaScript expression) is true.
        func waitFor(_ condition: String, timeout: Double = 20) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if try evaluate(condition) as? Bool == true { return }
                usleep(50_000)
            }
            throw Failure.timeout(condition)
        }

        /// Lays the page out as a phone (or a desktop window) `width` × `height` CSS pixels
        /// wide would: `mobile` honours the page's viewport meta tag.
        func setViewport(width: Int, height: Int, mobile: Bool = true) throws {
            try browser.send(
                "Emulation.setDeviceMetricsOverride",
                ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile], session: session)
        }

        /// Emulates a media type ("screen", "print") and a preferred colour scheme ("light", "dark").
        func emulateMedia(_ type: String = "screen", colorScheme: String = "light") throws {
            try browser.send(
                "Emulation.setEmulatedMedia",
                ["media": type, "features": [["name": "prefers-color-scheme", "value": colorScheme]]],
                session: session)
        }

        /// Types `text` into the focused element, as a keyboard would (input events included).
        func type(_ text: String) throws {
            try browser.send("Input.insertText", ["text": text], session: session)
        }
    }
}
