// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
        .executable(name: "helpdesk-bench", targets: ["HelpdeskBench"]),
        .executable(name: "helpdesk-fuzz", targets: ["HelpdeskFuzzer"]),
        .executable(name: "helpdesk-limit", targets: ["HelpdeskLimit"]),
        .executable(name: "helpdesk-peak-rss", targets: ["HelpdeskPeakRSS"]),
        .library(name: "HelpdeskCore", targets: ["HelpdeskCore"]),
        .library(name: "HelpdeskUI", targets: ["HelpdeskUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Domain model, store, query language, demo data. No terminal code.
        .target(
            name: "HelpdeskCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the demo generator's bulk inserts only.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CSQLiteSettings",
            ]
        ),
        // sqlite3_config(), which is variadic and so out of Swift's reach, wrapped for the one setting we change.
        .systemLibrary(name: "CSQLiteSettings", path: "Sources/CSQLiteSettings"),
        // State, actions, update(), keymap, themes and views drawn into a cell Buffer.
        // Knows nothing about ncurses.
        .target(
            name: "HelpdeskUI",
            dependencies: ["HelpdeskCore"]
        ),
        // ncursesw, wrapped by a small shim (macros and globals Swift cannot import).
        .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW"),
        // The ncurses implementation of HelpdeskUI's Terminal protocol.
        .target(name: "CursesTerminal", dependencies: ["HelpdeskCore", "HelpdeskUI", "CNcursesW"]),
        // The executable: CLI commands and the TUI run loop (composition root). Only TUI/ imports
        // HelpdeskUI and CursesTerminal; the CLI needs HelpdeskCore alone (a test keeps it so).
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "HelpdeskCore", "HelpdeskUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: query timings through HelpdeskStore beside the same SQL through SQLite's C API,
        // and the release binary on a pseudo-terminal (cold start, keystrokes, memory). Never part of `make test`.
        .executableTarget(
            name: "HelpdeskBench",
            dependencies: ["HelpdeskCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // `make bench`: the machine's limit — the TUI's first frame and moves with the same SQL, in C
        // straight on SQLite and ncursesw — measured beside the release binary. Never part of the product.
        .executableTarget(name: "HelpdeskLimit", linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("ncursesw")]),
        // `make bench`: a command's true peak memory (a child spawned by the bench counts the bench's own).
        .executableTarget(name: "HelpdeskPeakRSS"),
        // `make fuzz`: one harness per fuzz target (docs/fuzzing.md), shared by the libFuzzer binary
        // and the corpus tests. Debug builds only: the full-text harness reaches internals with @testable.
        .target(name: "HelpdeskFuzz", dependencies: ["HelpdeskCore", "HelpdeskUI", .product(name: "GRDB", package: "GRDB.swift")]),
        // The fuzzer: built by `make fuzz` with -sanitize=fuzzer (libFuzzer brings `main`); in an
        // ordinary build it replays files through a harness (`helpdesk-fuzz query crash-…`).
        .executableTarget(name: "HelpdeskFuzzer", dependencies: ["HelpdeskFuzz"]),
        // Helpers shared by the test targets (the hostile-strings fixture).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "HelpdeskCoreTests", dependencies: ["HelpdeskCore", "TestSupport"]),
        // Snapshots are read through #filePath, not bundled.
        .testTarget(name: "HelpdeskUITests", dependencies: ["HelpdeskUI", "HelpdeskCore", "HelpdeskFuzz", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["HelpdeskCore", "TestSupport"]),
    ]
)
