import Foundation
import GRDB
import HelpdeskCore
import Testing

/// Input that used to be cut, slipped past a rule or reached the terminal raw (issue 14): each
/// is now stored exactly or refused with one line, and the database is left unchanged.
@Suite("CLI input hardening (the built binary)", .timeLimit(.minutes(3)))
struct InputHardeningCLITests {
    /// A NUL byte in a body file was stored cut at the NUL, exit 0; now every command that takes
    /// a body refuses it, and nothing is written.
    @Test func aNulByteInABodyFileIsRefusedAndNothingIsStored() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let file = sandbox.path("nul.txt")
        try Data("first part\u{0}hidden part".utf8).write(to: URL(fileURLWithPath: file))
        _ = try await sandbox.helpdesk(["ticket", "show", "1", "--db", db])
        let before = DatabaseFingerprint(path: db)
        let commands: [[String]] = [
            ["ticket", "create", "--subject", "Printer", "--requester", "a@example.com", "--body-file", file],
            ["ticket", "reply", "1", "--body-file", file],
            ["ticket", "note", "1", "--body-file", file],
            ["kb", "add", "--title", "Printers", "--body-file", file],
            ["request", "new", "--subject", "Printer", "--body-file", file],
        ]
        for command in commands {
            let result = try await sandbox.helpdesk(command + ["--db", db])
            #expect(result.status != 0, "\(command): \(result.summary)")
            #expect(result.errorLines.count == 1, "\(command): \(result.summary)")
            #expect(result.errorOutput.contains("contains a NUL byte (at byte 10)"), "\(command): \(result.summary)")
        }
        #expect(DatabaseFingerprint(path: db) == before)
    }

    /// A NUL written by another program no longer hides the rest of the text: it shows as ␀.
    @Test func aStoredNulShowsAsAPictureAndTheRestOfTheTextStays() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        try await DatabaseQueue(path: db).write { db in
            try db.execute(sql: "UPDATE messages SET body = 'before' || char(0) || 'after the nul' WHERE id = (SELECT min(id) FROM messages WHERE ticket_id = 1)")
        }
        let shown = try await sandbox.helpdesk(["ticket", "show", "1", "--db", db])
        #expect(shown.output.contains("before␀after the nul"), "\(shown.summary)")
        let json = try await sandbox.helpdesk(["ticket", "show", "1", "--json", "--db", db])
        #expect(json.output.contains("before\\u0000after the nul"), "\(json.summary)")
    }

    /// The argument parser's own errors quoted what was typed with its ESC and BEL intact.
    @Test func argumentParserErrorsAreSanitised() async throws {
        let sandbox = try Sandbox()
        let result = try await sandbox.helpdesk(["ticket", "list", "--bo\u{1B}[31m\u{07}gus"])
        #expect(result.status != 0)
        #expect(!result.stderr.contains(0x1B) && !result.stderr.contains(0x07), "\(result.summary)")
        #expect(result.errorOutput == "helpdesk: error: Unknown option '--bo␛[31m␇gus' (see helpdesk --help)\n", "\(result.summary)")
    }

    /// --json left C1 controls, DEL and bidi characters raw; they are \u escapes now, and a
    /// parser still reads the exact text.
    @Test func jsonEscapesInvisibleCharacters() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let subject = "Bidi \u{202E}evil \u{9B}2J del\u{7F} tag\u{E0041} line\u{2028}end"
        let created = try await sandbox.helpdesk(["ticket", "create", "--subject", subject, "--requester", "a@example.com", "--db", db])
        #expect(created.status == 0, "\(created.summary)")
        let json = try await sandbox.helpdesk(["ticket", "show", "1", "--json", "--db", db])
        #expect(json.output.contains(#""subject" : "Bidi \u202Eevil \u009B2J del\u007F tag\uDB40\uDC41 line\u2028end""#), "\(json.output)")
        #expect(json.output.unicodeScalars.allSatisfy { $0.isASCII || !Sanitizer.isControl($0) })
        let decoded = try JSONDecoder().decode(HelpdeskJSON.TicketDetail.self, from: json.stdout)
        #expect(decoded.subject == subject)
    }

    /// `ticket create --tag/--category` took control characters and spaces that `ticket tag` refuses.
    @Test func createTakesTagsAndCategoriesByTheSameRule() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let base = ["ticket", "create", "--subject", "S", "--requester", "a@example.com", "--db", db]
        for (option, value) in [("--tag", "two words"), ("--tag", "esc\u{1B}[2J"), ("--category", "net\u{7}work"), ("--category", "bidi\u{202E}")] {
            let result = try await sandbox.helpdesk(base + [option, value])
            #expect(result.status == 1, "\(option) \(value): \(result.summary)")
            #expect(result.errorOutput.contains("is one word of at most 64 characters, without spaces or control characters"), "\(result.summary)")
        }
        #expect(try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db]).isEmpty)
    }
}

/// The knowledge base's folder commands and other people's files (issue 14, items 4 and 14).
@Suite("KB files hardening (the built binary)", .timeLimit(.minutes(3)))
struct KBFilesHardeningCLITests {
    /// `kb export DIR` deleted the user's own 0001-*.md files in that folder, and would overwrite
    /// one of an article's name. Only files an export wrote for the same article are replaced.
    @Test func exportLeavesTheUsersOwnFilesAlone() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let folder = sandbox.path("kb")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "my own notes\n".write(toFile: folder + "/0001-my-notes.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Someone else's\n---\nnot an export\n".write(toFile: folder + "/0002-draft.md", atomically: true, encoding: .utf8)
        let first = try await sandbox.helpdesk(["kb", "export", folder, "--db", db])
        #expect(first.status == 0, "\(first.summary)")
        #expect(try String(contentsOfFile: folder + "/0001-my-notes.md", encoding: .utf8) == "my own notes\n")
        #expect(FileManager.default.fileExists(atPath: folder + "/0002-draft.md"))

        // An earlier export of article 1 under an old title is replaced by the new name.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        let article1 = try #require(files.first { $0.hasPrefix("0001-") && $0 != "0001-my-notes.md" })
        try FileManager.default.moveItem(atPath: folder + "/" + article1, toPath: folder + "/0001-an-old-title.md")
        let second = try await sandbox.helpdesk(["kb", "export", folder, "--db", db])
        #expect(second.status == 0, "\(second.summary)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/0001-an-old-title.md"))
        #expect(FileManager.default.fileExists(atPath: folder + "/" + article1))

        // A file of the user's under exactly an article's name: refused, nothing overwritten.
        try "mine\n".write(toFile: folder + "/" + article1, atomically: true, encoding: .utf8)
        let refused = try await sandbox.helpdesk(["kb", "export", folder, "--db", db])
        #expect(refused.status == 1, "\(refused.summary)")
        #expect(refused.errorOutput.contains("\(folder)/\(article1) is not an export of article 1"), "\(refused.summary)")
        #expect(try String(contentsOfFile: folder + "/" + article1, encoding: .utf8) == "mine\n")
    }

    /// Front matter with CRLF line ends (a Windows editor) was refused as "no front matter".
    @Test func importReadsCRLFFiles() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let folder = sandbox.path("kb")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = "---\r\ntitle: VPN from home\r\ntags: vpn, remote\r\n---\r\nStart the client.\r\nThen log in.\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/vpn.md"))
        let imported = try await sandbox.helpdesk(["kb", "import", folder, "--db", db])
        #expect(imported.status == 0, "\(imported.summary)")
        let shown = try await sandbox.helpdesk(["kb", "show", "1", "--db", db])
        #expect(shown.output.contains("VPN from home"), "\(shown.summary)")
        #expect(shown.output.contains("Start the client.\nThen log in."), "\(shown.summary)")
    }
}
