import Foundation
import GRDB
import Testing

/// `helpdesk mail` as an MTA, fetchmail or a migration runs it (the built binary): sysexits
/// exit codes, nothing lost when the database is busy, a Maildir processed exactly once however
/// often the fetch is killed, and an mbox imported.
@Suite("Mail intake (the built binary)", .timeLimit(.minutes(3)))
struct MailCLITests {
    static func message(_ number: Int, subject: String? = nil, headers: [String] = []) -> Data {
        let lines = ["From: Requester \(number) <r\(number)@example.com>", "To: support@nordwind.example",
                     "Subject: \(subject ?? "Request number \(number)")", "Message-ID: <m\(number)@example.com>"] + headers
        return Data((lines.joined(separator: "\n") + "\n\nPlease help with \(number).\n").utf8)
    }

    private func count(_ sql: String, in db: String) throws -> Int {
        try DatabaseQueue(path: db).read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    @Test func receiveAnswersTheMTAWithSysexits() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let stored = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(1))
        #expect(stored.status == 0 && stored.output == "helpdesk: new ticket #1\n", "\(stored.summary)")
        let again = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(1))
        #expect(again.status == 0 && again.output == "helpdesk: already stored (#1): nothing new\n", "\(again.summary)")
        let reply = try await sandbox.helpdesk(["mail", "receive", "--db", db],
                                               stdin: Self.message(2, subject: "Re: [Helpdesk #1] Request number 1"))
        #expect(reply.status == 0 && reply.output == "helpdesk: added to #1\n", "\(reply.summary)")

        // Refused on purpose: 65, one line, so the MTA bounces it.
        let anonymous = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Data("Subject: hi\n\nwho am I\n".utf8))
        #expect(anonymous.status == 65 && anonymous.errorOutput == "helpdesk: refused: the message has no sender address (From:)\n",
                "\(anonymous.summary)")
        // Anything else: 75, so the MTA keeps the message and tries again.
        let nowhere = try await sandbox.helpdesk(["mail", "receive", "--db", sandbox.path("missing.sqlite")], stdin: Self.message(3))
        #expect(nowhere.status == 75 && nowhere.errorLines.count == 1 && nowhere.errorOutput.hasPrefix("helpdesk: not stored, try again later:"),
                "\(nowhere.summary)")
        #expect(try count("SELECT count(*) FROM tickets", in: db) == 1)
    }

    /// `mail block` from the CLI: the sender's next mail is refused with 65 and the reason; the
    /// list shows it; `unblock` takes their mail again. Templates refuse unknown placeholders.
    @Test func aBlockedSenderIsBouncedUntilUnblocked() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let block = try await sandbox.helpdesk(["mail", "block", "@example.com", "--reason", "spam wave", "--db", db])
        #expect(block.status == 0 && block.output.hasPrefix("Blocked @example.com"), "\(block.summary)")
        let bad = try await sandbox.helpdesk(["mail", "block", "nobody", "--reason", "x", "--db", db])
        #expect(bad.status != 0 && bad.errorLines.count == 1, "\(bad.summary)")
        let refused = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(1))
        #expect(refused.status == 65 && refused.errorOutput == "helpdesk: refused: mail from r1@example.com is blocked (@example.com: spam wave)\n",
                "\(refused.summary)")
        let list = try await sandbox.helpdesk(["mail", "blocks", "--db", db])
        #expect(list.output.hasPrefix("@example.com  spam wave"), "\(list.summary)")
        _ = try await sandbox.helpdesk(["mail", "unblock", "@example.com", "--db", db])
        let stored = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(1))
        #expect(stored.status == 0, "\(stored.summary)")

        let template = sandbox.path("solved.txt")
        try "Hi {{requester.nmae}}".write(toFile: template, atomically: true, encoding: .utf8)
        let typo = try await sandbox.helpdesk(["mail", "template", "solved", "--file", template, "--db", db])
        #expect(typo.status != 0 && typo.errorOutput.contains("{{requester.nmae}}"), "\(typo.summary)")
        try "Hi {{requester.name}}, {{ticket.tag}} is solved.".write(toFile: template, atomically: true, encoding: .utf8)
        let set = try await sandbox.helpdesk(["mail", "template", "solved", "--file", template, "--db", db])
        #expect(set.status == 0 && set.output == "Hi {{requester.name}}, {{ticket.tag}} is solved.\n", "\(set.summary)")
    }

    /// A database locked by someone else for longer than helpdesk waits (10 s): 75, nothing
    /// stored; delivered again afterwards, it is stored once.
    @Test func aBusyDatabaseIsATemporaryFailureAndNothingIsLost() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        // Held from before helpdesk starts until it has answered (however slow a loaded machine is).
        let holder = try DatabaseQueue(path: db)
        let flags = LockFlags()
        let locked = Task.detached {
            try holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                flags.set(\.held)
                let deadline = Date().addingTimeInterval(90)
                while !flags.get(\.release), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
                try db.execute(sql: "ROLLBACK")
            }
        }
        while !flags.get(\.held) { try await Task.sleep(for: .milliseconds(20)) }
        let busy = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(7), timeout: 60)
        flags.set(\.release)
        try await locked.value
        #expect(busy.status == 75 && busy.errorOutput.contains("not stored, try again later"), "\(busy.summary)")
        let retried = try await sandbox.helpdesk(["mail", "receive", "--db", db], stdin: Self.message(7))
        #expect(retried.status == 0, "\(retried.summary)")
        #expect(try count("SELECT count(*) FROM mail_messages WHERE message_id = 'm7@example.com'", in: db) == 1)
    }

    /// kill -9 of `mail fetch` at moments spread over a whole run, then a run to the end: every
    /// message is stored exactly once and ends in cur/.
    @Test func aKilledFetchLosesAndDuplicatesNothing() async throws {
        let sandbox = try Sandbox()
        let total = 150
        func maildir(_ name: String) throws -> String {
            let path = sandbox.path(name)
            for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: path + "/" + sub, withIntermediateDirectories: true) }
            for number in 1...total {
                // Every fifth one answers the one before (threading while killed is tested too).
                let headers = number % 5 == 0 ? ["In-Reply-To: <m\(number - 1)@example.com>"] : []
                try Self.message(number, headers: headers).write(to: URL(fileURLWithPath: path + "/new/\(1_700_000_000 + number).M\(number)P1.host"))
            }
            return path
        }
        // One whole run, to know how long it takes.
        let fullDB = try await sandbox.emptyDatabase("full.sqlite")
        let fullDir = try maildir("full")
        let started = Date()
        let full = try await sandbox.helpdesk(["mail", "fetch", "--maildir", fullDir, "--db", fullDB], timeout: 120)
        #expect(full.status == 0 && full.output.contains("\(total - total / 5) new tickets, \(total / 5) replies added"), "\(full.summary)")
        let duration = Date().timeIntervalSince(started)

        let db = try await sandbox.emptyDatabase("killed.sqlite")
        let dir = try maildir("killed")
        var killedMidway = 0
        for moment in stride(from: duration * 0.1, to: duration * 0.9, by: duration * 0.1) {
            let left = try FileManager.default.contentsOfDirectory(atPath: dir + "/new").count
            let run = try await ProcessRunner.run(try HelpdeskBinary.path(), ["mail", "fetch", "--maildir", dir, "--db", db],
                                            environment: sandbox.environment, timeout: 120, killAfter: moment * Double.random(in: 0.5...1.0))
            let remaining = try FileManager.default.contentsOfDirectory(atPath: dir + "/new").count
            if run.status == 137 && left > 0 && remaining > 0 { killedMidway += 1 }
        }
        #expect(killedMidway >= 1, "a kill must land while messages are being processed")
        let rest = try await sandbox.helpdesk(["mail", "fetch", "--maildir", dir, "--db", db], timeout: 120)
        #expect(rest.status == 0, "\(rest.summary)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/new").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/cur").count == total)
        #expect(try count("SELECT count(*) FROM mail_messages WHERE direction = 'in'", in: db) == total)
        #expect(try count("SELECT count(DISTINCT message_id) FROM mail_messages WHERE direction = 'in'", in: db) == total)
        #expect(try count("SELECT count(*) FROM tickets", in: db) == total - total / 5)
        #expect(try count("SELECT count(*) FROM messages", in: db) == total)
        let check = try await sandbox.helpdesk(["debug", "check", "--db", db])
        #expect(check.status == 0, "\(check.summary)")
    }

    @Test func anMboxIsImportedOnceWithItsFromLinesUnquoted() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let mbox = sandbox.path("old.mbox")
        let text = """
            From r1@example.com Thu Dec  3 10:00:00 2026
            From: r1@example.com
            Subject: First
            Message-ID: <x1@example.com>

            Line one
            >From the start of a line

            From r2@example.com Thu Dec  3 10:05:00 2026
            From: r2@example.com
            Subject: Second
            Message-ID: <x2@example.com>

            Another

            """
        try text.write(toFile: mbox, atomically: false, encoding: .utf8)
        let imported = try await sandbox.helpdesk(["mail", "import", "--mbox", mbox, "--db", db])
        #expect(imported.status == 0 && imported.output == "2 new tickets, 0 replies added, 0 follow-ups, 0 already stored, 0 bounces, 0 refused\n", "\(imported.summary)")
        let again = try await sandbox.helpdesk(["mail", "import", "--mbox", mbox, "--db", db])
        #expect(again.output == "0 new tickets, 0 replies added, 0 follow-ups, 0 already stored, 0 bounces, 0 refused\n".replacingOccurrences(of: "0 already", with: "2 already"),
                "\(again.summary)")
        let body = try await DatabaseQueue(path: db).read { db in try String.fetchOne(db, sql: "SELECT body FROM messages ORDER BY id LIMIT 1") }
        #expect(body == "Line one\nFrom the start of a line")
        let both = try await sandbox.helpdesk(["mail", "import", "--mbox", mbox, sandbox.path("x.eml"), "--db", db])
        #expect(both.status == 1 && both.errorOutput.contains("give either --mbox FILE or message files"), "\(both.summary)")
    }
}

/// Two flags shared between the test and the thread holding the lock.
private final class LockFlags: @unchecked Sendable {
    struct Values { var held = false, release = false }
    private let lock = NSLock()
    private var values = Values()
    func set(_ flag: WritableKeyPath<Values, Bool>) { lock.withLock { values[keyPath: flag] = true } }
    func get(_ flag: KeyPath<Values, Bool>) -> Bool { lock.withLock { values[keyPath: flag] } }
}
