import Foundation
import GRDB
import HelpdeskCore
import Testing

/// kill -9 at random moments of the long operations (issue 14): afterwards each database is
/// either complete and passes `helpdesk debug check`, or is not there and every command says how
/// to recover — never half-done. 50 kills per operation, the moments spread over a whole run.
@Suite("Crash consistency: kill -9 at random points", .timeLimit(.minutes(5)))
struct CrashConsistencyTests {
    static let kills = 50

    /// The moments to kill at: evenly over [0, duration × 1.2) with a seeded jitter, so every
    /// phase of the run is hit and a failure can be reproduced.
    static func moments(over duration: TimeInterval) -> [TimeInterval] {
        var random = SystemRandomNumberGenerator()
        let step = duration * 1.2 / Double(kills)
        return (0..<kills).map { Double($0) * step + Double.random(in: 0..<step, using: &random) }
    }

    private func check(_ db: String, in sandbox: Sandbox, after moment: TimeInterval) async throws {
        let check = try await sandbox.helpdesk(["debug", "check", "--db", db])
        #expect(check.status == 0 && check.output == "\(db): ok\n", "killed after \(moment) s: \(check.summary)")
    }

    @Test func aKilledDemoLeavesNoDatabaseOrAWholeOne() async throws {
        let sandbox = try Sandbox()
        let demo = ["demo", "--tickets", "1000", "--seed", "3"]
        let started = Date()
        let full = try await sandbox.helpdesk(demo + ["--db", sandbox.path("full/h.sqlite")])
        #expect(full.status == 0, "\(full.summary)")
        let duration = Date().timeIntervalSince(started)
        var whole = 0
        for (index, moment) in Self.moments(over: duration).enumerated() {
            let folder = sandbox.path("kill-\(index)")
            let db = folder + "/h.sqlite"
            let killed = try await ProcessRunner.run(try HelpdeskBinary.path(), demo + ["--db", db], environment: sandbox.environment,
                                                     timeout: 60, killAfter: moment)
            if FileManager.default.fileExists(atPath: db) {
                whole += 1
                try await check(db, in: sandbox, after: moment)
            } else {
                #expect(killed.status == 137, "killed after \(moment) s: \(killed.summary)")
                let list = try await sandbox.helpdesk(["ticket", "list", "--db", db])
                #expect(list.status == 1)
                #expect(list.errorOutput.contains("there is no helpdesk database at \(db) yet"), "\(list.summary)")
                // Running it again clears what the killed one left and builds the whole database.
                let again = try await sandbox.helpdesk(demo + ["--db", db])
                #expect(again.status == 0, "\(again.summary)")
                try await check(db, in: sandbox, after: moment)
            }
            // Nothing of the build is left (the reading `check` may leave SQLite's empty WAL and index).
            let listing = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !["h.sqlite-shm", "h.sqlite-wal"].contains($0) }
            #expect(listing == ["h.sqlite"], "killed after \(moment) s: \(listing)")
        }
        #expect(whole < Self.kills, "some kills landed before the demo was done")
    }

    @Test func aKilledBulkChangeChangesAllOrNothing() async throws {
        let sandbox = try Sandbox()
        let source = try await sandbox.demoDatabase()
        let open = try await DatabaseQueue(path: source).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets WHERE is_open = 1") ?? 0 }
        let bulk = ["ticket", "bulk", "is:open", "--status", "pending", "--tag", "+crash-test", "--limit", "5000"]
        let started = Date()
        let full = try await sandbox.helpdesk(bulk + ["--db", try copy(source, to: sandbox.path("full.sqlite"))])
        #expect(full.status == 0, "\(full.summary)")
        let duration = Date().timeIntervalSince(started)
        var changed = 0
        for (index, moment) in Self.moments(over: duration).enumerated() {
            let db = try copy(source, to: sandbox.path("kill-\(index).sqlite"))
            _ = try await ProcessRunner.run(try HelpdeskBinary.path(), bulk + ["--db", db], environment: sandbox.environment,
                                            timeout: 60, killAfter: moment)
            let tagged = try await DatabaseQueue(path: db).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_tags WHERE tag = 'crash-test'") ?? 0
            }
            #expect(tagged == 0 || tagged == open, "killed after \(moment) s: \(tagged) of \(open) tickets changed")
            if tagged == open { changed += 1 }
            try await check(db, in: sandbox, after: moment)
            try? FileManager.default.removeItem(atPath: db)
        }
        #expect(changed < Self.kills, "some kills landed before the change was done")
    }

    @Test func aKilledImportAddsAllArticlesOrNone() async throws {
        let sandbox = try Sandbox()
        let folder = sandbox.path("articles")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let articles = 400
        for number in 1...articles {
            let body = (1...40).map { "Step \($0) for printer \(number): check the tray, the cable and the queue." }.joined(separator: "\n")
            try "---\ntitle: Printer guide \(number)\ntags: printer\n---\n\(body)\n"
                .write(toFile: folder + "/guide-\(number).md", atomically: true, encoding: .utf8)
        }
        let source = try await sandbox.emptyDatabase()
        let started = Date()
        let full = try await sandbox.helpdesk(["kb", "import", folder, "--db", try copy(source, to: sandbox.path("full.sqlite"))])
        #expect(full.status == 0, "\(full.summary)")
        let duration = Date().timeIntervalSince(started)
        var imported = 0
        for (index, moment) in Self.moments(over: duration).enumerated() {
            let db = try copy(source, to: sandbox.path("kill-\(index).sqlite"))
            _ = try await ProcessRunner.run(try HelpdeskBinary.path(), ["kb", "import", folder, "--db", db], environment: sandbox.environment,
                                            timeout: 60, killAfter: moment)
            let count = try await DatabaseQueue(path: db).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_articles") ?? 0 }
            #expect(count == 0 || count == articles, "killed after \(moment) s: \(count) of \(articles) articles")
            if count == articles { imported += 1 }
            try await check(db, in: sandbox, after: moment)
            try? FileManager.default.removeItem(atPath: db)
        }
        #expect(imported < Self.kills, "some kills landed before the import was done")
    }

    private func copy(_ source: String, to target: String) throws -> String {
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }
}
