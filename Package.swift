// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "pm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pm", targets: ["pm"]),
        .library(name: "PostmortemKit", targets: ["PostmortemKit"]),
        .library(name: "PostmortemMarkdown", targets: ["PostmortemMarkdown"]),
        .library(name: "PostmortemStore", targets: ["PostmortemStore"]),
        .library(name: "PostmortemSite", targets: ["PostmortemSite"]),
        .library(name: "PostmortemFuzzing", targets: ["PostmortemFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "PostmortemKit"),
        .target(
            name: "PostmortemMarkdown",
            dependencies: ["PostmortemKit", "CCmarkGFM", "Yams"]
        ),
        .target(
            name: "PostmortemStore",
            dependencies: [
                "PostmortemKit", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "PostmortemSite",
            dependencies: [
                "PostmortemKit", "PostmortemMarkdown", "PostmortemStore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "PostmortemSynthetic", dependencies: ["PostmortemKit"]),
        .target(
            name: "PostmortemFuzzing",
            dependencies: ["PostmortemKit", "PostmortemMarkdown", "PostmortemStore", "PostmortemSynthetic"]
        ),
        .executableTarget(
            name: "pm-bench",
            dependencies: [
                "PostmortemKit", "PostmortemMarkdown", "PostmortemStore", "PostmortemSite", "PostmortemSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pm",
            dependencies: [
                "PostmortemKit", "PostmortemMarkdown", "PostmortemStore", "PostmortemSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PostmortemKitTests", dependencies: ["PostmortemKit"]),
        .testTarget(
            name: "PostmortemMarkdownTests",
            dependencies: ["PostmortemMarkdown", "PostmortemKit"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PostmortemStoreTests",
            dependencies: [
                "PostmortemStore", "PostmortemKit", "PostmortemMarkdown", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "PostmortemSiteTests",
            dependencies: ["PostmortemSite", "PostmortemKit", "PostmortemMarkdown", "PostmortemStore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PostmortemSyntheticTests",
            dependencies: ["PostmortemSynthetic", "PostmortemMarkdown", "PostmortemKit"]
        ),
        .testTarget(
            name: "PostmortemFuzzingTests",
            dependencies: ["PostmortemFuzzing", "PostmortemSynthetic", "PostmortemMarkdown", "PostmortemKit"]
        ),
        .testTarget(
            name: "pmTests",
            dependencies: [
                "pm", "PostmortemKit", "PostmortemStore", "PostmortemSynthetic",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
