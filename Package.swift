// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "shopper",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shopper", targets: ["shopper"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev, pkg-config yaml-0.1).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // YAML node tree with positions, parser and emitter over libyaml.
        .target(name: "YAMLKit", dependencies: ["CLibYAML"], linkerSettings: [.linkedLibrary("m")]),
        // Scenario, touchpoint and run models; validation; diagnostics; run store.
        .target(
            name: "ShopperCore",
            dependencies: ["YAMLKit", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // The runner as a pure state machine with an injected clock.
        .target(name: "Runner", dependencies: ["ShopperCore"]),
        // Statistics, report model and renderers.
        .target(name: "Reports", dependencies: ["ShopperCore"]),
        // Raw mode, keys, display width, colour, screens.
        .target(name: "TerminalUI", dependencies: ["Runner", "ShopperCore"]),
        // Command line: argument parsing and wiring only.
        .executableTarget(
            name: "shopper",
            dependencies: [
                "ShopperCore", "Runner", "Reports", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: report vs a bare libyaml event scan.
        .executableTarget(name: "shopper-bench", dependencies: ["CLibYAML", "ShopperCore", "Reports"], path: "Sources/bench"),

        // Helpers shared by the test targets (position markers in fixtures, reading YAML back with PyYAML).
        .target(name: "TestSupport", dependencies: ["YAMLKit"], path: "Tests/TestSupport"),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit", "TestSupport"]),
        .testTarget(name: "ShopperCoreTests", dependencies: ["ShopperCore", "YAMLKit", "TestSupport"], exclude: ["reference"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "ShopperCore", "YAMLKit", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "ShopperCore"], exclude: ["reference"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Runner"]),
        .testTarget(name: "ShopperCLITests", dependencies: ["ShopperCore", "YAMLKit", "TestSupport"]),
    ]
)
