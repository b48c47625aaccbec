import Foundation
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
        let sql = "UPDATE messages SET body = 'before' || char(0) || 'after the nul' WHERE id = (SELECT min(id) FROM messages WHERE ticket_id = 1)"
        let update = try await ProcessRunner.run("/usr/bin/sqlite3", [db, sql], environment: sandbox.environment)
        #expect(update.status == 0, "\(update.summary)")
        let shown = try await sandbox.helpdesk(["ticket", "show", "1", "--db", db])
        #expect(shown.output.contains("before␀after the nul"), "\(shown.summary)")
        let json = try await sandbox.helpdesk(["ticket", "show", "1", "--json", "--db", db])
        #expect(json.output.contains("before\\u0000after the nul"), "\(json.summary)")
    }
}
