import Foundation
import HelpdeskCore
import Testing

/// The triage commands of the built binary — ticket actions, macros, SLA settings and `sla check` —
/// on success and on failure: their output, the event log they leave, and that a refused command
/// changes nothing.
@Suite("Triage CLI (the built binary)", .timeLimit(.minutes(3)))
struct TriageCLITests {
    /// 2026-11-18 11:06 UTC, a Wednesday: the clock `HELPDESK_NOW` fixes for tickets whose SLA a test checks.
    static let wednesday: Int64 = 1_795_000_000

    /// `{"ticket": …, "version": …, "summary": …}`, as every ticket action prints with --json.
    struct Outcome: Decodable, Equatable {
        var ticket: Int64
        var version: Int64
        var summary: String
    }

    struct SLASettings: Decodable, Equatable {
        struct Calendar: Decodable, Equatable {
            var summary, timeZone, hours: String
            var workingDays: [Int]
            var holidays: [String]
        }

        struct Policy: Decodable, Equatable {
            var priority, firstResponse, resolution, clock: String
        }

        var calendar: Calendar
        var policies: [Policy]
        var breachAction: String
    }

    struct SLACheck: Decodable {
        struct Breach: Decodable {
            var ticket: Int64
            var subject: String
            var tier: Int
            var overdueSeconds: Int64
            var overdue: String
            var new: Bool
        }

        var breaches: [Breach]
        var escalated: [Int64]
        var summary: String
    }

    struct Macro: Decodable, Equatable {
        var name, body: String
        var setStatus, setPriority, setCategory: String?
        var tags: [String]
        var createdBy, createdAt: String
    }

    /// An empty database (the test user is its admin, tier 3) and helpers that add `--db`.
    final class Desk: Sendable {
        let sandbox: Sandbox
        let db: String

        init() async throws {
            sandbox = try Sandbox()
            db = try await sandbox.emptyDatabase()
        }

        func run(_ arguments: [String], stdin: Data? = nil, now: Int64? = nil) async throws -> ProcessResult {
            try await sandbox.helpdesk(arguments + ["--db", db], stdin: stdin, overriding: now.map { ["HELPDESK_NOW": String($0)] } ?? [:])
        }

        /// Runs a command that must succeed and returns its standard output.
        func ok(_ arguments: [String], stdin: Data? = nil, now: Int64? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
            let result = try await run(arguments, stdin: stdin, now: now)
            #expect(result.status == 0, "helpdesk \(arguments.joined(separator: " ")): \(result.summary)", sourceLocation: sourceLocation)
            #expect(result.errorOutput.isEmpty, "\(result.summary)", sourceLocation: sourceLocation)
            return result.output
        }

        /// A ticket action with --json.
        func act(_ arguments: [String], stdin: Data? = nil) async throws -> Outcome {
            let result = try await run(arguments + ["--json"], stdin: stdin)
            guard result.status == 0 else {
                throw Sandbox.CommandFailed(description: "helpdesk \(arguments.joined(separator: " ")) failed: \(result.summary)")
            }
            return try JSONDecoder().decode(Outcome.self, from: result.stdout)
        }

        func create(_ subject: String = "Drucker druckt nicht", tier: Int = 1, priority: String = "normal",
                    requester: String = "anna.huber@nordwind.example", now: Int64? = nil) async throws -> Int64 {
            let output = try await ok(["ticket", "create", "--subject", subject, "--requester", requester, "--body", "Seit heute früh.",
                                       "--tier", String(tier), "--priority", priority], now: now)
            return try #require(Int64(output.trimmingCharacters(in: .newlines)), "ticket create printed \(output)")
        }

        func show(_ id: Int64) async throws -> HelpdeskJSON.TicketDetail {
            try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        }

        /// The raw `ticket show --json` output, to prove a refused command changed nothing.
        func snapshot(_ id: Int64) async throws -> String {
            try await run(["ticket", "show", String(id), "--json"]).output
        }

        func sla() async throws -> SLASettings {
            try await sandbox.json(SLASettings.self, ["sla", "show", "--json", "--db", db])
        }
    }

    // MARK: - Assignment

    @Test func takeAssignAndUnassignAreLoggedWithTheOSUser() async throws {
        let desk = try await Desk()
        let id = try await desk.create(tier: 3)
        _ = try await desk.ok(["agent", "add", "mkeller", "--name", "Maria Keller", "--tier", "3"])

        #expect(try await desk.ok(["ticket", "take", String(id)]) == "Assigned #\(id) to \(Sandbox.login)\n")
        #expect(try await desk.act(["ticket", "assign", String(id), "mkeller"]) == Outcome(ticket: id, version: 3, summary: "Assigned #\(id) to mkeller"))
        #expect(try await desk.ok(["ticket", "unassign", String(id)]) == "Unassigned #\(id)\n")

        let detail = try await desk.show(id)
        #expect(detail.assignee == nil)
        #expect(detail.version == 4)
        let events = detail.events.suffix(3)
        #expect(events.map(\.action) == ["assign", "assign", "unassign"])
        #expect(events.allSatisfy { $0.actor == Sandbox.login })
        #expect(events.map(\.newValue) == [Sandbox.login, "mkeller", nil])
        #expect(events.map(\.oldValue) == [nil, Sandbox.login, "mkeller"])
    }

    @Test func assignmentRefusalsChangeNothing() async throws {
        let desk = try await Desk()
        let low = try await desk.create(tier: 1)
        let before = try await desk.snapshot(low)
        #expect(try await desk.run(["agent", "add", "cy", "--name", "Cy Tier", "--role", "agent", "--tier", "2"]).status == 0)
        let wrongTier = try await desk.run(["ticket", "assign", String(low), "cy"])
        expectRefusal(wrongTier, "cy works tier 2 and #\(low) is a tier-1 ticket (escalate it instead)")
        expectRefusal(try await desk.run(["ticket", "assign", String(low), "nobody"]), "there is no active agent 'nobody'")
        expectRefusal(try await desk.run(["ticket", "assign", String(low), "bad login!"]), "invalid login 'bad login!'")
        expectRefusal(try await desk.run(["ticket", "unassign", String(low)]), "nothing to change: #\(low) is not assigned")
        expectRefusal(try await desk.run(["ticket", "take", "99"]), "helpdesk: error: ticket 99 does not exist", exact: true)
        #expect(try await desk.snapshot(low) == before)
    }

    // MARK: - Fields

    @Test func statusPriorityCategoryAndChannel() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        #expect(try await desk.ok(["ticket", "status", String(id), "pending"]) == "#\(id) is now pending\n")
        #expect(try await desk.act(["ticket", "status", String(id), "hold"]).summary == "#\(id) is now on-hold")
        #expect(try await desk.ok(["ticket", "priority", String(id), "URGENT"]) == "#\(id) priority urgent\n")
        #expect(try await desk.ok(["ticket", "category", String(id), "Network"]) == "#\(id) category network\n")
        #expect(try await desk.act(["ticket", "category", String(id), "--clear"]).summary == "#\(id) category (none)")
        #expect(try await desk.ok(["ticket", "channel", String(id), "walkin"]) == "#\(id) channel walk-in\n")

        let detail = try await desk.show(id)
        #expect(detail.status == "on-hold")
        #expect(detail.priority == "urgent")
        #expect(detail.category == nil)
        #expect(detail.channel == "walk-in")
        #expect(detail.version == 7)
        let events = detail.events.dropFirst().map { [$0.action, $0.oldValue ?? "-", $0.newValue ?? "-"] }
        #expect(events == [["status", "new", "pending"], ["status", "pending", "on-hold"], ["priority", "normal", "urgent"],
                           ["category", "-", "network"], ["category", "network", "-"], ["channel", "email", "walk-in"]])
        #expect(detail.events.allSatisfy { $0.actor == Sandbox.login })
    }

    @Test func fieldRefusalsChangeNothing() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        let before = try await desk.snapshot(id)
        let ticket = String(id)
        expectRefusal(try await desk.run(["ticket", "status", ticket, "opn"]),
                      "helpdesk: error: unknown status 'opn' (expected open, pending, on-hold, solved, closed)", exact: true)
        expectRefusal(try await desk.run(["ticket", "status", ticket, "new"]), "a ticket cannot go back to new (use open)")
        expectRefusal(try await desk.run(["ticket", "priority", ticket, "hgh"]),
                      "helpdesk: error: unknown priority 'hgh' (expected low, normal, high, urgent)", exact: true)
        expectRefusal(try await desk.run(["ticket", "priority", ticket, "normal"]), "nothing to change: #\(id) is already normal")
        expectRefusal(try await desk.run(["ticket", "channel", ticket, "fax"]),
                      "helpdesk: error: unknown channel 'fax' (expected email, phone, chat, web, walk-in)", exact: true)
        expectRefusal(try await desk.run(["ticket", "category", ticket]), "give a category name, or --clear to remove it")
        expectRefusal(try await desk.run(["ticket", "category", ticket, "x", "--clear"]), "not both")
        expectRefusal(try await desk.run(["ticket", "category", ticket, "--clear"]), "nothing to change: #\(id) already has that category")
        expectRefusal(try await desk.run(["ticket", "category", ticket, String(repeating: "x", count: 65)]), "at most 64 characters")
        expectRefusal(try await desk.run(["ticket", "status", ticket, "open", "--json", "--based-on-version", "0"]), "--based-on-version")
        #expect(try await desk.snapshot(id) == before)
    }

    /// Bad values are refused before the database is opened: a missing database is not even looked for.
    @Test(arguments: [
        (["ticket", "status", "1", "opn"], "unknown status 'opn'"),
        (["ticket", "priority", "1", "hgh"], "unknown priority 'hgh'"),
        (["ticket", "channel", "1", "fax"], "unknown channel 'fax'"),
        (["ticket", "escalate", "1", "--reason", "  "], "the reason for an escalation (--reason) must not be empty"),
        (["ticket", "deescalate", "1", "--reason", ""], "the note for a de-escalation (--reason) must not be empty"),
        (["ticket", "escalate", "1", "--reason", "x", "--tier", "4"], "unknown tier 4 (expected 1, 2 or 3)"),
        (["ticket", "reply", "1"], "give the text with --body, --body-file or --macro"),
        (["ticket", "reply", "1", "--body", " \n "], "a reply must not be empty"),
        (["ticket", "note", "1", "--body-file", "/nonexistent"], "cannot read /nonexistent: no such file"),
        (["ticket", "merge", "1", "--into", "1"], "#1 cannot be merged into itself"),
        (["ticket", "link", "1", "--duplicate-of", "1"], "#1 cannot be a duplicate of itself"),
        (["ticket", "tag", "1"], "name at least one tag"),
        (["ticket", "tag", "1", "+vpn", "-vpn"], "tag 'vpn' is both added and removed"),
        (["ticket", "tag", "1", "--jsn"], "bad tag change '--jsn'"),
        (["macro", "add", "Neu"], "a macro needs a text (--body or --body-file)"),
        (["macro", "add", "Neu", "--body", "Hallo", "--status", "new"], "a ticket cannot go back to new"),
        (["macro", "add", "Neu", "--body", "Hallo", "--tag", "two words"], "bad tag 'two words'"),
        (["sla", "calendar", "--hours", "17:00-08:00"], "working hours '17:00-08:00' must end after they start"),
        (["sla", "calendar"], "nothing to change"),
        (["sla", "policy", "urgent", "--first-response", "5x"], "unknown unit 'x'"),
        (["sla", "policy", "asap", "--first-response", "5m"], "unknown priority 'asap'"),
        (["sla", "breach-action", "page"], "unknown breach action 'page' (expected flag, escalate)"),
        (["sla", "check", "--limit", "0"], "--limit must be between 1 and 10000"),
    ])
    func badInputIsRefusedBeforeTheDatabaseIsOpened(_ arguments: [String], _ message: String) async throws {
        let sandbox = try Sandbox()
        let db = sandbox.path("not-yet/h.sqlite")
        let result = try await sandbox.helpdesk(arguments + ["--db", db])
        expectRefusal(result, message)
        #expect(!FileManager.default.fileExists(atPath: db), "the refused command created \(db)")
    }

    // MARK: - Tags

    @Test func anyChangeMayCarryAReasonAndEscalationsNeedOne() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        #expect(try await desk.ok(["ticket", "status", String(id), "on-hold", "--reason", "waiting for the new toner delivery"]) == "#\(id) is now on-hold\n")
        let detail = try await desk.show(id)
        #expect(detail.events.last?.action == "status")
        #expect(detail.events.last?.reason == "waiting for the new toner delivery")
        let before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["ticket", "escalate", String(id)]), "an escalation needs a reason (--reason)")
        #expect(try await desk.snapshot(id) == before)
    }

    @Test func tagAddsAndRemovesInOneChange() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        #expect(try await desk.ok(["ticket", "tag", String(id), "printer", "+Remote"]) == "#\(id) tags +printer +remote\n")
        let both = try await desk.act(["ticket", "tag", String(id), "+vpn", "-printer"])
        #expect(both == Outcome(ticket: id, version: 3, summary: "#\(id) tags +vpn; #\(id) tags -printer"))
        let detail = try await desk.show(id)
        #expect(detail.tags == ["remote", "vpn"])
        #expect(detail.events.suffix(2).map(\.newValue) == ["+vpn", "-printer"])

        // A part that changes nothing is skipped; alone, it is refused and changes nothing.
        #expect(try await desk.ok(["ticket", "tag", String(id), "+wifi", "-printer"]) == "#\(id) tags +wifi\n")
        let before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["ticket", "tag", String(id), "-printer"]), "nothing to change: #\(id) has none of #printer")
        #expect(try await desk.snapshot(id) == before)
    }

    // MARK: - Tiers

    @Test func escalateAndDeescalateRecordTheReason() async throws {
        let desk = try await Desk()
        let id = try await desk.create(tier: 1)
        _ = try await desk.ok(["agent", "add", "cy", "--name", "Cy Berg", "--tier", "3"])
        #expect(try await desk.ok(["ticket", "escalate", String(id), "--reason", "needs AD rights"]) == "Escalated #\(id) to tier 2\n")
        var detail = try await desk.show(id)
        #expect(detail.tier == 2)
        let escalation = try #require(detail.events.last)
        #expect(escalation.action == "escalate")
        #expect(escalation.actor == Sandbox.login)
        #expect(escalation.reason == "needs AD rights")
        #expect(escalation.oldValue == "tier 1" && escalation.newValue == "tier 2")

        let handed = try await desk.act(["ticket", "escalate", String(id), "--reason", "server side", "--tier", "3", "--assignee", "cy"])
        #expect(handed.summary == "Escalated #\(id) to tier 3 (cy)")
        #expect(try await desk.show(id).assignee == "cy")

        // Escalating to the tier it has, or past the top, is refused and changes nothing.
        let before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["ticket", "escalate", String(id), "--reason", "again", "--tier", "3"]),
                      "#\(id) is already tier 3: escalating goes up (de-escalate to go down)")
        expectRefusal(try await desk.run(["ticket", "escalate", String(id), "--reason", "again"]),
                      "#\(id) is already tier 3, the highest")
        expectRefusal(try await desk.run(["ticket", "deescalate", String(id), "--reason", "x", "--tier", "2", "--assignee", "nobody"]),
                      "there is no active agent 'nobody'")
        #expect(try await desk.snapshot(id) == before)

        #expect(try await desk.ok(["ticket", "deescalate", String(id), "--reason", "password reset only"]) == "De-escalated #\(id) to tier 2\n")
        #expect(try await desk.act(["ticket", "deescalate", String(id), "--reason", "first level can do it"]).summary
                == "De-escalated #\(id) to tier 1")
        detail = try await desk.show(id)
        #expect(detail.tier == 1)
        #expect(detail.assignee == nil)
        #expect(detail.events.last?.reason == "first level can do it")
        #expect(detail.messages.last.map { $0.internalNote && $0.body == "De-escalated to tier 1: first level can do it" } == true)
        expectRefusal(try await desk.run(["ticket", "deescalate", String(id), "--reason", "x"]), "#\(id) is already tier 1, the lowest")
    }

    // MARK: - Messages

    @Test func replyNoteAndTheRequestersAnswer() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        #expect(try await desk.ok(["ticket", "reply", String(id), "--body", "Bitte starten Sie neu."]) == "Replied to #\(id)\n")
        let note = try await desk.act(["ticket", "note", String(id), "--body-file", "-"], stdin: Data("Treiber 4.2 prüfen".utf8))
        #expect(note.summary == "Noted on #\(id)")
        _ = try await desk.ok(["ticket", "status", String(id), "pending"])
        #expect(try await desk.ok(["ticket", "reply", String(id), "--from-requester", "--body", "Geht wieder nicht."])
                == "#\(id) got the requester's answer\n")

        let detail = try await desk.show(id)
        #expect(detail.status == "open", "the requester's answer reopens a pending ticket")
        #expect(detail.messages.dropFirst().map(\.body) == ["Bitte starten Sie neu.", "Treiber 4.2 prüfen", "Geht wieder nicht."])
        #expect(detail.messages.dropFirst().map(\.internalNote) == [false, true, false])
        #expect(detail.messages.dropFirst().map(\.fromAgent) == [true, true, false])
        #expect(detail.events.dropFirst().map(\.action) == ["reply", "status", "note", "status", "requester-reply", "status"])
        #expect(detail.events.last?.reason == "the requester answered")

        expectRefusal(try await desk.run(["ticket", "reply", String(id), "--from-requester", "--macro", "Working on it"]), "cannot send a macro")
        expectRefusal(try await desk.run(["ticket", "note", String(id)]), "give the note with --body or --body-file")
        expectRefusal(try await desk.run(["ticket", "reply", "99", "--body", "Hallo"]), "ticket 99 does not exist")
    }

    @Test func replyWithAMacroFillsItAndSetsItsFieldsAsOneChange() async throws {
        let desk = try await Desk()
        let id = try await desk.create("Passwort vergessen")
        let outcome = try await desk.act(["ticket", "reply", String(id), "--macro", "password reset done"])
        #expect(outcome.version == 2, "one change")
        #expect(outcome.summary == "Replied to #\(id); #\(id) category account; #\(id) is now solved")
        let detail = try await desk.show(id)
        #expect(detail.status == "solved")
        #expect(detail.category == "account")
        let reply = try #require(detail.messages.last)
        #expect(reply.body.hasPrefix("Hello Anna,"))
        #expect(reply.body.hasSuffix(OSUser.current().fullName))
        #expect(!reply.body.contains("{"))

        // "Working on it" sets open, which the reply already did for a new ticket: still one clean change.
        let fresh = try await desk.create("VPN")
        #expect(try await desk.ok(["ticket", "reply", String(fresh), "--macro", "Working on it"]) == "Replied to #\(fresh)\n")
        #expect(try await desk.show(fresh).messages.last?.body.contains("we are working on \"VPN\"") == true)

        // --body replaces the macro's text; its fields still apply.
        let other = try await desk.create("Phishing?")
        _ = try await desk.ok(["ticket", "reply", String(other), "--macro", "Phishing report: thank you", "--body", "Danke, erledigt."])
        let phishing = try await desk.show(other)
        #expect(phishing.messages.last?.body == "Danke, erledigt.")
        #expect(phishing.tags == ["phishing"])
        #expect(phishing.category == "security")

        let before = try await desk.snapshot(other)
        expectRefusal(try await desk.run(["ticket", "reply", String(other), "--macro", "No such macro"]),
                      "there is no macro named 'No such macro' (helpdesk macro list shows them)")
        #expect(try await desk.snapshot(other) == before)
    }

    // MARK: - Duplicates

    @Test func linkAndMerge() async throws {
        let desk = try await Desk()
        let original = try await desk.create("Drucker 3. OG")
        let duplicate = try await desk.create("Drucker 3. OG druckt nicht", requester: "max@nordwind.example")
        #expect(try await desk.ok(["ticket", "link", String(duplicate), "--duplicate-of", String(original)])
                == "Linked #\(duplicate) as a duplicate of #\(original)\n")
        expectRefusal(try await desk.run(["ticket", "link", String(duplicate), "--duplicate-of", "99"]), "ticket 99 does not exist")

        let merged = try await desk.act(["ticket", "merge", String(duplicate), "--into", String(original)])
        #expect(merged.summary == "Merged #\(duplicate) into #\(original)")
        let gone = try await desk.show(duplicate)
        #expect(gone.status == "closed")
        #expect(gone.events.last?.action == "merge" && gone.events.last?.newValue == "into #\(original)")
        let target = try await desk.show(original)
        #expect(target.messages.contains { $0.author.contains("max") || $0.body == "Seit heute früh." })
        #expect(target.events.last?.newValue == "from #\(duplicate)")

        let before = try await desk.snapshot(duplicate)
        expectRefusal(try await desk.run(["ticket", "status", String(duplicate), "open"]), "was merged into #\(original)")
        #expect(try await desk.snapshot(duplicate) == before)
    }

    // MARK: - Closed tickets and undo

    @Test func aClosedTicketIsRefusedAndSolvedOneReopens() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        _ = try await desk.ok(["ticket", "status", String(id), "closed"])
        let before = try await desk.snapshot(id)
        let closed = "helpdesk: error: #\(id) is closed: closed tickets cannot be changed (open a new ticket for a new request)"
        expectRefusal(try await desk.run(["ticket", "reply", String(id), "--body", "Noch da?"]), closed, exact: true)
        expectRefusal(try await desk.run(["ticket", "reply", String(id), "--from-requester", "--body", "Hallo?"]), closed, exact: true)
        expectRefusal(try await desk.run(["ticket", "status", String(id), "open"]), closed, exact: true)
        expectRefusal(try await desk.run(["ticket", "tag", String(id), "+vpn"]), closed, exact: true)
        #expect(try await desk.snapshot(id) == before)

        let solved = try await desk.create()
        _ = try await desk.ok(["ticket", "status", String(solved), "solved"])
        _ = try await desk.ok(["ticket", "reply", String(solved), "--from-requester", "--body", "Geht wieder nicht"])
        #expect(try await desk.show(solved).status == "open")
    }

    @Test func undoTakesBackTheLastChangesInTurn() async throws {
        let desk = try await Desk()
        let start = Self.wednesday
        let id = try await desk.create(now: start)
        #expect(try await desk.ok(["ticket", "status", String(id), "pending"], now: start + 1) == "#\(id) is now pending\n")
        #expect(try await desk.ok(["ticket", "tag", String(id), "+vpn", "remote"], now: start + 2) == "#\(id) tags +remote +vpn\n")

        let list = try await desk.ok(["undo", "--list"], now: start + 10)
        #expect(list.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
                == ["AGO TICKETS CHANGE", "8 s #\(id) #\(id) tags +remote +vpn", "9 s #\(id) #\(id) is now pending"])

        #expect(try await desk.ok(["undo"], now: start + 10) == "Undone: #\(id) tags +remote +vpn\n")
        var detail = try await desk.show(id)
        #expect(detail.tags.isEmpty && detail.status == "pending")
        struct Undone: Decodable, Equatable {
            var summary: String
            var tickets: [Int64]
        }
        let second = try await desk.ok(["undo", "--json"], now: start + 20)
        #expect(try JSONDecoder().decode(Undone.self, from: Data(second.utf8)) == Undone(summary: "Undone: #\(id) is now pending", tickets: [id]))
        detail = try await desk.show(id)
        #expect(detail.status == "new")
        #expect(detail.events.suffix(2).map(\.action) == ["undo", "undo"])

        let before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["undo"], now: start + 30), "helpdesk: error: nothing to undo (changes can be undone for 60 s)", exact: true)
        #expect(try await desk.ok(["undo", "--list"], now: start + 30) == "Nothing to undo (changes can be undone for 60 s).\n")
        #expect(try await desk.snapshot(id) == before)
    }

    @Test func undoIsRefusedWhenTooLateOrTheTicketMovedOn() async throws {
        let desk = try await Desk()
        let start = Self.wednesday
        let id = try await desk.create(now: start)
        _ = try await desk.ok(["ticket", "priority", String(id), "high"], now: start)
        var before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["undo"], now: start + 61),
                      "helpdesk: error: too late to undo #\(id) priority high (only within 60 s)", exact: true)
        #expect(try await desk.snapshot(id) == before)

        // A note since (not undoable itself) moved the ticket on: the change stays, and is used up.
        _ = try await desk.ok(["ticket", "priority", String(id), "urgent"], now: start + 100)
        _ = try await desk.ok(["ticket", "note", String(id), "--body", "Rückruf um 3"], now: start + 110)
        before = try await desk.snapshot(id)
        expectRefusal(try await desk.run(["undo"], now: start + 120),
                      "helpdesk: error: #\(id) was changed 10 s ago (\(Sandbox.login): note Rückruf um 3) — #\(id) priority urgent was not undone",
                      exact: true)
        #expect(try await desk.snapshot(id) == before)
        expectRefusal(try await desk.run(["undo"], now: start + 121), "too late to undo #\(id) priority high")
    }

    // MARK: - Optimistic locking

    @Test func aStaleVersionIsRefusedAndSaysWhoChangedWhat() async throws {
        let desk = try await Desk()
        let id = try await desk.create()
        let seen = try await desk.show(id).version
        let applied = try await desk.act(["ticket", "priority", String(id), "high", "--based-on-version", String(seen)])
        #expect(applied.version == seen + 1)

        let before = try await desk.snapshot(id)
        let stale = try await desk.run(["ticket", "status", String(id), "solved", "--based-on-version", String(seen), "--json"])
        expectRefusal(stale, "#\(id) was changed")
        expectRefusal(stale, "(\(Sandbox.login): priority normal → high) — your change was not applied")
        let staleEscalation = try await desk.run(["ticket", "escalate", String(id), "--reason", "x", "--based-on-version", String(seen)])
        expectRefusal(staleEscalation, "your change was not applied")
        #expect(try await desk.snapshot(id) == before)
    }

    // MARK: - Macros

    @Test func macroAddListShowAndRemove() async throws {
        let desk = try await Desk()
        let list = try await desk.ok(["macro", "list"])
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["NAME", "SETS"])
        #expect(lines.contains { $0.hasPrefix("Password reset done") && $0.hasSuffix("solved, category account") })

        let added = try await desk.ok(["macro", "add", "VPN neu einrichten", "--body-file", "-", "--status", "pending",
                                       "--priority", "high", "--category", "VPN", "--tag", "vpn", "--tag", "remote"],
                                      stdin: Data("Hallo {requester},\nbitte {ticket} prüfen.".utf8))
        #expect(added == "Added macro VPN neu einrichten → pending, high, vpn, #remote #vpn\n")
        let macros = try await desk.sandbox.json([Macro].self, ["macro", "list", "--json", "--db", desk.db])
        let mine = try #require(macros.first { $0.name == "VPN neu einrichten" })
        #expect(mine.body == "Hallo {requester},\nbitte {ticket} prüfen.")
        #expect(mine.setStatus == "pending" && mine.setPriority == "high" && mine.setCategory == "vpn")
        #expect(mine.tags == ["remote", "vpn"])
        #expect(mine.createdBy == Sandbox.login)

        let shown = try await desk.ok(["macro", "show", "vpn NEU einrichten"])
        #expect(shown.hasPrefix("VPN neu einrichten\nSets: pending, priority high, category vpn, +remote, +vpn\n"))
        #expect(shown.hasSuffix("\nHallo {requester},\nbitte {ticket} prüfen.\n"))

        let id = try await desk.create()
        _ = try await desk.ok(["ticket", "reply", String(id), "--macro", "VPN neu einrichten"])
        let detail = try await desk.show(id)
        #expect(detail.messages.last?.body == "Hallo Anna,\nbitte #\(id) prüfen.")
        #expect(detail.status == "pending" && detail.priority == "high" && detail.tags == ["remote", "vpn"])

        expectRefusal(try await desk.run(["macro", "add", "vpn neu einrichten", "--body", "x"]),
                      "a macro named 'vpn neu einrichten' already exists")
        #expect(try await desk.ok(["macro", "remove", "VPN neu einrichten"]) == "Removed macro VPN neu einrichten\n")
        expectRefusal(try await desk.run(["macro", "remove", "VPN neu einrichten"]),
                      "there is no macro named 'VPN neu einrichten' (helpdesk macro list shows them)")
        expectRefusal(try await desk.run(["macro", "show", "VPN neu einrichten"]), "there is no macro named")
        let after = try await desk.sandbox.json([Macro].self, ["macro", "list", "--json", "--db", desk.db])
        #expect(after.count == macros.count - 1)
    }

    // MARK: - SLA settings

    @Test func slaShowAndTheAdminSettings() async throws {
        let desk = try await Desk()
        let standard = try await desk.sla()
        #expect(standard.calendar.summary == "Mon–Fri 08:00–17:00 Europe/Berlin, no holidays")
        #expect(standard.policies.map(\.priority) == ["urgent", "high", "normal", "low"])
        #expect(standard.policies.first == SLASettings.Policy(priority: "urgent", firstResponse: "30m", resolution: "4h", clock: "business"))
        #expect(standard.breachAction == "flag")
        let text = try await desk.ok(["sla", "show"])
        #expect(text.hasPrefix("Calendar       Mon–Fri 08:00–17:00 Europe/Berlin, no holidays\nBreach action  flag"))
        #expect(text.contains("\nPRIORITY  FIRST RESPONSE  RESOLUTION  CLOCK\nurgent    30m             4h          business\n"))

        #expect(try await desk.ok(["sla", "calendar", "--days", "sun-thu", "--hours", "07:30-16:00", "--time-zone", "Asia/Jerusalem",
                                   "--holiday", "2026-12-24", "--holiday", "2026-12-25"])
                == "Business calendar: Sun–Thu 07:30–16:00 Asia/Jerusalem, 2 holidays\n")
        _ = try await desk.ok(["sla", "calendar", "--clear-holidays", "--holiday", "2027-01-01"])
        #expect(try await desk.ok(["sla", "policy", "urgent", "--first-response", "15m", "--resolution", "2h", "--clock", "continuous"])
                == "SLA policy urgent: first response 15m, resolution 2h, continuous clock\n")
        _ = try await desk.ok(["sla", "policy", "low", "--resolution", "1d4h"])
        #expect(try await desk.ok(["sla", "breach-action", "escalate"]).hasPrefix("Breach action: escalate"))

        let changed = try await desk.sla()
        #expect(changed.calendar == SLASettings.Calendar(summary: "Sun–Thu 07:30–16:00 Asia/Jerusalem, 1 holiday", timeZone: "Asia/Jerusalem",
                                                         hours: "07:30-16:00", workingDays: [1, 2, 3, 4, 7], holidays: ["2027-01-01"]))
        #expect(changed.policies.first == SLASettings.Policy(priority: "urgent", firstResponse: "15m", resolution: "2h", clock: "continuous"))
        #expect(changed.policies.last == SLASettings.Policy(priority: "low", firstResponse: "1d", resolution: "1d4h", clock: "business"))
        #expect(changed.breachAction == "escalate")

        // Refused settings leave the stored ones as they were.
        for (arguments, message) in [
            (["sla", "calendar", "--hours", "17:00-08:00"], "working hours '17:00-08:00' must end after they start"),
            (["sla", "calendar", "--days", "mon-fry"], "unknown weekday 'fry'"),
            (["sla", "calendar", "--time-zone", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
            (["sla", "calendar", "--holiday", "2026-02-30"], "bad holiday date '2026-02-30'"),
            (["sla", "policy", "high", "--resolution", "0m"], "SLA target '0m' is zero"),
            (["sla", "policy", "high", "--clock", "lunar"], "unknown clock 'lunar' (expected business, continuous)"),
            (["sla", "policy", "high"], "nothing to change"),
        ] {
            expectRefusal(try await desk.run(arguments), message)
        }
        #expect(try await desk.sla() == changed)
    }

    // MARK: - sla check

    @Test func slaCheckExitsZeroWhenNothingIsBreachedAndTwoWhenSomethingIs() async throws {
        let desk = try await Desk()
        let empty = try await desk.run(["sla", "check"])
        #expect(empty.status == 0, "\(empty.summary)")
        #expect(empty.output == "No SLA breaches.\n")

        // Normal priority, created on a Wednesday at 12:06 in Berlin: the first answer is due at 16:06.
        let id = try await desk.create("VPN bricht ab", now: Self.wednesday)
        let inTime = try await desk.run(["sla", "check"], now: Self.wednesday + 3600)
        #expect(inTime.status == 0, "\(inTime.summary)")
        #expect(inTime.output == "No SLA breaches.\n")

        let later = Self.wednesday + 4 * 3600 + 3600  // an hour past the deadline
        let breached = try await desk.run(["sla", "check"], now: later)
        #expect(breached.status == 2, "\(breached.summary)")
        #expect(breached.errorOutput.isEmpty)
        let lines = breached.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["ID", "TIER", "OVERDUE", "NEW", "SUBJECT"])
        #expect(lines.dropFirst().first?.split(separator: " ").map(String.init) == [String(id), "1", "1h", "0m", "NEW", "VPN", "bricht", "ab"])
        #expect(lines.last == "1 ticket past the SLA deadline: 1 new (tagged sla-breached)")
        #expect(try await desk.show(id).tags == ["sla-breached"])

        // The next check lists it again, no longer new, and still exits 2.
        let again = try await desk.run(["sla", "check", "--json"], now: later + 60)
        #expect(again.status == 2, "\(again.summary)")
        let report = try JSONDecoder().decode(SLACheck.self, from: again.stdout)
        #expect(report.breaches.map(\.ticket) == [id])
        #expect(report.breaches.first?.new == false)
        #expect(report.breaches.first?.overdueSeconds == 3660)
        #expect(report.breaches.first?.overdue == "1h 1m")
        #expect(report.escalated.isEmpty)
        #expect(report.summary == "1 ticket past the SLA deadline: 0 new")

        // Solved tickets are no longer breaching.
        _ = try await desk.ok(["ticket", "status", String(id), "solved"], now: later + 120)
        #expect(try await desk.run(["sla", "check"], now: later + 180).status == 0)
    }

    @Test func slaCheckWithTheEscalateRuleMovesNewBreachesUpATier() async throws {
        let desk = try await Desk()
        _ = try await desk.ok(["sla", "breach-action", "escalate"])
        let id = try await desk.create("Server down", priority: "urgent", now: Self.wednesday)
        let result = try await desk.run(["sla", "check", "--json"], now: Self.wednesday + 86_400)
        #expect(result.status == 2, "\(result.summary)")
        let report = try JSONDecoder().decode(SLACheck.self, from: result.stdout)
        #expect(report.escalated == [id])
        #expect(report.breaches.first?.new == true)
        let detail = try await desk.show(id)
        #expect(detail.tier == 2)
        let escalation = try #require(detail.events.last { $0.action == "escalate" })
        #expect(escalation.actor == Sandbox.login)
        #expect(escalation.reason?.hasPrefix("SLA breached: ") == true)
    }

    @Test func helpdeskNowMustBeATime() async throws {
        let desk = try await Desk()
        let result = try await desk.sandbox.helpdesk(["sla", "check", "--db", desk.db], overriding: ["HELPDESK_NOW": "tomorrow"])
        expectRefusal(result, "HELPDESK_NOW 'tomorrow' is not a time")
        let iso = try await desk.sandbox.helpdesk(["ticket", "create", "--subject", "S", "--requester", "a@x.example", "--db", desk.db],
                                                  overriding: ["HELPDESK_NOW": "2026-11-18T09:00:00Z"])
        #expect(iso.status == 0, "\(iso.summary)")
        #expect(try await desk.show(1).createdAt == "2026-11-18T09:00:00Z")
    }

    // MARK: - Helpers

    /// Non-zero exit (1), nothing on stdout, and exactly one stderr line: `helpdesk: error: …`.
    func expectRefusal(_ result: ProcessResult, _ message: String, exact: Bool = false,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.summary)", sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, "stdout: \(result.output)", sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1, "stderr must be one line: \(result.errorLines)", sourceLocation: sourceLocation)
        let line = result.errorLines.first ?? ""
        #expect(line.hasPrefix("helpdesk: error: "), "\(line)", sourceLocation: sourceLocation)
        if exact {
            #expect(line == message, sourceLocation: sourceLocation)
        } else {
            #expect(line.contains(message), "“\(line)” does not say “\(message)”", sourceLocation: sourceLocation)
        }
    }
}
