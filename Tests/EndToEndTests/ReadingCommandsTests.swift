import Foundation
import Testing

/// A command that only reads never writes the database (issue 17): its bytes — the change
/// counter and `schema_version` in the header included — are the same afterwards, even when no
/// other process had it open. (A writable open would set up WAL mode, and GRDB then writes a
/// probe table: fsyncs, and a new `schema_version` that makes every open TUI prepare its
/// statements again.)
@Suite("Reading commands write nothing", .timeLimit(.minutes(3)))
struct ReadingCommandsTests {
    /// Every command that only reads, with arguments that exist in the demo database.
    static let readingCommands: [[String]] = [
        ["ticket", "list", "--limit", "5"],
        ["ticket", "list", "--query", "status:open tier:1 sort:-priority", "--limit", "50", "--json"],
        ["ticket", "show", "1"],
        ["ticket", "attachment", "list", "1"],
        ["view", "list"],
        ["kb", "search", "vpn"],
        ["kb", "show", "1"],
        ["kb", "history", "1"],
        ["ask", "VPN bricht ab"],
        ["requester", "list"],
        ["requester", "show", "1"],
        ["requester", "export", "1", "--json"],
        ["org", "list"],
        ["agent", "list"],
        ["macro", "list"],
        ["sla", "show"],
        ["retention", "show"],
        ["mail", "settings"],
        ["mail", "blocks"],
        ["mail", "template", "greeting"],
        ["check"],
    ]

    /// The database file's bytes, and whether a WAL with frames in it lies beside it.
    struct Snapshot: Equatable {
        var bytes: Data
        var walFrames: Bool

        init(_ path: String) {
            bytes = FileManager.default.contents(atPath: path) ?? Data()
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
            walFrames = wal > 0
        }
    }

    @Test(arguments: readingCommands)
    func aReadingCommandLeavesTheFileAsItWas(_ command: [String]) async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let before = Snapshot(db)
        #expect(!before.walFrames, "the copied demo has no WAL: no other process has it open")
        let result = try await sandbox.helpdesk(command + ["--db", db])
        #expect(result.status == 0, "\(result.summary)")
        let after = Snapshot(db)
        #expect(after.bytes == before.bytes, "helpdesk \(command.joined(separator: " ")) changed the database")
        #expect(!after.walFrames, "helpdesk \(command.joined(separator: " ")) wrote to the WAL")
    }

    @Test func aBackupAndAnArticleExportWriteOnlyWhereTheyAreTold() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let before = Snapshot(db)
        for command in [["backup", sandbox.path("backup.sqlite")], ["kb", "export", sandbox.path("articles")]] {
            let result = try await sandbox.helpdesk(command + ["--db", db])
            #expect(result.status == 0, "\(result.summary)")
        }
        #expect(FileManager.default.fileExists(atPath: sandbox.path("backup.sqlite")))
        #expect(Snapshot(db) == before)
    }

    /// The control: the same check sees a change.
    @Test func aChangingCommandIsSeen() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let before = Snapshot(db)
        let result = try await sandbox.helpdesk(["agent", "add", "zcontrol", "--name", "Zoe Control", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        #expect(Snapshot(db) != before)
    }

    @Test func versionSaysWhichProgramAndSchema() async throws {
        let sandbox = try Sandbox()
        let result = try await sandbox.helpdesk(["--version"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("helpdesk 0.") && result.output.contains("(database v"), "\(result.output)")
    }
}
