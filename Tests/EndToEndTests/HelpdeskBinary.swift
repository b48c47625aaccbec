import Foundation

/// The built `helpdesk` executable the tests run: `$HELPDESK_BIN` (set by `make test`), else
/// `<repo>/.build/debug/helpdesk`.
enum HelpdeskBinary {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root, found from this source file (Tests/EndToEndTests/…).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repo root

    /// The executable's path, or a failure that says how to build it.
    static func path() throws -> String {
        try resolved.get()
    }

    private static let resolved: Result<String, Missing> = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["HELPDESK_BIN"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                return .failure(Missing(description: "HELPDESK_BIN=\(explicit) is not an executable file; run `make test`, which builds it first"))
            }
            return .success(explicit)
        }
        let fallback = repositoryRoot.appendingPathComponent(".build/debug/helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: fallback) else {
            return .failure(Missing(description: """
                the end-to-end tests need the built helpdesk binary, and \(fallback) does not exist: \
                run `make test` (it builds the binary and sets HELPDESK_BIN), or build it with \
                `swift build --product helpdesk` and set HELPDESK_BIN to its path
                """))
        }
        return .success(fallback)
    }()
}
