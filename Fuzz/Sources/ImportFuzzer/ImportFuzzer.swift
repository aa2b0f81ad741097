import Foundation
import PostmortemFuzzing

/// The program's entry point hands over to libFuzzer's driver. (SwiftPM gives every
/// executable a `main` of its own, so libFuzzer's `main` is never linked in; its driver is
/// called instead, with the same command line.)
@main
enum ImportFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's entry point: one input through `ImportHarness` (the real importer, then the
/// real store), the same checks as the seeded fuzz test. A broken promise aborts, which
/// libFuzzer records as a crash and saves as `crash-…`; a hang is caught by its -timeout.
///
/// `PM_FUZZ_WORK` names the folder for the harness's store (default: a temporary one).
/// `PM_FUZZ_WORDS=0` leaves out the nothing-lost word check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let outcome = FuzzState.harness.check(bytes)
    if !outcome.violations.isEmpty {
        let report = outcome.violations.map(\.description).joined(separator: "\n")
        FileHandle.standardError.write(Data("pm-fuzz: broken promise:\n\(report)\n".utf8))
        abort()
    }
    FuzzState.inputs += 1
    // The store would otherwise grow for the whole run.
    if FuzzState.inputs % 2_000 == 0 { try? FuzzState.harness.resetStore() }
    return 0
}

/// The harness, made once per fuzzing process. libFuzzer calls the entry point from one
/// thread only.
enum FuzzState {
    nonisolated(unsafe) static var inputs = 0
    nonisolated(unsafe) static let harness: ImportHarness = {
        let environment = ProcessInfo.processInfo.environment
        let folder =
            environment["PM_FUZZ_WORK"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("pm-fuzz-\(getpid())")
        let checks = ImportHarness.Checks(nothingLost: environment["PM_FUZZ_WORDS"] != "0")
        do {
            return try ImportHarness(directory: folder, checks: checks)
        } catch {
            FileHandle.standardError.write(
                Data("pm-fuzz: cannot make the harness's store in \(folder.path): \(error)\n".utf8))
            exit(2)
        }
    }()
}
