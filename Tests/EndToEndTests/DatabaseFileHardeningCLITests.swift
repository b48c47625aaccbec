import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Paths and databases helpdesk must not touch (issue 14, items 9 and 12): each is refused in
/// one line, at once, and left as it was.
@Suite("Database files hardening (the built binary)", .timeLimit(.minutes(2)))
struct DatabaseFileHardeningCLITests {
    /// A FIFO blocked every command forever; a character device got a -journal beside it.
    @Test func aFIFOOrADeviceIsRefusedAtOnce() async throws {
        let sandbox = try Sandbox()
        let fifo = sandbox.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, kind) in [(fifo, "a FIFO (named pipe)"), ("/dev/null", "a character device")] {
            for command in [["ticket", "list"], ["ticket", "create", "--subject", "S", "--requester", "a@example.com"], ["init"]] {
                let result = try await sandbox.helpdesk(command + ["--db", path], timeout: 10)
                #expect(!result.timedOut && result.status == 1, "\(command) \(path): \(result.summary)")
                #expect(result.errorOutput == "helpdesk: error: \(path) is \(kind), not a database file (it was left unchanged)\n", "\(result.summary)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted() == ["config", "data", "home", "pipe"])
    }

    /// A database a newer version migrated was opened and written without a word.
    @Test func aDatabaseOfANewerVersionIsLeftAlone() async throws {
        let sandbox = try Sandbox()
        for (name, change) in [("migration", "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')"), ("version", "PRAGMA user_version = 7")] {
            let db = try await sandbox.emptyDatabase("\(name).sqlite")
            try await DatabaseQueue(path: db).writeWithoutTransaction { db in try db.execute(sql: change) }
            // GRDB's first pool on a file writes once (DatabaseFingerprint); helpdesk opens one too.
            try DatabasePool(path: db).close()
            let before = DatabaseFingerprint(path: db)
            for command in [["ticket", "list"], ["ticket", "create", "--subject", "S", "--requester", "a@example.com"]] {
                let result = try await sandbox.helpdesk(command + ["--db", db])
                #expect(result.status == 1, "\(result.summary)")
                #expect(result.errorOutput.contains("\(db) was upgraded by a newer helpdesk ("), "\(result.summary)")
                #expect(result.errorOutput.contains(name == "migration" ? "v9-from-the-future" : "schema version 7"), "\(result.summary)")
            }
            #expect(DatabaseFingerprint(path: db) == before)
        }
    }

    /// On a full disk the demo left a half-created database and said "disk I/O error". A 3 MB
    /// file system of its own (tmpfs; root only, where mounting is allowed).
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small file system"))
    func aDemoOnAFullDiskSaysSoAndLeavesNothing() async throws {
        let sandbox = try Sandbox()
        let small = sandbox.path("small")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let mounted = try await ProcessRunner.run(try TeamHost.tool("mount"), ["-t", "tmpfs", "-o", "size=3m", "tmpfs", small], environment: sandbox.environment)
        try #require(mounted.status == 0, "cannot mount a tmpfs here: \(mounted.summary)")
        defer { _ = try? ProcessRunner.runBlocking(TeamHost.tool("umount"), [small], environment: sandbox.environment) }
        let db = small + "/h.sqlite"
        let demo = try await sandbox.helpdesk(["demo", "--db", db, "--tickets", "5000"])
        #expect(demo.status == 1, "\(demo.summary)")
        #expect(demo.errorLines.last?.hasPrefix("helpdesk: error: the disk holding \(db) is full (") == true, "\(demo.summary)")
        #expect(demo.errorOutput.contains("nothing was created"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: small).isEmpty)
    }

    /// A lone "[" in config.toml aborted every command with a toml++ assertion (exit 134).
    @Test func aBrokenSettingsFileIsAnErrorNotACrash() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let config = sandbox.path("config/helpdesk/config.toml")
        try FileManager.default.createDirectory(atPath: (config as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        for text in ["[\n", "theme = \"dark\"\n[\n", "a = [\n", "[[a]\n", "a = {b=1,}\n"] {
            try text.write(toFile: config, atomically: true, encoding: .utf8)
            let result = try await sandbox.helpdesk(["ticket", "list"], overriding: ["HELPDESK_DB": db])
            #expect(result.status == 1, "\(text.debugDescription): \(result.summary)")
            #expect(result.errorLines.count == 1 && result.errorOutput.hasPrefix("helpdesk: error: \(config):"), "\(result.summary)")
        }
    }
}
