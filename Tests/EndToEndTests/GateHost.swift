import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The gate made real on a TeamHost: a copy of helpdesk installed setgid to the team's group
/// (as `make install-team` installs it), and the host's `/etc/helpdesk/config.toml` naming the
/// team's database. That file is only seen by the commands run here: each runs in a mount
/// namespace of its own with an overlay on /etc, so the host's own /etc is never touched.
final class GateHost: Sendable {
    let host: TeamHost
    /// The setgid copy.
    let binary: String
    /// /etc/helpdesk/config.toml as the commands see it.
    let config: String
    private let upper: String
    private let work: String

    init(on host: TeamHost, database: String) async throws {
        self.host = host
        binary = host.sandbox.path("gate/helpdesk")
        upper = host.sandbox.path("etc-overlay/upper")
        work = host.sandbox.path("etc-overlay/work")
        config = upper + "/helpdesk/config.toml"
        for folder in [(binary as NSString).deletingLastPathComponent, upper + "/helpdesk", work] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            chmod(folder, 0o755)
        }
        try "database = \"\(database)\"\n".write(toFile: config, atomically: false, encoding: .utf8)
        chmod(config, 0o644)
        try await Self.require("cp", [host.binary, binary])
        try await Self.require("chgrp", [host.group, binary])
        chmod(binary, 0o2755)
    }

    /// Runs the setgid helpdesk as `login`, from the environment `environment` (the test's with
    /// `overriding` on top), with standard input `stdin`.
    func helpdesk(as login: String, _ arguments: [String], stdin: Data? = nil, overriding: [String: String] = [:]) async throws -> ProcessResult {
        try await run(as: login, [binary] + arguments, stdin: stdin, overriding: overriding)
    }

    /// Runs any program as `login` in the namespace (`cat`, the plain helpdesk binary).
    func run(as login: String, _ command: [String], stdin: Data? = nil, overriding: [String: String] = [:]) async throws -> ProcessResult {
        let script = """
            mount -t overlay overlay -o "lowerdir=/etc,upperdir=$1,workdir=$2" /etc || exit 97
            login=$3; shift 3
            exec runuser -u "$login" -- "$@"
            """
        return try await ProcessRunner.run(try TeamHost.tool("unshare"), ["--mount", "--", "/bin/sh", "-c", script, "sh", upper, work, login] + command,
                                           environment: host.sandbox.environment.merging(overriding) { $1 }, stdin: stdin)
    }

    private static func require(_ tool: String, _ arguments: [String]) async throws {
        let result = try await ProcessRunner.run(try TeamHost.tool(tool), arguments, environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else { throw TeamHost.Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(result.summary)") }
    }
}
