import Foundation

/// The demo database every test copies from: made once per test run with `helpdesk demo`
/// (2,000 tickets, seed 1, times anchored with the hidden `--now`), because generating it takes
/// seconds. Tests never open this file itself, only copies of it.
actor DemoDatabase {
    struct Fixture: Sendable {
        var path: String
        /// The output of the `helpdesk demo` run that made it.
        var creation: ProcessResult
    }

    static let shared = DemoDatabase()
    static let tickets = 2_000
    static let seed = 1
    /// 2026-11-18, the demo's "now".
    static let now: Int64 = 1_795_000_000

    private var making: Task<Fixture, Error>?

    func fixture() async throws -> Fixture {
        if let making { return try await making.value }
        let task = Task { try await Self.make() }
        making = task
        return try await task.value
    }

    private static func make() async throws -> Fixture {
        let folder = Sandbox.suiteRoot.appendingPathComponent("demo", isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        for name in ["home", "config", "data"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let environment = Sandbox.environment(home: folder.appendingPathComponent("home").path,
                                              config: folder.appendingPathComponent("config").path,
                                              data: folder.appendingPathComponent("data").path)
        let path = folder.appendingPathComponent("demo.sqlite").path
        let result = try await ProcessRunner.run(
            try HelpdeskBinary.path(),
            ["demo", "--db", path, "--tickets", String(tickets), "--seed", String(seed), "--now", String(now)],
            environment: environment, timeout: 120)
        guard result.status == 0 else {
            throw Sandbox.CommandFailed(description: "helpdesk demo failed, so no end-to-end test can run: \(result.summary)")
        }
        return Fixture(path: path, creation: result)
    }
}
