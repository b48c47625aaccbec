import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private OpenSSH server on 127.0.0.1, so a test logs in as other OS users the way a team does
/// on a shared host. It installs openssh-server with apt-get when sshd is missing (root), and
/// never touches the host's own sshd or its configuration: its own port, host key, config and
/// key file, all in the sandbox.
final class LoopbackSSH: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let sshd = "/usr/sbin/sshd"

    let port: Int
    let sandbox: Sandbox
    private let folder: String
    private var clientKey: String { folder + "/client_key" }
    private var pidFile: String { folder + "/sshd.pid" }

    private init(port: Int, folder: String, sandbox: Sandbox) {
        self.port = port
        self.folder = folder
        self.sandbox = sandbox
    }

    /// Starts sshd for `users` (key login only) and waits until the first of them can log in.
    static func start(for users: [String], in sandbox: Sandbox) async throws -> LoopbackSSH {
        try await DebianPackage.install("openssh-server", providing: sshd, sandbox)
        let folder = sandbox.path("ssh")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // sshd's privilege separation needs this folder; a fresh install may not have made it.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let server = LoopbackSSH(port: try freePort(), folder: folder, sandbox: sandbox)
        for key in ["host_key", "client_key"] {
            try await server.require(TeamHost.tool("ssh-keygen"), ["-q", "-t", "ed25519", "-N", "", "-f", folder + "/" + key])
        }
        let authorized = folder + "/authorized_keys"
        try FileManager.default.copyItem(atPath: server.clientKey + ".pub", toPath: authorized)
        chmod(authorized, 0o644)
        chmod(folder, 0o755)
        let config = """
            ListenAddress 127.0.0.1:\(server.port)
            HostKey \(folder)/host_key
            PidFile \(server.pidFile)
            AuthorizedKeysFile \(authorized)
            AllowUsers \(users.joined(separator: " "))
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin no
            PrintMotd no
            PrintLastLog no
            LogLevel ERROR

            """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
        try await server.require(sshd, ["-f", folder + "/sshd_config", "-E", folder + "/sshd.log"])

        let deadline = Date().addingTimeInterval(15)
        while true {
            let probe = try await server.run(as: users[0], ["true"])
            if probe.status == 0 { return server }
            guard Date() < deadline else {
                server.stop()
                let log = (try? String(contentsOfFile: folder + "/sshd.log", encoding: .utf8)) ?? ""
                throw Failure(description: "could not log in over ssh as \(users[0]): \(probe.summary)\nsshd.log:\n\(log)")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Runs `command` as `user` over ssh (no terminal), like a script on the shared host.
    func run(as user: String, _ command: [String], timeout: TimeInterval = 30) async throws -> ProcessResult {
        try await ProcessRunner.run(try TeamHost.tool("ssh"), clientArguments(user, terminal: false) + [remote(command)],
                                    environment: sandbox.environment, timeout: timeout)
    }

    /// The shell command that logs in as `user` with a terminal and runs `command` there, for a
    /// tmux pane: a person at their own terminal, connected over ssh.
    func terminalCommand(as user: String, _ command: [String]) throws -> String {
        ([try TeamHost.tool("ssh")] + clientArguments(user, terminal: true) + [remote(command)])
            .map(TmuxSession.shellQuoted).joined(separator: " ")
    }

    /// Ends this sshd (and so every session it serves). Synchronous, for a `defer`.
    func stop() {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        kill(pid, SIGTERM)
    }

    private func clientArguments(_ user: String, terminal: Bool) -> [String] {
        ["-i", clientKey, "-p", String(port), "-l", user, terminal ? "-tt" : "-T",
         "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "127.0.0.1"]
    }

    /// The remote side gets a login shell's environment, not ours: the settings a test relies on
    /// travel in the command line (and the host's /etc/helpdesk/config.toml stays out of it).
    private func remote(_ command: [String]) -> String {
        let settings = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TZ=UTC", "HELPDESK_SYSTEM_CONFIG=" + (sandbox.environment["HELPDESK_SYSTEM_CONFIG"] ?? "")]
        return (["env", "-u", "VISUAL", "-u", "EDITOR"] + settings + command).map(TmuxSession.shellQuoted).joined(separator: " ")
    }

    private func require(_ tool: String, _ arguments: [String]) async throws {
        let result = try await ProcessRunner.run(tool, arguments, environment: sandbox.environment)
        guard result.status == 0 else { throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(result.summary)") }
    }

    /// A port nobody listens on now (the kernel's pick; sshd binds it a moment later).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Failure(description: "could not find a free port on 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
