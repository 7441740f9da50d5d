// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "OrderCycle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ordercycle", targets: ["ordercycle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.30.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
    ],
    targets: [
        // The domain: formulas, rules and state machines. Foundation only.
        .target(name: "OrderCycleCore", swiftSettings: strict),
        // The SQLite settings Swift cannot reach (a variadic C call into the bundled SQLite).
        .target(name: "OrderCycleSQLiteSettings"),
        // The Vapor adapter around the domain: storage, HTTP API, web pages, live events.
        .target(
            name: "OrderCycleServer",
            dependencies: [
                "OrderCycleCore",
                "OrderCycleSQLiteSettings",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "ordercycle",
            dependencies: ["OrderCycleServer"],
            swiftSettings: strict
        ),
        .testTarget(name: "OrderCycleCoreTests", dependencies: ["OrderCycleCore"], swiftSettings: strict),
        .testTarget(
            name: "OrderCycleServerTests",
            dependencies: [
                "OrderCycleServer",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["OrderImport/Fixtures", "Fixtures"],
            swiftSettings: strict
        ),
    ]
)
