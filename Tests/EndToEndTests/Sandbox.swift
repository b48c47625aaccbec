import Foundation
import HelpdeskCore

/// A private folder for one test. HOME, XDG_CONFIG_HOME and XDG_DATA_HOME point into it, and the
/// environment is built from scratch (no HELPDESK_DB, NO_COLOR or TMUX from the caller), so the
/// program never sees the user's own files. The folder is removed when the test ends.
final class Sandbox: Sendable {
    struct CommandFailed: Error, CustomStringConvertible {
        var description: String
    }

    let root: URL
    /// The environment every process of this test gets.
    let environment: [String: String]

    init() throws {
        root = Self.suiteRoot.appendingPathComponent(String(UUID().uuidString.prefix(8)), isDirectory: true)
        let home = root.appendingPathComponent("home")
        let config = root.appendingPathComponent("config")
        let data = root.appendingPathComponent("data")
        for folder in [home, config, data] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        environment = Self.environment(home: home.path, config: config.path, data: data.path)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// A path inside the sandbox.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes an executable script that helpdesk runs by its name (xdg-open on the PATH). The file
    /// is opened close-on-exec: a process another test starts meanwhile must not inherit it open
    /// for writing, or running the script fails with "text file busy" (status 126).
    static func writeScript(_ text: String, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CommandFailed(description: "cannot write \(path): errno \(errno)") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CommandFailed(description: "cannot write \(path)") }
    }

    /// Runs `helpdesk` with these arguments; `overriding` changes single environment variables.
    func helpdesk(_ arguments: [String], stdin: Data? = nil, overriding: [String: String] = [:],
                  timeout: TimeInterval = 30) async throws -> ProcessResult {
        try await ProcessRunner.run(try HelpdeskBinary.path(), arguments, environment: environment.merging(overriding) { $1 },
                                    stdin: stdin, timeout: timeout)
    }

    /// Runs `helpdesk`, requires success, and decodes its JSON output.
    func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) async throws -> T {
        let result = try await helpdesk(arguments)
        guard result.status == 0 else {
            throw CommandFailed(description: "helpdesk \(arguments.joined(separator: " ")) failed: \(result.summary)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: result.stdout)
        } catch {
            throw CommandFailed(description: "helpdesk \(arguments.joined(separator: " ")) printed JSON that does not decode as \(T.self): \(error)\n\(result.output)")
        }
    }

    /// A private copy of the shared demo database (2,000 tickets), for tests that write or open it.
    func demoDatabase(_ name: String = "demo.sqlite") async throws -> String {
        let source = try await DemoDatabase.shared.fixture().path
        let target = path(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    /// A new, empty database made with `helpdesk init` (the current user is its admin).
    func emptyDatabase(_ name: String = "empty.sqlite") async throws -> String {
        let target = path(name)
        let result = try await helpdesk(["init", "--db", target])
        guard result.status == 0 else { throw CommandFailed(description: "helpdesk init failed: \(result.summary)") }
        return target
    }

    /// The OS account the program sees as "me" (the tests run as root here, the demo's admin).
    static var login: String { OSUser.current().login }

    // MARK: - The shared folder of this test run

    /// `$TMPDIR/helpdesk-e2e-<pid>`: every sandbox and the demo database live below it.
    static let suiteRoot: URL = {
        let temporary = FileManager.default.temporaryDirectory
        removeLeftoversOfDeadRuns(in: temporary)
        let root = temporary.appendingPathComponent("helpdesk-e2e-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }()

    /// A run that crashed cannot clean up after itself; its folder is removed by the next run
    /// (only folders of ours whose process no longer exists).
    private static func removeLeftoversOfDeadRuns(in temporary: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix("helpdesk-e2e-") {
            guard let pid = Int32(name.dropFirst("helpdesk-e2e-".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
    }

    static func environment(home: String, config: String, data: String) -> [String: String] {
        // A sanitizer build's settings (make sanitize) reach the binary under test too.
        let sanitizers = ProcessInfo.processInfo.environment.filter { ["ASAN_OPTIONS", "TSAN_OPTIONS"].contains($0.key) }
        return sanitizers.merging([
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": config,
            "XDG_DATA_HOME": data,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "TERM": "xterm-256color",
            "SHELL": "/bin/sh",
            // Never the host's /etc/helpdesk/config.toml: each test states its own.
            "HELPDESK_SYSTEM_CONFIG": config + "/system-config.toml",
        ]) { $1 }
    }
}
