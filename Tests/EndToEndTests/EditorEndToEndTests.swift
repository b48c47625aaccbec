import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// $EDITOR as a person runs it: helpdesk started from an interactive shell (job control, as in
/// an SSH login), the editor reading from the terminal (issue 14 item 7). It used to be stopped
/// at its first read (left outside the terminal's foreground group) while helpdesk waited forever.
@Suite("The editor in the terminal's foreground (tmux)", .timeLimit(.minutes(2)))
struct EditorEndToEndTests {
    /// An "editor" that reads one line from the terminal, appends it to the file and exits;
    /// its process id goes to `pidFile` so a test can see whether it still runs.
    private func terminalEditor(in sandbox: Sandbox) throws -> (command: String, pidFile: String) {
        let script = sandbox.path("tty-editor.sh"), pidFile = sandbox.path("editor.pid")
        try "#!/bin/sh\necho $$ > \(pidFile)\nread line\nprintf '%s\\n' \"$line\" >> \"$1\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        // Through sh, not executed (another test's fork may hold the new file open: ETXTBSY).
        return ("sh " + script, pidFile)
    }

    /// helpdesk typed at an interactive shell's prompt in tmux, on the ticket `id`.
    private func startFromAShell(_ sandbox: Sandbox, db: String, editor: String, id: Int64) async throws -> TmuxSession {
        let tmux = try await TmuxSession.start("PS1='$ ' sh -i", in: sandbox)
        let line = "EDITOR=\(TmuxSession.shellQuoted(editor)) " + ([try HelpdeskBinary.path(), "--db", db].map(TmuxSession.shellQuoted).joined(separator: " "))
        try await tmux.type(line)
        try await tmux.press("Enter")
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") && !$0.titleLine.contains("loading…") }
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id)") { $0.detailTicket == id }
        return tmux
    }

    private func openTicket(_ sandbox: Sandbox, _ db: String) async throws -> Int64 {
        try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "1", "--query", "is:open", "--db", db])[0].id
    }

    /// A reply to an open ticket begun in the terminal editor, from a shell in tmux; returns
    /// once the editor runs.
    private func replyInTheTerminalEditor(_ sandbox: Sandbox) async throws -> (tmux: TmuxSession, db: String, id: Int64, pidFile: String) {
        let db = try await sandbox.demoDatabase()
        let id = try await openTicket(sandbox, db)
        let editor = try terminalEditor(in: sandbox)
        let tmux = try await startFromAShell(sandbox, db: db, editor: editor.command, id: id)
        do {
            try await tmux.press("r")
            try await tmux.waitUntil("the editor to start") { _ in FileManager.default.fileExists(atPath: editor.pidFile) }
        } catch {
            tmux.kill()
            throw error
        }
        return (tmux, db, id, editor.pidFile)
    }

    @Test func aTerminalEditorStartedFromAShellGetsTheKeys() async throws {
        let sandbox = try Sandbox()
        let (tmux, db, id, _) = try await replyInTheTerminalEditor(sandbox)
        defer { tmux.kill() }
        try await tmux.type("Antwort aus dem Terminal")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the question naming #\(id)") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (") }
        try await tmux.press("y")
        try await tmux.waitFor("Replied to #\(id)")
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.messages.last?.body == "Antwort aus dem Terminal")
    }

    /// An editor that leaves a process running in the background (gvim without -f) froze the TUI.
    @Test func anEditorThatLeavesABackgroundProcessReturns() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let id = try await openTicket(sandbox, db)
        let script = sandbox.path("forking-editor.sh")
        try "#!/bin/sh\nsleep 30 &\nprintf 'Kurze Antwort\\n' >> \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        let tmux = try await startFromAShell(sandbox, db: db, editor: "sh " + script, id: id)
        defer { tmux.kill() }
        try await tmux.press("r")
        try await tmux.waitUntil("the question naming #\(id)") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (") }
    }

    /// Terminated or hung up while the editor runs, helpdesk hangs the editor up with it.
    @Test(arguments: [SIGTERM, SIGHUP])
    func theEditorEndsWithHelpdesk(_ signal: Int32) async throws {
        let sandbox = try Sandbox()
        let (tmux, db, _, pidFile) = try await replyInTheTerminalEditor(sandbox)
        defer { tmux.kill() }
        let editorPID = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isRunning(editorPID))
        let helpdesk = try #require(Int32(try await ProcessRunner.run(try TmuxSession.tool("pgrep"), ["-f", "^" + (try HelpdeskBinary.path()) + " --db " + db],
                                                                        environment: sandbox.environment).output.split(separator: "\n").first ?? ""))
        kill(helpdesk, signal)
        try await tmux.waitUntil("the editor to end") { _ in !Self.isRunning(editorPID) }
    }

    /// Whether the process exists and is not a zombie (one nobody has reaped yet counts as ended).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }
}
