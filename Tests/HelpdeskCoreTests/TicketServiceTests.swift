import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Every triage action through the one service, on a real database: the change, its event with
/// actor and reason, the rights, stale versions, bulk and undo.
@Suite struct TicketServiceTests {
    /// A database with a small team: ada (tier 1 agent), bo (tier 1 agent), cy (tier 2 agent),
    /// sam (tier 1 supervisor) and the admin `tester` who created it.
    final class Desk {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store: HelpdeskStore

        init() throws {
            store = try Fixture.store(in: folder, clock: clock)
            for (login, role, tier) in [("ada", AgentRole.agent, 1), ("bo", .agent, 1), ("cy", .agent, 2), ("sam", .supervisor, 1)] {
                try store.addAgent(login: login, name: login.capitalized, role: role, tier: tier, actor: "tester")
            }
        }

        func service(_ login: String) throws -> TicketService {
            try TicketService(store: store, actor: #require(try store.agent(login: login)))
        }

        func ticket(_ subject: String = "Drucker druckt nicht", priority: Priority = .normal, tier: Int = 1) throws -> Int64 {
            try store.createTicket(Fixture.ticket(subject, body: "Seit heute morgen kommt nichts raus.", priority: priority, tier: tier),
                                   actor: "mail-gateway")
        }

        func detail(_ id: Int64) throws -> TicketDetail { try store.ticketDetail(id: id) }
        func lastEvent(_ id: Int64) throws -> TicketEvent { try detail(id).events.last! }
    }

    @Test func takeAssignAndUnassignAreLoggedWithTheActor() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let taken = try desk.service("ada").perform(.take, on: id)
        #expect(taken.summary == "Assigned #\(id) to ada")
        #expect(try desk.detail(id).assignee?.login == "ada")
        #expect(try desk.lastEvent(id).actor == "ada")
        #expect(try desk.lastEvent(id).newValue == "ada")

        try desk.service("ada").perform(.assign(login: "bo"), on: id)  // handing over her own ticket
        #expect(try desk.detail(id).assignee?.login == "bo")
        #expect(try EventText.describe(desk.lastEvent(id)) == "ada: assign ada → bo")

        try desk.service("bo").perform(.unassign, on: id)
        #expect(try desk.detail(id).assignee == nil)
        #expect(try desk.lastEvent(id).action == "unassign")
        #expect(try desk.detail(id).ticket.version == 4)
    }

    @Test func assigningChecksTheAgentAndTheTier() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        #expect(throws: HelpdeskError.invalidInput("there is no active agent 'nobody' (helpdesk agent list shows the team)")) {
            try ada.perform(.assign(login: "nobody"), on: id)
        }
        #expect(throws: HelpdeskError.invalidInput("cy works tier 2 and #\(id) is a tier-1 ticket (escalate it instead)")) {
            try ada.perform(.assign(login: "cy"), on: id)
        }
        #expect(throws: HelpdeskError.notFound("ticket 999 does not exist")) { try ada.perform(.take, on: 999) }
        #expect(try desk.detail(id).events.count == 1)
        #expect(try desk.detail(id).ticket.version == 1)
    }

    @Test func fieldsChangeWithOneEventEach() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setPriority(.high), on: id)
        try ada.perform(.setCategory("  Printing "), on: id)
        try ada.perform(.addTags(["Drucker", "floor-3"]), on: id)
        try ada.perform(.removeTags(["floor-3"]), on: id)
        try ada.perform(.setChannel(.phone), on: id)
        try ada.perform(.setStatus(.onHold), on: id)
        let detail = try desk.detail(id)
        #expect(detail.ticket.priority == .high)
        #expect(detail.ticket.category == "printing")
        #expect(detail.tags == ["drucker"])
        #expect(detail.ticket.channel == .phone)
        #expect(detail.ticket.status == .onHold)
        #expect(detail.events.map(EventText.describe) == [
            "mail-gateway: create Drucker druckt nicht",
            "ada: priority normal → high",
            "ada: category printing",
            "ada: tags +drucker +floor-3",
            "ada: tags -floor-3",
            "ada: channel email → phone",
            "ada: status new → on-hold",
        ])
        // Nothing to change is an error that changes nothing.
        #expect(throws: HelpdeskError.invalidInput("nothing to change: #\(id) is already high")) { try ada.perform(.setPriority(.high), on: id) }
        #expect(throws: HelpdeskError.invalidInput("a ticket cannot go back to new (use open)")) { try ada.perform(.setStatus(.new), on: id) }
        #expect(try desk.detail(id).events.count == 7)
    }

    @Test func aHigherPriorityBringsTheDeadlinesForward() throws {
        let desk = try Desk()
        let id = try desk.ticket(priority: .low)
        let before = try desk.detail(id).ticket
        try desk.service("ada").perform(.setPriority(.urgent), on: id)
        let after = try desk.detail(id).ticket
        #expect(after.firstResponseDue < before.firstResponseDue)
        #expect(after.resolutionDue < before.resolutionDue)
        #expect(after.nextDue == min(after.firstResponseDue, after.resolutionDue))
    }

    @Test func escalationNeedsAReasonMovesTheTicketAndClearsTheAssignee() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.take, on: id)
        #expect(throws: HelpdeskError.invalidInput("the reason for an escalation (--reason) must not be empty")) {
            try ada.perform(.escalate(tier: 2, reason: "   "), on: id)
        }
        let outcome = try ada.perform(.escalate(tier: 2, reason: "needs AD rights"), on: id)
        #expect(outcome.summary == "Escalated #\(id) to tier 2")
        let detail = try desk.detail(id)
        #expect(detail.ticket.tier == 2)
        #expect(detail.assignee == nil)
        #expect(EventText.describe(detail.events.last!) == "ada: escalate tier 1 → tier 2 — needs AD rights")
        // It left tier 1's queue and arrived in tier 2's.
        let context = QueryContext(agentId: nil, now: desk.clock.now)
        let tier1 = try desk.store.tickets(matching: QueryCompiler.compile("status:open,new tier:1", context: context), limit: 10)
        let tier2 = try desk.store.tickets(matching: QueryCompiler.compile("status:open,new tier:2", context: context), limit: 10)
        #expect(!tier1.map(\.id).contains(id))
        #expect(tier2.map(\.id) == [id])
        // Ada no longer works it; cy (tier 2) does, and may send it back with a note.
        #expect(throws: HelpdeskError.self) { try ada.perform(.setPriority(.high), on: id) }
        try desk.service("cy").perform(.deescalate(tier: 1, note: "rights granted, please confirm with the user"), on: id)
        let back = try desk.detail(id)
        #expect(back.ticket.tier == 1)
        #expect(back.events.last!.reason == "rights granted, please confirm with the user")
        #expect(back.messages.last!.message.isInternal)
        #expect(back.messages.last!.message.body.contains("rights granted"))
    }

    @Test func escalatingWithAnAssigneeOfThatTier() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.service("ada").perform(.escalate(tier: 2, reason: "server side", assignee: "cy"), on: id)
        #expect(try desk.detail(id).assignee?.login == "cy")
        #expect(throws: HelpdeskError.self) { try desk.service("cy").perform(.escalate(tier: 3, reason: "x", assignee: "bo"), on: id) }
        #expect(throws: HelpdeskError.self) { try desk.service("cy").perform(.escalate(tier: 2, reason: "x"), on: id) }
    }

    @Test func aFirstReplyStopsTheFirstResponseClockAndOpensTheTicket() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        desk.clock.advance(600)
        try desk.service("ada").perform(.reply("Hallo, ich schaue es mir an."), on: id)
        let detail = try desk.detail(id)
        #expect(detail.ticket.firstRespondedAt == desk.clock.now)
        #expect(detail.ticket.nextDue == detail.ticket.resolutionDue)
        #expect(detail.ticket.status == .open)
        #expect(detail.messages.last!.message.isInternal == false)
        #expect(detail.messages.last!.authorName == "Ada")
        #expect(detail.events.suffix(2).map(\.action) == ["reply", "status"])
        // The reply is searchable.
        #expect(try desk.store.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH 'schaue'")
        } == [id])
    }

    @Test func notesAreInternalAndSearchable() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.service("ada").perform(.note("Toner leer, Bestellung läuft"), on: id)
        let detail = try desk.detail(id)
        #expect(detail.messages.last!.message.isInternal)
        #expect(detail.ticket.firstRespondedAt == nil)
        #expect(try desk.store.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH 'bestellung'") } == [id])
    }

    @Test func pendingPausesTheClockAndTheRequestersAnswerResumesIt() throws {
        let desk = try Desk()
        let id = try desk.ticket(priority: .low)
        let ada = try desk.service("ada")
        try ada.perform(.reply("Welcher Drucker genau?"), on: id)
        try ada.perform(.setStatus(.pending), on: id)
        let paused = try desk.detail(id).ticket
        #expect(paused.slaPausedAt == desk.clock.now)
        #expect(SLAState.of(status: paused.status, nextDue: paused.nextDue, now: desk.clock.now) == .paused)
        desk.clock.advance(7 * 86_400)  // a week: several business days
        try ada.perform(.requesterReply("Der im 3. OG, Raum 3.14"), on: id)
        let resumed = try desk.detail(id).ticket
        #expect(resumed.status == .open)
        #expect(resumed.slaPausedAt == nil)
        #expect(resumed.slaPausedSeconds > 0)
        #expect(resumed.resolutionDue > paused.resolutionDue)
        #expect(try desk.detail(id).events.last!.reason == "the requester answered")
    }

    @Test func solvingStampsTheTimeAndReopeningClearsIt() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setStatus(.solved), on: id)
        #expect(try desk.detail(id).ticket.solvedAt == desk.clock.now)
        try ada.perform(.requesterReply("Geht doch wieder nicht"), on: id)
        #expect(try desk.detail(id).ticket.status == .open)
        #expect(try desk.detail(id).ticket.solvedAt == nil)
    }

    @Test func agentsWorkTheirOwnAndUnassignedTicketsOfTheirTier() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.service("ada").perform(.take, on: id)
        #expect(throws: HelpdeskError.permissionDenied("#\(id) is assigned to ada: only they or a supervisor can change it")) {
            try desk.service("bo").perform(.setStatus(.open), on: id)
        }
        #expect(throws: HelpdeskError.permissionDenied("#\(id) is assigned to ada: only they or a supervisor can change it")) {
            try desk.service("bo").perform(.take, on: id)
        }
        let tier2 = try desk.ticket(tier: 2)
        #expect(throws: HelpdeskError.permissionDenied("#\(tier2) is a tier-2 ticket and you work tier 1: ask a supervisor")) {
            try desk.service("bo").perform(.take, on: tier2)
        }
        // A supervisor may reassign anything.
        try desk.service("sam").perform(.assign(login: "bo"), on: id)
        #expect(try desk.detail(id).assignee?.login == "bo")
    }

    @Test func aChangeBasedOnAStaleVersionIsRefusedAndSaysWhoChangedWhat() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let seen = try desk.detail(id).ticket.version
        try desk.service("sam").perform(.assign(login: "bo"), on: id, basedOn: seen)
        desk.clock.advance(20)
        #expect(throws: HelpdeskError.conflict("#\(id) was changed 20 s ago (sam: assign bo) — your change was not applied")) {
            try desk.service("sam").perform(.setPriority(.high), on: id, basedOn: seen)
        }
        #expect(try desk.detail(id).ticket.priority == .normal)
    }

    @Test func mergeCopiesTheThreadClosesTheDuplicateAndPointsToTheOriginal() throws {
        let desk = try Desk()
        let original = try desk.ticket("VPN bricht ab")
        let duplicate = try desk.store.createTicket(
            Fixture.ticket("VPN trennt ständig", requester: "ben.meier@nordwind.example", body: "Alle 5 Minuten weg, Gleitzeit-Chaos"), actor: "portal")
        let ada = try desk.service("ada")
        let outcome = try ada.perform(.merge(into: original), on: duplicate)
        #expect(outcome.summary == "Merged #\(duplicate) into #\(original)")
        #expect(!outcome.isUndoable)
        let merged = try desk.detail(duplicate)
        #expect(merged.ticket.status == .closed)
        #expect(merged.ticket.mergedInto == original)
        let target = try desk.detail(original)
        #expect(target.messages.contains { $0.message.body == "Alle 5 Minuten weg, Gleitzeit-Chaos" && $0.authorName == "Ben Meier" })
        #expect(target.requester.email == "anna.huber@nordwind.example")  // the original keeps its requester
        #expect(target.events.last!.newValue == "from #\(duplicate)")
        #expect(target.ticket.version == 2)
        // Searching the duplicate's words finds the original now (and the duplicate).
        #expect(try Set(desk.store.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH 'gleitzeit'") })
                == [original, duplicate])
        #expect(throws: HelpdeskError.invalidInput("#\(duplicate) was merged into #\(original): work on #\(original) instead")) {
            try ada.perform(.setStatus(.open), on: duplicate)
        }
        #expect(throws: HelpdeskError.invalidInput("#\(original) cannot be merged into itself")) { try ada.perform(.merge(into: original), on: original) }
        try desk.store.write { db in try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts) VALUES ('integrity-check')") }
    }

    @Test func linkMarksADuplicateOnce() throws {
        let desk = try Desk()
        let a = try desk.ticket(), b = try desk.ticket()
        try desk.service("ada").perform(.link(duplicateOf: a), on: b)
        #expect(try desk.lastEvent(b).newValue == "duplicate of #\(a)")
        #expect(throws: HelpdeskError.invalidInput("nothing to change: #\(b) is already linked to #\(a)")) {
            try desk.service("ada").perform(.link(duplicateOf: a), on: b)
        }
        #expect(throws: HelpdeskError.notFound("ticket 77 does not exist")) { try desk.service("ada").perform(.link(duplicateOf: 77), on: b) }
    }

    @Test func aMacroRepliesAndSetsItsFieldsAsOneChange() throws {
        let desk = try Desk()
        let id = try desk.ticket("Passwort vergessen")
        let macro = try #require(try desk.store.macro(named: "Password reset done"))
        let text = macro.filled(requester: "Anna", ticket: id, agent: "Ada", subject: "Passwort vergessen")
        #expect(text.hasPrefix("Hello Anna,"))
        #expect(text.hasSuffix("Ada"))
        try desk.service("ada").perform([.reply(text)] + macro.fieldActions, on: id)
        let detail = try desk.detail(id)
        #expect(detail.ticket.status == .solved)
        #expect(detail.ticket.category == "account")
        #expect(detail.ticket.version == 2)
        #expect(detail.messages.last!.message.body == text)
    }

    @Test func aMacroStepThatChangesNothingIsSkippedNotRefused() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        // The reply opens the new ticket; the macro's "set open" then has nothing left to do.
        let outcome = try desk.service("ada").perform([.reply("Wir kümmern uns."), .setStatus(.open)], on: id)
        #expect(outcome.summary == "Replied to #\(id)")
        #expect(try desk.detail(id).ticket.status == .open)
        // Alone, the same step is a mistake worth telling.
        #expect(throws: HelpdeskError.invalidInput("nothing to change: #\(id) is already open")) {
            try desk.service("ada").perform(.setStatus(.open), on: id)
        }
    }

    @Test func bulkAppliesWhatItMayAndReportsTheRest() throws {
        let desk = try Desk()
        let ids = try (0..<5).map { _ in try desk.ticket() }
        try desk.service("bo").perform(.take, on: ids[4])
        let outcome = try desk.service("ada").performBulk(.setPriority(.high), on: ids + [999])
        #expect(outcome.applied.map(\.ticketId) == Array(ids.prefix(4)))
        #expect(outcome.refused.map(\.ticketId) == [ids[4], 999])
        #expect(outcome.summary.hasPrefix("4 changed, 2 refused (#\(ids[4]): #\(ids[4]) is assigned to bo"))
        #expect(try desk.detail(ids[4]).ticket.priority == .normal)
        #expect(try ids.prefix(4).allSatisfy { try desk.detail($0).ticket.priority == .high })
        // Bulk reassigning is for supervisors.
        let refused = try desk.service("ada").performBulk(.assign(login: "bo"), on: ids)
        #expect(refused.applied.isEmpty)
        let reassigned = try desk.service("sam").performBulk(.assign(login: "ada"), on: ids)
        #expect(reassigned.applied.count == 5)
    }

    @Test func undoRestoresTheFieldsWithinTheWindowIfNobodyChangedTheTicket() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.addTags(["vpn"]), on: id)
        let escalated = try ada.perform(.escalate(tier: 2, reason: "firewall"), on: id)
        let undone = try ada.undo(escalated)
        #expect(undone.summary == "Undone: Escalated #\(id) to tier 2")
        var detail = try desk.detail(id)
        #expect(detail.ticket.tier == 1)
        #expect(detail.tags == ["vpn"])
        #expect(detail.events.last!.action == "undo")

        let tagged = try ada.perform(.addTags(["urgent-vip"]), on: id)
        desk.clock.advance(TicketService.undoWindow + 1)
        #expect(throws: HelpdeskError.self) { try ada.undo(tagged) }

        let retagged = try ada.perform(.removeTags(["vpn"]), on: id)
        try desk.service("sam").perform(.setPriority(.urgent), on: id)
        #expect(throws: HelpdeskError.self) { try ada.undo(retagged) }  // someone changed it since
        detail = try desk.detail(id)
        #expect(detail.tags == ["urgent-vip"])

        let reply = try ada.perform(.reply("Erledigt"), on: id)
        #expect(!reply.isUndoable)
    }

    @Test func theSLACheckFlagsOrEscalatesNewBreachesOnce() throws {
        let desk = try Desk()
        let late = try desk.ticket(priority: .urgent)
        let fine = try desk.ticket(priority: .low)
        desk.clock.advance(3 * 86_400)
        let sam = try desk.service("sam")
        #expect(throws: HelpdeskError.self) { try desk.service("ada").checkSLA() }
        let first = try sam.checkSLA()
        #expect(first.breaches.map(\.ticketId).contains(late))
        #expect(first.breaches.allSatisfy { $0.isNew })
        #expect(try desk.detail(late).tags == [TicketService.breachTag])
        let second = try sam.checkSLA()
        #expect(second.breaches.map(\.ticketId) == first.breaches.map(\.ticketId))
        #expect(second.breaches.allSatisfy { !$0.isNew })
        _ = fine

        var settings = try desk.store.slaSettings()
        settings.breachAction = .escalate
        try desk.store.saveSLASettings(settings, actor: #require(try desk.store.agent(login: "tester")))
        let other = try desk.ticket(priority: .urgent)
        desk.clock.advance(2 * 86_400)
        let third = try sam.checkSLA()
        #expect(third.escalated == [other])
        #expect(try desk.detail(other).ticket.tier == 2)
    }

    @Test func macrosAreManagedByAdmins() throws {
        let desk = try Desk()
        let admin = try #require(try desk.store.agent(login: "tester"))
        let ada = try #require(try desk.store.agent(login: "ada"))
        #expect(try desk.store.macros().count >= 8)
        let macro = Macro(name: "VPN client reinstalled", body: "Hi {requester}, reinstalled.", setStatus: .solved, addTags: ["VPN"], createdBy: "", createdAt: 0)
        #expect(throws: HelpdeskError.permissionDenied("only an admin may manage macros: nothing was changed")) { try desk.store.addMacro(macro, actor: ada) }
        try desk.store.addMacro(macro, actor: admin)
        #expect(try desk.store.macro(named: "vpn client reinstalled")?.tags == ["vpn"])
        #expect(throws: HelpdeskError.invalidInput("a macro named 'VPN client reinstalled' already exists")) { try desk.store.addMacro(macro, actor: admin) }
        try desk.store.removeMacro(named: "VPN CLIENT REINSTALLED", actor: admin)
        #expect(try desk.store.macro(named: "VPN client reinstalled") == nil)
        #expect(throws: HelpdeskError.self) { try desk.store.removeMacro(named: "nope", actor: admin) }
    }
}
