import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for the TUI: a detached tmux session on a tmux server of its own (`-L`, so
/// other people's tmux sessions are never touched), driven with send-keys and read with
/// capture-pane, the way a person would type and look.
///
/// ```swift
/// let tmux = try await TmuxSession.start(TmuxSession.helpdesk(database: db), in: sandbox)
/// defer { tmux.kill() }
/// try await tmux.waitFor("All open")
/// ```
final class TmuxSession: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How often the screen is captured while waiting, and how long a wait lasts at most.
    static let pollInterval: Duration = .milliseconds(50)
    static let defaultTimeout: TimeInterval = 10
    /// Printed by the shell after the program ends, so tests can see its exit status.
    static let exitMarker = "EXITED:"

    let socket: String
    let sandbox: Sandbox
    private static let target = "e2e"

    private init(socket: String, sandbox: Sandbox) {
        self.socket = socket
        self.sandbox = sandbox
    }

    /// The shell command that runs helpdesk on `database`, then prints `EXITED:<status>` and keeps
    /// the pane open so the screen after exit can be read.
    /// `arguments` come after `--db PATH`, e.g. `["--read-only"]`.
    static func helpdesk(database: String, term: String = "xterm-256color", stderrFile: String? = nil,
                         arguments: [String] = []) throws -> String {
        let command = ([try HelpdeskBinary.path(), "--db", database] + arguments).map(shellQuoted).joined(separator: " ")
        let redirect = stderrFile.map { " 2>" + shellQuoted($0) } ?? ""
        return "TERM=\(shellQuoted(term)) \(command)\(redirect); echo \(exitMarker)$?; sleep 60"
    }

    /// Starts a new tmux server with one session of `width`×`height` running `command` (via sh).
    static func start(_ command: String, in sandbox: Sandbox, width: Int = 120, height: Int = 40) async throws -> TmuxSession {
        let session = TmuxSession(socket: "hde2e-" + UUID().uuidString.prefix(8).lowercased(), sandbox: sandbox)
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height), "-s", target]
        for key in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "HELPDESK_SYSTEM_CONFIG", "LANG", "LC_ALL", "TZ", "TERM"] {
            if let value = sandbox.environment[key] { arguments += ["-e", "\(key)=\(value)"] }
        }
        arguments.append(command)
        let result = try await session.tmux(arguments)
        guard result.status == 0 else {
            session.kill()
            throw Failure(description: "tmux new-session failed (is tmux installed? `make test` installs it): \(result.summary)")
        }
        return session
    }

    /// helpdesk on `db` in a 120×40 window, after its first frame. `inlineEditor`: without
    /// $EDITOR/$VISUAL, so replies and notes open the inline composer.
    static func startHelpdesk(_ sandbox: Sandbox, _ db: String, arguments: [String] = [], inlineEditor: Bool = false) async throws -> TmuxSession {
        let command = (inlineEditor ? "env -u EDITOR -u VISUAL " : "") + (try helpdesk(database: db, arguments: arguments))
        let tmux = try await start(command, in: sandbox)
        do {
            try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") && !$0.titleLine.contains("loading…") }
        } catch {
            tmux.kill()
            throw error
        }
        return tmux
    }

    /// Runs a tmux command against this session's own server.
    @discardableResult
    func tmux(_ arguments: [String]) async throws -> ProcessResult {
        try await ProcessRunner.run(try Self.tmuxPath(), ["-L", socket, "-f", "/dev/null"] + arguments,
                                    environment: sandbox.environment, timeout: 10)
    }

    // MARK: - Looking

    /// The pane as text, one string per line (wide characters are one character each).
    func capture() async throws -> TerminalScreen {
        let size = try await display("#{pane_width} #{pane_height}").split(separator: " ").compactMap { Int($0) }
        let result = try await tmux(["capture-pane", "-p", "-t", Self.target])
        guard result.status == 0, size.count == 2 else { throw Failure(description: "tmux capture-pane failed: \(result.summary)") }
        return TerminalScreen(text: result.output, width: size[0], height: size[1])
    }

    /// The number of the queue row drawn as selected: the row whose ID cell has a background
    /// colour (or reverse video) — the selection is shown by style only, so this reads the pane
    /// with its escape sequences (`capture-pane -e`). Nil when no row is highlighted.
    func selectedQueueTicket() async throws -> Int64? {
        let plain = try await capture()
        guard let header = plain.lines.firstIndex(where: { $0.contains(" ID PRIO ") }) else { return nil }
        let result = try await tmux(["capture-pane", "-p", "-e", "-t", Self.target])
        guard result.status == 0 else { throw Failure(description: "tmux capture-pane -e failed: \(result.summary)") }
        let styled = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = plain.queueRows.count
        for index in (header + 1)..<min(styled.count, header + 1 + rows) {
            if let id = Self.highlightedNumber(styled[index]) { return id }
        }
        return nil
    }

    /// The first number on a styled line, if a background or reverse video is in effect where it starts.
    static func highlightedNumber(_ line: String) -> Int64? {
        var background = false, reverse = false
        var characters = Array(line)[...]
        var digits = ""
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "\u{1B}", characters.first == "[" {
                characters = characters.dropFirst()
                var sequence = ""
                while let next = characters.first, !next.isLetter { sequence.append(next); characters = characters.dropFirst() }
                let final = characters.first
                characters = characters.dropFirst()
                guard final == "m" else { continue }
                var parameters = sequence.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                if parameters.isEmpty { parameters = [0] }
                while let parameter = parameters.first {
                    parameters = parameters.dropFirst()
                    switch parameter {
                    case 0: background = false; reverse = false
                    case 7: reverse = true
                    case 27: reverse = false
                    case 40...47, 100...107: background = true
                    case 49: background = false
                    case 48:
                        background = true
                        parameters = parameters.dropFirst(parameters.first == 5 ? 2 : 4)
                    case 38, 58:
                        parameters = parameters.dropFirst(parameters.first == 5 ? 2 : 4)
                    default: break
                    }
                }
                continue
            }
            if character.isNumber {
                if digits.isEmpty && !(background || reverse) { return nil }
                digits.append(character)
            } else if !digits.isEmpty {
                break
            }
        }
        return Int64(digits)
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) async throws -> String {
        let result = try await tmux(["display-message", "-p", "-t", Self.target, format])
        guard result.status == 0 else { throw Failure(description: "tmux display-message failed: \(result.summary)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Captures the screen every 50 ms until `condition` holds; after `timeout` seconds fails
    /// with `what` and the last screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = defaultTimeout,
                   _ condition: (TerminalScreen) -> Bool) async throws -> TerminalScreen {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try await capture()
            if condition(screen) { return screen }
            guard Date() < deadline else {
                throw Failure(description: "waited \(timeout) s for \(what), but the screen shows:\n\(screen)")
            }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// Waits until `text` appears anywhere on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = defaultTimeout) async throws -> TerminalScreen {
        try await waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the program has ended and the shell printed its exit status; returns it.
    func waitForExit(timeout: TimeInterval = defaultTimeout) async throws -> (status: Int, screen: TerminalScreen) {
        let screen = try await waitFor(Self.exitMarker, timeout: timeout)
        let line = screen.lines.first { $0.contains(Self.exitMarker) } ?? ""
        let status = line.components(separatedBy: Self.exitMarker).last.flatMap { Int($0.prefix { $0.isNumber }) } ?? -1
        return (status, screen)
    }

    // MARK: - Typing

    /// Presses keys by tmux name: "j", "Enter", "Escape", "C-c", "BSpace".
    func press(_ keys: String...) async throws {
        let result = try await tmux(["send-keys", "-t", Self.target] + keys)
        guard result.status == 0 else { throw Failure(description: "tmux send-keys failed: \(result.summary)") }
    }

    /// Types text literally, character by character.
    func type(_ text: String) async throws {
        let result = try await tmux(["send-keys", "-t", Self.target, "-l", text])
        guard result.status == 0 else { throw Failure(description: "tmux send-keys -l failed: \(result.summary)") }
    }

    /// Resizes the window, as when the user drags the terminal's corner.
    func resize(width: Int, height: Int) async throws {
        let result = try await tmux(["resize-window", "-t", Self.target, "-x", String(width), "-y", String(height)])
        guard result.status == 0 else { throw Failure(description: "tmux resize-window failed: \(result.summary)") }
    }

    // MARK: - Processes

    /// The helpdesk process: the child of the pane's shell. (`pgrep -f <db>` alone would also
    /// match that shell and the tmux server, whose command lines contain the database path.)
    func helpdeskPID() async throws -> Int32 {
        guard let shell = Int32(try await display("#{pane_pid}")) else { throw Failure(description: "no pane pid") }
        let binary = try HelpdeskBinary.path()
        let children = try await ProcessRunner.run(try Self.tool("pgrep"), ["-P", String(shell)], environment: sandbox.environment)
        for pid in children.output.split(separator: "\n").compactMap({ Int32($0) }) {
            let commandLine = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            if String(decoding: commandLine, as: UTF8.self).hasPrefix(binary) { return pid }
        }
        throw Failure(description: "no helpdesk process under the pane's shell \(shell)")
    }

    /// Ends the tmux server (its panes get SIGHUP). Synchronous, so it can run in a `defer`.
    /// Whatever outlives it (the server, the pane's shell, helpdesk) is killed by process id.
    func kill() {
        guard let tmux = try? Self.tmuxPath() else { return }
        func ask(_ format: String) -> Int32? {
            let result = try? ProcessRunner.runBlocking(tmux, ["-L", socket, "-f", "/dev/null", "display-message", "-p", "-t", Self.target, format],
                                                       environment: sandbox.environment, timeout: 5)
            return result.flatMap { Int32($0.output.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let server = ask("#{pid}")
        let shell = ask("#{pane_pid}")
        let children = shell.flatMap { pid in
            try? ProcessRunner.runBlocking(Self.tool("pgrep"), ["-P", String(pid)], environment: sandbox.environment, timeout: 5)
        }?.output.split(separator: "\n").compactMap { Int32($0) } ?? []
        _ = try? ProcessRunner.runBlocking(tmux, ["-L", socket, "-f", "/dev/null", "kill-server"], environment: sandbox.environment, timeout: 5)
        for pid in children + [shell, server].compactMap({ $0 }) {
            // A moment to exit on SIGHUP before insisting; only if it is still the same process.
            for _ in 0..<20 where Glibc.kill(pid, 0) == 0 { usleep(25_000) }
            let commandLine = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            let ours = String(decoding: commandLine, as: UTF8.self).contains(socket) || children.contains(pid) || pid == shell
            if Glibc.kill(pid, 0) == 0 && ours { Glibc.kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    // MARK: - Tools

    static func tmuxPath() throws -> String { try tool("tmux") }

    /// A program from PATH, or from `folders` when given.
    static func tool(_ name: String, in folders: [String]? = nil) throws -> String {
        let searched = folders ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in searched {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure(description: "\(name) is not installed; the end-to-end tests need it" + (name == "tmux" ? " (`make test` installs tmux)" : ""))
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
