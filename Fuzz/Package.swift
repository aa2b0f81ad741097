// swift-tools-version: 6.1
import PackageDescription

// The libFuzzer target over pm's importer and store. A package of its own so that the
// sanitizer flags never reach the main build:
//
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
//
// scripts/fuzz builds and runs it, seeded with corpus/.
let package = Package(
    name: "pm-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "pm", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "ImportFuzzer",
            dependencies: [.product(name: "PostmortemFuzzing", package: "pm")]
        )
    ],
    swiftLanguageModes: [.v6]
)
