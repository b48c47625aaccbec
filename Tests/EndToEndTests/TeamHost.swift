import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A shared host for a team, made real for one test: OS accounts in a group of their own and a
/// team folder (setgid, mode 2770) owned by that group, as docs/admin.md sets it up. Root only.
/// The accounts and the group are removed again by `remove()`; ones left by a crashed run are
/// reused (and then removed).
final class TeamHost: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let group: String
    let logins: [String]
    let sandbox: Sandbox
    /// The team folder; databases made in it are the group's.
    let folder: String
    /// A copy of the helpdesk binary every account can run (the build folder may be private).
    let binary: String

    static var canRun: Bool { getuid() == 0 }

    /// `logins` join the group; `outsiders` get accounts outside it (someone else on the host).
    init(group: String, logins: [String], outsiders: [String] = [], in sandbox: Sandbox) async throws {
        self.group = group
        self.logins = logins + outsiders
        self.sandbox = sandbox
        folder = sandbox.path("team")
        binary = sandbox.path("bin/helpdesk")
        // Other accounts must reach the sandbox: every folder above it is searchable for others.
        for path in [Sandbox.suiteRoot.path, sandbox.root.path] { chmod(path, 0o755) }

        if try await run("getent", ["group", group]).status != 0 {
            try await require("groupadd", [group])
        }
        for login in logins + outsiders {
            if try await run("id", ["-u", login]).status != 0 {
                try await require("useradd", ["--create-home", "--shell", "/bin/sh", login])
            }
            if logins.contains(login) { try await require("usermod", ["--append", "--groups", group, login]) }
            // Not locked ("!"), so sshd lets the key in; still no password anyone could type.
            try await require("usermod", ["--password", "*", login])
        }

        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try await require("chgrp", [group, folder])
        chmod(folder, 0o2770)

        try FileManager.default.createDirectory(atPath: (binary as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Copied by cp, not in this process: a write descriptor held here while other test threads
        // fork would be inherited by their children, and exec'ing the copy then fails with
        // "Text file busy" (ETXTBSY) until they exec.
        try await require("cp", [try HelpdeskBinary.path(), binary])
        chmod(binary, 0o755)
    }

    /// Removes the accounts (with their homes) and the group. Synchronous, for a `defer`.
    func remove() {
        for login in logins {
            _ = try? ProcessRunner.runBlocking(try Self.tool("pkill"), ["-KILL", "-u", login], environment: sandbox.environment, timeout: 5)
            _ = try? ProcessRunner.runBlocking(try Self.tool("userdel"), ["--remove", login], environment: sandbox.environment, timeout: 10)
        }
        _ = try? ProcessRunner.runBlocking(try Self.tool("groupdel"), [group], environment: sandbox.environment, timeout: 10)
    }

    struct Ownership: Equatable, CustomStringConvertible {
        var group: String
        var mode: mode_t
        var description: String { "group \(group), mode \(String(mode, radix: 8))" }
    }

    /// Owner group and permission bits of a file, e.g. group helpdesk, mode 660.
    func ownership(_ path: String) throws -> Ownership {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(description: "\(path) does not exist") }
        let name = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(info.st_gid)
        return Ownership(group: name, mode: info.st_mode & 0o7777)
    }

    /// Runs the copied helpdesk binary as `login` (runuser, no login shell: the test's environment,
    /// with `overriding` on top), as someone on the host would from their own shell.
    func helpdesk(as login: String, _ arguments: [String], overriding: [String: String] = [:]) async throws -> ProcessResult {
        try await ProcessRunner.run(try Self.tool("runuser"), ["-u", login, "--", binary] + arguments,
                                    environment: sandbox.environment.merging(overriding) { $1 })
    }

    private func run(_ tool: String, _ arguments: [String]) async throws -> ProcessResult {
        try await ProcessRunner.run(try Self.tool(tool), arguments, environment: sandbox.environment)
    }

    private func require(_ tool: String, _ arguments: [String]) async throws {
        let result = try await run(tool, arguments)
        guard result.status == 0 else { throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(result.summary)") }
    }

    /// A system tool; useradd and friends live in sbin, which a test's PATH may lack.
    static func tool(_ name: String) throws -> String {
        try TmuxSession.tool(name, in: ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"])
    }
}
