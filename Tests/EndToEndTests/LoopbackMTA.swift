import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real MTA for one test: Debian's exim4 (installed with apt-get when missing, root), with its
/// own configuration, spool and log in the sandbox, listening on 127.0.0.1 only on a free port.
/// Mail for support@helpdesk.test is piped into `helpdesk mail receive` as a member of the team's
/// group (the alias admins set up, docs/admin.md); mail for a local account goes to its
/// ~/Maildir. The host's own exim configuration is never touched: exim keeps its privileges for
/// a `-C` configuration only when /etc/exim4/trusted_configs lists it, so every exim started here
/// runs in a mount namespace whose /etc is an overlay holding that list.
final class LoopbackMTA: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let exim = "/usr/sbin/exim4"
    static let domain = "helpdesk.test"
    static var supportAddress: String { "support@\(domain)" }

    let port: Int
    let sandbox: Sandbox
    let folder: String
    var config: String { folder + "/exim.conf" }
    var pidFile: String { folder + "/exim.pid" }
    var mainLog: String { folder + "/log/mainlog" }
    private var upper: String { folder + "/etc-upper" }
    private var work: String { folder + "/etc-work" }

    private init(port: Int, folder: String, sandbox: Sandbox) {
        self.port = port
        self.folder = folder
        self.sandbox = sandbox
    }

    /// Starts the daemon. `pipe` is the helpdesk command line mail for support@ is piped into,
    /// run as `user` in `group`.
    static func start(pipe: [String], user: String, group: String, in sandbox: Sandbox) async throws -> LoopbackMTA {
        try await DebianPackage.install("exim4-daemon-light", providing: exim, sandbox)
        let folder = sandbox.path("mta")
        let mta = LoopbackMTA(port: try LoopbackSSH.freePort(), folder: folder, sandbox: sandbox)
        for sub in ["spool", "log", "etc-upper/exim4", "etc-work"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        chmod(folder, 0o755)
        for sub in ["spool", "log"] { try await mta.require(TeamHost.tool("chown"), ["Debian-exim", folder + "/" + sub]) }
        let configuration = """
            primary_hostname = \(domain)
            domainlist local_domains = \(domain)
            local_interfaces = 127.0.0.1
            daemon_smtp_ports = \(mta.port)
            spool_directory = \(folder)/spool
            log_file_path = \(folder)/log/%slog
            keep_environment =
            acl_smtp_rcpt = acl_check_rcpt
            begin acl
            acl_check_rcpt:
              accept domains = +local_domains
              deny message = relay not permitted
            begin routers
            helpdesk:
              driver = accept
              domains = +local_domains
              local_parts = support
              transport = helpdesk_pipe
            local_user:
              driver = accept
              domains = +local_domains
              check_local_user
              transport = local_maildir
            begin transports
            helpdesk_pipe:
              driver = pipe
              command = \(pipe.joined(separator: " "))
              user = \(user)
              group = \(group)
              temp_errors = 75
              return_fail_output
            local_maildir:
              driver = appendfile
              directory = $home/Maildir
              maildir_format
              envelope_to_add
              return_path_add
            begin retry
            * * F,1h,1m

            """
        try configuration.write(toFile: mta.config, atomically: false, encoding: .utf8)
        chmod(mta.config, 0o644)
        try (mta.config + "\n").write(toFile: mta.upper + "/exim4/trusted_configs", atomically: false, encoding: .utf8)
        chmod(mta.upper + "/exim4/trusted_configs", 0o644)
        for path in [mta.upper, mta.upper + "/exim4"] { chmod(path, 0o755) }

        try await mta.require(try TeamHost.tool("unshare"), mta.inNamespace([exim, "-C", mta.config, "-bd", "-oX", String(mta.port), "-oP", mta.pidFile]))
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: mta.pidFile) {
            guard Date() < deadline else { throw Failure(description: "exim did not start: \(mta.log)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        return mta
    }

    /// The sendmail command helpdesk sends replies with (it runs in this namespace's /etc).
    var sendmail: String { folder + "/sendmail" }

    /// Writes `sendmail`: exim's sendmail interface with this configuration, in the namespace.
    func writeSendmail() throws {
        let script = "#!/bin/sh\nexec \(try TeamHost.tool("unshare")) " + inNamespace([Self.exim, "-C", config, "-odi", "-t", "-oi"]).map(TmuxSession.shellQuoted).joined(separator: " ")
            + " \"$@\"\n"
        try Sandbox.writeScript(script, at: sendmail)
    }

    /// Arguments for `unshare` that run `command` with the overlay on /etc.
    func inNamespace(_ command: [String]) -> [String] {
        let script = #"mount -t overlay overlay -o "lowerdir=/etc,upperdir=$1,workdir=$2" /etc || exit 97; shift 2; exec "$@""#
        return ["--mount", "--", "/bin/sh", "-c", script, "sh", upper, work] + command
    }

    /// Sends `message` over SMTP to 127.0.0.1 as `login` would from their own account (bash's
    /// /dev/tcp, a plain SMTP dialogue: no client to install).
    func submit(_ message: String, from sender: String, to recipient: String, as login: String) async throws {
        let client = #"""
            exec 3<>/dev/tcp/127.0.0.1/$1 || exit 1
            reply() { while IFS= read -r line <&3; do line=${line%$'\r'}; case "$line" in [0-9][0-9][0-9]-*) ;; *) code=${line:0:3}; break;; esac; done; }
            say() { printf '%s\r\n' "$1" >&3; reply; [ "${code:0:1}" = "$2" ] || { echo "SMTP: $1 -> $line" >&2; exit 1; }; }
            reply
            say "EHLO client.helpdesk.test" 2
            say "MAIL FROM:<$2>" 2
            say "RCPT TO:<$3>" 2
            say "DATA" 3
            while IFS= read -r line || [ -n "$line" ]; do [ "${line:0:1}" = "." ] && line=".$line"; printf '%s\r\n' "$line" >&3; done
            say "." 2
            say "QUIT" 2
            """#
        let result = try await ProcessRunner.run(try TeamHost.tool("runuser"), ["-u", login, "--", "/bin/bash", "-c", client, "smtp", String(port), sender, recipient],
                                                 environment: sandbox.environment, stdin: Data(message.utf8))
        guard result.status == 0 else { throw Failure(description: "SMTP submission failed: \(result.summary)\n\(log)") }
    }

    var log: String { (try? String(contentsOfFile: mainLog, encoding: .utf8)) ?? "(no exim log)" }

    func stop() {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        kill(pid, SIGTERM)
    }

    private func require(_ tool: String, _ arguments: [String]) async throws {
        let result = try await ProcessRunner.run(tool, arguments, environment: sandbox.environment)
        guard result.status == 0 else { throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(result.summary)") }
    }
}
