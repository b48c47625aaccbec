import Foundation
import GRDB
import HelpdeskCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `helpdesk backup`, `check` and `restore` with the built binary, on real database files
/// (issue "Privacy and data protection", availability): a backup taken while eight processes
/// write restores to a sound database; restore never replaces a database someone has open;
/// copies keep group and mode; rotation removes only its own files; broken and foreign files
/// are named in one line.
@Suite("Backups and restore (the built binary)", .timeLimit(.minutes(2)))
struct BackupCLITests {
    struct BackupJSON: Decodable {
        var path: String
        var bytes: Int64
        var tickets: Int
        var seconds: Double
        var removed: [String]
    }

    struct StressErrors: Decodable { var errors: [String] }

    /// 4 × `debug stress` and 4 loops of `ticket create` write while the backup is taken (the
    /// loops run until it is done); the backup passes its check, restores to another path, and
    /// holds between the tickets there were before and after it.
    @Test func aBackupTakenWhileEightProcessesWriteRestoresToASoundDatabase() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let before = try Self.tickets(in: db)
        let binary = try HelpdeskBinary.path()
        let stop = sandbox.path("stop")

        let writers = Task {
            try await withThrowingTaskGroup(of: (stress: Bool, result: ProcessResult).self) { group in
                for seed in 1...4 {
                    group.addTask {
                        (true, try await ProcessRunner.run(binary, ["debug", "stress", "--db", db, "--tickets", "1900-2000", "--actions", "150",
                                                                    "--seed", String(seed)], environment: sandbox.environment, timeout: 90))
                    }
                    group.addTask {
                        // Prints how many it created; at most 2,000, in case the stop never comes (a loaded machine
                        // makes the backup slow, so the cap is far above what the loops reach before it ends).
                        let loop = """
                            n=0
                            while [ ! -e "$3" ] && [ $n -lt 2000 ]; do
                              n=$((n + 1))
                              "$0" ticket create --db "$1" --subject "Load $2-$n" --requester load@example.com >/dev/null || exit 1
                            done
                            echo $n
                            """
                        return (false, try await ProcessRunner.run("/bin/sh", ["-c", loop, binary, db, String(seed), stop],
                                                                  environment: sandbox.environment, timeout: 90))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        // Once the writers are under way.
        let deadline = Date().addingTimeInterval(30)
        while try Self.tickets(in: db) < before + 4, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let backup = try await sandbox.helpdesk(["backup", sandbox.path("copy.sqlite"), "--db", db, "--json"])
        let during = try Self.tickets(in: db)
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        let results = try await writers.value
        var created = 0
        for (stress, result) in results {
            #expect(result.status == 0, "\(result.summary)")
            if stress {
                let errors = try JSONDecoder().decode(StressErrors.self, from: result.stdout).errors
                #expect(errors.isEmpty, "\(errors.prefix(3))")
            } else {
                let count = try #require(Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)), "\(result.summary)")
                #expect(count < 2000, "the loops ran until the backup was done")
                created += count
            }
        }
        let after = try Self.tickets(in: db)
        #expect(after == before + created)

        try #require(backup.status == 0, "\(backup.summary)")
        let report = try JSONDecoder().decode(BackupJSON.self, from: backup.stdout)
        #expect(report.path == sandbox.path("copy.sqlite") && report.bytes > 1_000_000)
        #expect(report.tickets > before && report.tickets <= during && during <= after,
                "taken while tickets were created: \(before) before, \(report.tickets) in the backup, \(during) just after it, \(after) at the end")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0.hasPrefix(".helpdesk-partial-") }.isEmpty)

        let restored = sandbox.path("restored/helpdesk.sqlite")
        let restore = try await sandbox.helpdesk(["restore", report.path, "--db", restored])
        #expect(restore.status == 0, "\(restore.summary)")
        #expect(restore.output.hasPrefix("Restored \(restored) from \(report.path): ") && restore.output.contains(", \(report.tickets) tickets, "),
                "\(restore.summary)")
        let check = try await sandbox.helpdesk(["check", "--thorough", "--db", restored])
        #expect(check.status == 0 && check.output == "\(restored): ok\n", "\(check.summary)")
        #expect(try Self.tickets(in: restored) == report.tickets)
        let list = try await sandbox.helpdesk(["ticket", "list", "--db", restored, "--limit", "1"])
        #expect(list.status == 0, "\(list.summary)")
    }

    /// A TUI (in tmux) and a process holding a read transaction each keep restore away; once they
    /// are gone, restore replaces the database.
    @Test func restoreRefusesADatabaseAnotherProcessHasOpen() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let backup = sandbox.path("backup.sqlite")
        let taken = try await sandbox.helpdesk(["backup", backup, "--db", db])
        try #require(taken.status == 0, "\(taken.summary)")
        // Checking the backup first (which opens it in WAL mode) leaves nothing beside it either.
        let checked = try await sandbox.helpdesk(["check", "--thorough", "--db", backup])
        #expect(checked.status == 0, "\(checked.summary)")
        let inode = Self.inode(db)

        let tmux = try await TmuxSession.startHelpdesk(sandbox, db)
        defer { tmux.kill() }
        let pid = try await tmux.helpdeskPID()
        let refused = try await sandbox.helpdesk(["restore", backup, "--db", db, "--force"])
        #expect(refused.status == 1, "\(refused.summary)")
        #expect(refused.errorLines == ["""
            helpdesk: error: \(db) is open in another process (process \(pid), helpdesk): close every helpdesk using it \
            (TUIs, commands, timers) and try again — nothing was changed
            """], "\(refused.summary)")
        #expect(Self.inode(db) == inode)
        try await tmux.press("q")
        _ = try await tmux.waitForExit()

        // A reader in this process (another process to helpdesk) in the middle of a transaction.
        let pool = try DatabasePool(path: db)
        try await pool.read { database in
            _ = try Int.fetchOne(database, sql: "SELECT count(*) FROM tickets")
            let busy = try ProcessRunner.runBlocking(try HelpdeskBinary.path(), ["restore", backup, "--db", db, "--force"],
                                                     environment: sandbox.environment)
            #expect(busy.status == 1 && busy.errorLines.count == 1, "\(busy.summary)")
            #expect(busy.errorOutput.contains("\(db) is open in another process (process \(getpid())"), "\(busy.summary)")
        }
        try pool.close()
        #expect(Self.inode(db) == inode)

        let restored = try await sandbox.helpdesk(["restore", backup, "--db", db, "--force"])
        #expect(restored.status == 0, "\(restored.summary)")
        #expect(Self.inode(db) != inode)
        let left = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0 != "demo.sqlite.presence" }.sorted()
        #expect(left == ["backup.sqlite", "config", "data", "demo.sqlite", "home"], "the old -wal and -shm went, no copy is left")
        let check = try await sandbox.helpdesk(["check", "--db", db])
        #expect(check.status == 0, "\(check.summary)")
    }

    /// The backup has the database's group and mode; a restore keeps those of the database it
    /// replaces (root here, so the owner too).
    @Test func backupsAndRestoresKeepGroupAndMode() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let group = try #require(getgrnam("daemon") ?? getgrnam("nogroup")).pointee.gr_gid
        for mode: mode_t in [0o640, 0o660, 0o600] {
            #expect(chmod(db, mode) == 0 && chown(db, getuid(), group) == 0)
            let backup = sandbox.path("backup-\(String(mode, radix: 8)).sqlite")
            let result = try await sandbox.helpdesk(["backup", backup, "--db", db])
            #expect(result.status == 0, "\(result.summary)")
            let copy = try FileOwnership.of(backup)
            #expect(copy.mode == mode && copy.group == group, "mode \(String(copy.mode, radix: 8)), group \(copy.group)")
        }
        // The folder form too.
        let folder = sandbox.path("backups")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let inFolder = try await sandbox.json(BackupJSON.self, ["backup", folder, "--db", db, "--json"])
        #expect(try FileOwnership.of(inFolder.path).mode == 0o600)
        #expect(BackupRotation.isBackupName((inFolder.path as NSString).lastPathComponent), "\(inFolder.path)")

        let target = sandbox.path("target.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: target)
        #expect(chmod(target, 0o604) == 0 && chown(target, getuid(), 0) == 0)
        let restore = try await sandbox.helpdesk(["restore", sandbox.path("backup-660.sqlite"), "--db", target, "--force"])
        #expect(restore.status == 0, "\(restore.summary)")
        let kept = try FileOwnership.of(target)
        #expect(kept.owner == getuid() && kept.group == 0 && kept.mode == 0o604, "\(kept)")
    }

    /// --keep N removes the oldest backups named helpdesk-YYYYMMDD-HHMMSS.sqlite beyond N, and
    /// nothing else in the folder.
    @Test func keepRemovesOnlyOldBackupsOfItsOwnName() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let folder = sandbox.path("backups")
        try FileManager.default.createDirectory(atPath: folder + "/helpdesk-20190101-000000.sqlite", withIntermediateDirectories: true)
        let old = ["helpdesk-20200101-000000.sqlite", "helpdesk-20200102-000000.sqlite", "helpdesk-20210101-120000.sqlite",
                   "helpdesk-20220101-000000.sqlite", "helpdesk-20230615-235959.sqlite"]
        let others = ["notes.txt", "helpdesk-2020-01-01.sqlite", "helpdesk-20200101-000000.sqlite.bak", "helpdesk-20200101-00000.sqlite",
                      "xhelpdesk-20200101-000000.sqlite", "helpdesk-20200101-000000.sqlite-wal", "outside.sqlite"]
        for name in old + others { try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        #expect(symlink(folder + "/outside.sqlite", folder + "/helpdesk-20180101-000000.sqlite") == 0)

        let result = try await sandbox.helpdesk(["backup", folder, "--keep", "3", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        // One line: path, size, tickets, seconds, and what --keep removed.
        let line = try Regex(#"(.+/helpdesk-\d{8}-\d{6}\.sqlite): \d+\.\d MB, 2000 tickets, \d+\.\d\d s, removed 3 older backups\n"#)
        #expect(result.output.wholeMatch(of: line) != nil, "\(result.summary)")
        let made = try #require(result.output.components(separatedBy: ":").first)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == (others + [old[3], old[4], (made as NSString).lastPathComponent,
                                   "helpdesk-20180101-000000.sqlite", "helpdesk-20190101-000000.sqlite"]).sorted())

        // A backup in the same second would be refused (its name is taken): the next second.
        let next = (Date().timeIntervalSince1970 + 1).rounded(.down)
        try await Task.sleep(for: .seconds(next - Date().timeIntervalSince1970))
        let json = try await sandbox.json(BackupJSON.self, ["backup", folder + "/", "--keep", "1", "--db", db, "--json"])
        #expect(json.removed == [folder + "/" + old[3], folder + "/" + old[4], made], "\(json.removed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter(BackupRotation.isBackupName).count == 3)  // + the link and the folder

        for (arguments, message) in [
            (["backup", sandbox.path("file.sqlite"), "--keep", "2"], "--keep works in a folder of backups, and \(sandbox.path("file.sqlite")) is not a folder"),
            (["backup", folder, "--keep", "0"], "--keep must be between 1 and 10000 (it is 0)"),
            (["backup", sandbox.path("missing") + "/"], "the folder \(sandbox.path("missing"))/ does not exist: create it first (the backup is not put anywhere else)"),
            (["backup", folder + "/notes.txt"], "\(folder)/notes.txt is not a SQLite database (it was left unchanged)"),
            (["backup", db], "\(db) is a database in use (\(db)-wal is beside it), not a backup: it was left unchanged — back up to a new file or a folder"),
        ] {
            // The database itself as DEST, while a pool here has it open (its -wal beside it).
            let holdOpen = arguments.last == db ? try DatabasePool(path: db) : nil
            _ = try await holdOpen?.read { try Int.fetchOne($0, sql: "SELECT 1") }
            let refused = try await sandbox.helpdesk(arguments + ["--db", db])
            #expect(refused.status != 0 && refused.errorLines == ["helpdesk: error: \(message)"], "\(arguments): \(refused.summary)")
            try holdOpen?.close()
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("file.sqlite")))
    }

    /// A ticket without its creation event (written past helpdesk with GRDB) and a missing
    /// audit-log trigger: check names both and exits 1; a backup of it fails and leaves nothing.
    @Test func checkNamesWhatIsBrokenAndABackupOfItFails() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let sound = try await sandbox.helpdesk(["check", "--db", db])
        #expect(sound.status == 0 && sound.output == "\(db): ok\n", "\(sound.summary)")
        let tickets = try Self.tickets(in: db)
        let queue = try DatabaseQueue(path: db)
        try await queue.write { database in
            let columns = try Row.fetchAll(database, sql: "PRAGMA table_info(tickets)").map { $0["name"] as String }.filter { $0 != "id" }
            let list = columns.joined(separator: ", ")
            try database.execute(sql: "INSERT INTO tickets (\(list)) SELECT \(list) FROM tickets WHERE id = 1")
            try database.execute(sql: "DROP TRIGGER events_no_delete")
        }
        try queue.close()

        let expected = ["triggers are missing: events_no_delete", "1 of \(tickets + 1) tickets have no creation event",
                        "the full-text index holds \(tickets) tickets, the database \(tickets + 1)"]
        for command in [["check"], ["check", "--thorough"], ["debug", "check"]] {
            let check = try await sandbox.helpdesk(command + ["--db", db])
            #expect(check.status == 1, "\(command): \(check.summary)")
            #expect(check.output == expected.map { "\(db): \($0)\n" }.joined(), "\(command): \(check.summary)")
        }
        let json = try await sandbox.helpdesk(["check", "--db", db, "--json"])
        #expect(json.status == 1 && json.output.contains("\"ok\" : false"), "\(json.summary)")

        let folder = sandbox.path("backups")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let backup = try await sandbox.helpdesk(["backup", folder, "--db", db])
        #expect(backup.status == 1, "\(backup.summary)")
        #expect(backup.errorLines == ["""
            helpdesk: error: the backup failed its check, so it was removed: \(expected.joined(separator: "; ")) — the database \
            itself may be damaged (helpdesk check --thorough)
            """], "\(backup.summary)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// A text file, an empty file, another program's SQLite database, one from a newer helpdesk,
    /// a missing file: one line each, and the database is left as it was.
    @Test func restoreRefusesWhatIsNotAHelpdeskBackup() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let text = sandbox.path("notes.txt")
        try "not a database\n".write(toFile: text, atomically: true, encoding: .utf8)
        let empty = sandbox.path("empty.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let foreign = sandbox.path("foreign.sqlite")
        try await DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        let newer = sandbox.path("newer.sqlite")
        let made = try await sandbox.helpdesk(["backup", newer, "--db", db])
        try #require(made.status == 0, "\(made.summary)")
        try await DatabaseQueue(path: newer).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 7") }
        let before = DatabaseFingerprint(path: db)

        for (source, message) in [
            (text, "\(text) is not a SQLite database (it was left unchanged)"),
            (empty, "\(empty) is an empty file, not a helpdesk database: nothing was changed"),
            (foreign, "\(foreign) is a SQLite database of another program, not a helpdesk database (it was left unchanged)"),
            (newer, "\(newer) was upgraded by a newer helpdesk (schema version 7): use that version — this one leaves it unchanged"),
            (sandbox.path("missing.sqlite"), "\(sandbox.path("missing.sqlite")) does not exist"),
            (sandbox.root.path, "\(sandbox.root.path) is a directory, not a database file"),
        ] {
            let refused = try await sandbox.helpdesk(["restore", source, "--db", db, "--force"])
            #expect(refused.status == 1 && refused.errorLines == ["helpdesk: error: \(message)"], "\(source): \(refused.summary)")
        }
        let unforced = try await sandbox.helpdesk(["restore", sandbox.path("newer.sqlite"), "--db", db])
        #expect(unforced.errorLines.count == 1 && unforced.errorOutput.contains("restore --force replaces it"), "\(unforced.summary)")
        #expect(DatabaseFingerprint(path: db) == before)
    }

    // MARK: - Helpers

    static func tickets(in path: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        // Eight writers: a checkpoint may hold the lock a moment.
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM tickets") ?? 0 }
    }

    static func inode(_ path: String) -> ino_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : 0
    }
}
