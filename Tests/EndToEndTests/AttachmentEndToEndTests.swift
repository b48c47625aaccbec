import Foundation
import Testing

/// A mailed-in request with files, as an agent works it: `ticket attachment list|save` from the
/// shell, and `o` in the TUI — text in the pager (sanitised), other files in the desktop's
/// viewer (a private copy), or, with no display, saved where the agent says.
@Suite("Attachments (the built binary)", .timeLimit(.minutes(3)))
struct AttachmentEndToEndTests {
    static let pdf = Data("%PDF-1.4 Rechnung 4711".utf8)
    /// A log with an escape sequence that would clear the screen and retitle the terminal.
    static let log = Data("line 1\n\u{1B}]0;pwned\u{07}\u{1B}[2Jline 2\n".utf8)

    static func mail() -> Data {
        let lines = ["From: Anna Huber <anna.huber@nordwind.example>", "To: support@nordwind.example", "Subject: VPN log and invoice",
                     "Message-ID: <files-1@nordwind.example>", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"b0\"", "",
                     "--b0", "Content-Type: text/plain; charset=utf-8", "", "Both files attached.",
                     "--b0", "Content-Type: text/plain; name=\"vpn.log\"", "Content-Disposition: attachment; filename=\"vpn.log\"",
                     "Content-Transfer-Encoding: base64", "", log.base64EncodedString(),
                     "--b0", "Content-Type: application/pdf", "Content-Disposition: attachment; filename=\"../../Rechnung.pdf\"",
                     "Content-Transfer-Encoding: base64", "", pdf.base64EncodedString(), "--b0--", ""]
        return Data(lines.joined(separator: "\r\n").utf8)
    }

    private func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test func theCLIListsAndSavesFilesSafely() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let stored = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.mail())
        #expect(stored.status == 0, "\(stored.summary)")

        let list = try await sandbox.helpdesk(["ticket", "attachment", "list", "1", "--db", db])
        #expect(list.output == """
            ID  SIZE  TYPE             NAME
            1   28 B  text/plain       vpn.log
            2   22 B  application/pdf  Rechnung.pdf

            """, "\(list.summary)")
        let show = try await sandbox.helpdesk(["ticket", "show", "1", "--db", db])
        #expect(show.output.contains("   attached #2: Rechnung.pdf  application/pdf · 22 B"), "\(show.summary)")

        let target = sandbox.path("out.pdf")
        let save = try await sandbox.helpdesk(["ticket", "attachment", "save", "1", "2", "-o", target, "--db", db])
        #expect(save.status == 0 && save.output == "Saved \(target) (22 B, application/pdf)\n", "\(save.summary)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Self.pdf && mode(target) == 0o600)
        let again = try await sandbox.helpdesk(["ticket", "attachment", "save", "1", "2", "-o", target, "--db", db])
        #expect(again.status != 0 && again.errorLines == ["helpdesk: error: cannot write \(target): it already exists (nothing was overwritten)"],
                "\(again.summary)")
        let missing = try await sandbox.helpdesk(["ticket", "attachment", "save", "1", "9", "--db", db])
        #expect(missing.status != 0 && missing.errorLines == ["helpdesk: error: ticket 1 has no attachment 9 (see: helpdesk ticket attachment list 1)"],
                "\(missing.summary)")
        // Into a folder, under the file's own (safe) name; to a pipe, the bytes as they are.
        let folder = sandbox.path("downloads")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let intoFolder = try await sandbox.helpdesk(["ticket", "attachment", "save", "1", "2", "-o", folder, "--db", db])
        #expect(intoFolder.status == 0 && FileManager.default.fileExists(atPath: folder + "/Rechnung.pdf"), "\(intoFolder.summary)")
        let piped = try await sandbox.helpdesk(["ticket", "attachment", "save", "1", "1", "-o", "-", "--db", db])
        #expect(piped.status == 0 && Data(piped.output.utf8) == Self.log, "\(piped.summary)")
        let json = try await sandbox.helpdesk(["ticket", "attachment", "list", "1", "--json", "--db", db])
        #expect(json.output.contains("\"fileName\" : \"Rechnung.pdf\"") && json.output.contains("\"mediaType\" : \"application/pdf\""),
                "\(json.summary)")
    }

    @Test func oOpensTextInThePagerAndOtherFilesOnTheDesktop() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        _ = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.mail())
        // A pager and an xdg-open that keep what they were given.
        let bin = sandbox.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let paged = sandbox.path("paged.txt"), opened = sandbox.path("opened.txt")
        let pager = bin + "/pager"
        try Sandbox.writeScript("#!/bin/sh\ncat \"$1\" > \(paged)\nls -ld \"$(dirname \"$1\")\" >> \(paged)\n", at: pager)
        try Sandbox.writeScript("#!/bin/sh\necho \"$1\" > \(opened)\ncat \"$1\" >> \(opened)\n", at: bin + "/xdg-open")

        // The pager through sh, as the editor tests run theirs: nothing has to execute a new file.
        let command = "PAGER='sh \(pager)' DISPLAY=:7 PATH=\(bin):$PATH " + (try TmuxSession.helpdesk(database: db))
        let tmux = try await TmuxSession.start(command, in: sandbox)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor("attached Rechnung.pdf  application/pdf · 22 B")
        #expect(screen.contains("attached vpn.log  text/plain · 28 B"), "\(screen)")

        try await tmux.press("o")
        try await tmux.waitFor("Open a file of #1")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the pager ran") { _ in FileManager.default.fileExists(atPath: paged) }
        try await Task.sleep(for: .milliseconds(300))
        let text = try String(contentsOfFile: paged, encoding: .utf8)
        #expect(text.hasPrefix("line 1\n") && text.contains("line 2") && !text.contains("\u{1B}") && !text.contains("\u{07}"), "\(text)")
        #expect(text.contains("drwx------"), "the copy is in a private folder: \(text)")
        let copyFolder = try #require(text.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
        try await tmux.waitUntil("the copy removed after the pager") { _ in !FileManager.default.fileExists(atPath: copyFolder) }

        try await tmux.press("o")
        try await tmux.waitFor("Open a file of #1")
        try await tmux.type("rech")
        try await tmux.press("Enter")
        try await tmux.waitFor("Opened Rechnung.pdf with the desktop's viewer")
        try await tmux.waitUntil("xdg-open ran") { _ in ((try? String(contentsOfFile: opened, encoding: .utf8)) ?? "").contains("Rechnung 4711") }
        let given = try String(contentsOfFile: opened, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        #expect(try given.hasSuffix("/Rechnung.pdf") && mode(given) == 0o600, "\(given)")
        try await tmux.press("q")
        _ = try await tmux.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: given), "the viewer's copy is removed when helpdesk quits")
    }

    @Test func withoutADisplayOAsksWhereToSave() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        _ = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.mail())
        let home = try #require(sandbox.environment["HOME"])
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let tmux = try await TmuxSession.start("env -u DISPLAY -u WAYLAND_DISPLAY " + (try TmuxSession.helpdesk(database: db)), in: sandbox)
        defer { tmux.kill() }
        try await tmux.waitFor("attached Rechnung.pdf")
        try await tmux.press("o")
        try await tmux.waitFor("Open a file of #1")
        try await tmux.press("Down", "Enter")
        try await tmux.waitFor("Save Rechnung.pdf to: ~/Rechnung.pdf")
        try await tmux.press("Enter")
        let saved = try await tmux.waitFor("Saved \(home)/Rechnung.pdf (22 B)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: home + "/Rechnung.pdf")) == Self.pdf, "\(saved)")
        // Again: the file is there, nothing is overwritten, the reason is on screen.
        try await tmux.press("o")
        try await tmux.waitFor("Open a file of #1")
        try await tmux.press("Down", "Enter")
        try await tmux.waitFor("Save Rechnung.pdf to:")
        try await tmux.press("Enter")
        try await tmux.waitFor("it already exists (nothing was overwritten)")
    }
}
