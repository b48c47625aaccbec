import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct StoreOpeningTests {
    @Test func freshDatabaseIsMigratedInWALModeAndRegistersTheUserAsAdmin() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder, name: "sub/dir/helpdesk.sqlite")
        #expect(store.wasCreated)
        #expect(FileManager.default.fileExists(atPath: folder.path("sub/dir/helpdesk.sqlite")))
        try store.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            #expect(try Int.fetchOne(db, sql: "PRAGMA page_size") == 8192)
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            #expect(try Schema.migrator.appliedMigrations(db) == Schema.migrationNames)
        }
        let agents = try store.agents()
        #expect(agents.map(\.login) == ["tester"])
        #expect(agents.first?.role == .admin)
    }

    @Test func reopeningAnExistingDatabaseKeepsItsData() throws {
        let folder = TemporaryFolder()
        let id = try Fixture.store(in: folder).createTicket(Fixture.ticket("Drucker druckt nicht"), actor: "tester")
        let reopened = try Fixture.store(in: folder)
        #expect(!reopened.wasCreated)
        #expect(try reopened.ticketDetail(id: id).ticket.subject == "Drucker druckt nicht")
        #expect(try reopened.agents().count == 1)
    }

    @Test func anOlderDatabaseIsUpgradedWithItsDataKept() throws {
        let folder = TemporaryFolder()
        let path = folder.path("old.sqlite")
        // Build a database as the first release left it: only the first migration.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try Schema.migrator.migrate(queue, upTo: "v1-core")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO organizations(name) VALUES ('Logistik Nord')")
            }
        }
        let store = try HelpdeskStore.open(path: path, user: Fixture.tester)
        try store.read { (db: Database) throws in
            #expect(try Schema.migrator.appliedMigrations(db) == Schema.migrationNames)
            #expect(try String.fetchOne(db, sql: "SELECT name FROM organizations") == "Logistik Nord")
            #expect(try db.tableExists("saved_views"))
            #expect(try Int.fetchOne(db, sql: "PRAGMA page_size") == 4096, "an existing database keeps its page size")
        }
    }

    @Test func aCommandThatOnlyReadsNeverCreatesADatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.path("later/helpdesk.sqlite")
        #expect(throws: HelpdeskError.self) { try HelpdeskStore.open(path: path, user: Fixture.tester, createIfMissing: false) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("later")))
    }

    @Test func anEmptyFileIsNotTurnedIntoADatabaseByAReadingCommand() throws {
        let folder = TemporaryFolder()
        let path = folder.path("touched.sqlite")
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: HelpdeskError.self) { try HelpdeskStore.open(path: path, user: Fixture.tester, createIfMissing: false) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    @Test func aNewDatabaseIsRecognisedByOtherConnectionsWhileItIsOpen() throws {
        let folder = TemporaryFolder()
        let first = try Fixture.store(in: folder)
        try first.createTicket(Fixture.ticket("Erstes Ticket"), actor: "tester")
        // The first store is still open: its WAL has not been checkpointed by a close.
        let second = try Fixture.store(in: folder)
        #expect(!second.wasCreated)
        #expect(try second.ticketDetail(id: 1).ticket.subject == "Erstes Ticket")
        _ = first
    }

    @Test func aDirectoryIsRefused() throws {
        let folder = TemporaryFolder()
        #expect(throws: HelpdeskError.invalidInput("\(folder.url.path) is a directory, not a database file")) {
            try HelpdeskStore.open(path: folder.url.path, user: Fixture.tester)
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.path("notes.txt")
        let original = Data("Meeting notes, not a database\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        #expect(throws: HelpdeskError.self) { try HelpdeskStore.open(path: path, user: Fixture.tester) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func anotherProgramsSQLiteDatabaseIsRefusedAndLeftUnchanged() throws {
        let folder = TemporaryFolder()
        let path = folder.path("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('Apfelstrudel')") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: HelpdeskError.self) { try HelpdeskStore.open(path: path, user: Fixture.tester) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anUncreatableFolderGivesAClearError() throws {
        #expect(throws: HelpdeskError.self) {
            try HelpdeskStore.open(path: "/proc/helpdesk-test/helpdesk.sqlite", user: Fixture.tester)
        }
    }

    @Test func databaseLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.resolve(explicit: "/x.sqlite", environment: ["HELPDESK_DB": "/y.sqlite"]) == "/x.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HELPDESK_DB": "/y.sqlite"]) == "/y.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])
                == "/data/helpdesk/helpdesk.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/a"]) == "/home/a/.local/share/helpdesk/helpdesk.sqlite")
    }

    /// A demo killed between putting its database in place (link) and clearing its build folder
    /// left the folder, holding a second name of the database, beside it: the next open clears it,
    /// but never a live build's (it holds the lock).
    @Test func aDeadBuildsFolderBesideADatabaseIsClearedAtTheNextOpen() throws {
        let folder = TemporaryFolder()
        let path = folder.path("helpdesk.sqlite")
        try Fixture.store(in: folder).close()
        let build = DatabaseBuild.folder(for: path)
        try FileManager.default.createDirectory(atPath: build, withIntermediateDirectories: true)
        #expect(link(path, build + "/helpdesk.sqlite") == 0)
        FileManager.default.createFile(atPath: build + "/building.lock", contents: nil)

        // A live build: its lock is held, so the folder stays.
        let lock = open(build + "/building.lock", O_RDWR)
        #expect(flock(lock, LOCK_EX) == 0)
        try HelpdeskStore.open(path: path, user: Fixture.tester).close()
        #expect(FileManager.default.fileExists(atPath: build))
        close(lock)

        try HelpdeskStore.open(path: path, user: Fixture.tester).close()
        #expect(!FileManager.default.fileExists(atPath: build))
        #expect(try HelpdeskStore.open(path: path, user: Fixture.tester).agent(login: "tester") != nil, "the database itself is untouched")
    }
}
