import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// `TicketService.undoLast`: one window (`undoWindow`), a stack of changes kept in the database,
/// bulk changes as one, and never over someone else's later change.
@Suite struct UndoTests {
    typealias Desk = TicketServiceTests.Desk

    static let nothingToUndo = HelpdeskError.invalidInput("nothing to undo (changes can be undone for \(TicketService.undoWindow) s)")

    @Test func undoWalksBackOneChangeAtATime() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setPriority(.high), on: id)
        try ada.perform(.setStatus(.pending), on: id)
        #expect(try ada.undoableChanges().map(\.summary) == ["#\(id) is now pending", "#\(id) priority high"])

        #expect(try ada.undoLast() == UndoOutcome(summary: "Undone: #\(id) is now pending", ticketIds: [id]))
        var ticket = try desk.detail(id).ticket
        #expect(ticket.status == .new && ticket.priority == .high && ticket.slaPausedAt == nil)
        #expect(try ada.undoLast() == UndoOutcome(summary: "Undone: #\(id) priority high", ticketIds: [id]))
        ticket = try desk.detail(id).ticket
        #expect(ticket.status == .new && ticket.priority == .normal)
        #expect(ticket.version == 5)
        #expect(try desk.detail(id).events.suffix(2).map(\.action) == ["undo", "undo"])
        #expect(try desk.detail(id).events.last?.newValue == "#\(id) priority high")

        #expect(throws: Self.nothingToUndo) { try ada.undoLast() }
        #expect(try ada.undoableChanges().isEmpty)
    }

    @Test func eachAgentUndoesTheirOwnChanges() throws {
        let desk = try Desk()
        let a = try desk.ticket(), b = try desk.ticket()
        try desk.service("ada").perform(.setPriority(.high), on: a)
        try desk.service("bo").perform(.setPriority(.low), on: b)
        #expect(try desk.service("ada").undoLast().ticketIds == [a])
        #expect(throws: Self.nothingToUndo) { try desk.service("ada").undoLast() }
        #expect(try desk.detail(b).ticket.priority == .low)
        #expect(try desk.service("bo").undoLast().ticketIds == [b])
    }

    @Test func repliesAndNotesAreNotUndoneButStandInTheWay() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setPriority(.high), on: id)
        try ada.perform(.note("Rückruf vereinbart"), on: id)
        // The note moved the ticket on: the priority change is refused, not silently re-applied.
        #expect(throws: HelpdeskError.conflict("#\(id) was changed just now (ada: note Rückruf vereinbart) — #\(id) priority high was not undone")) {
            try ada.undoLast()
        }
        #expect(try desk.detail(id).ticket.priority == .high)
    }

    @Test func aBulkChangeIsUndoneAsOne() throws {
        let desk = try Desk()
        let ids = try (0..<3).map { _ in
            try desk.store.createTicket(Fixture.ticket("WLAN weg", tags: ["floor-3"]), actor: "mail-gateway")
        }
        let ada = try desk.service("ada")
        try ada.perform(.setCategory("network"), on: ids[0])
        let bulk = try ada.performBulk(.addTags(["vpn", "wlan"]), on: ids)
        #expect(bulk.applied.count == 3)
        #expect(try ids.allSatisfy { try desk.detail($0).tags == ["floor-3", "vpn", "wlan"] })
        #expect(try ada.undoableChanges().first == UndoEntrySummary(
            batch: 2, at: desk.clock.now, summary: "#\(ids[0]) tags +vpn +wlan and 2 more (#\(ids[1]), #\(ids[2]))", ticketIds: ids))

        let undone = try ada.undoLast()
        #expect(undone == UndoOutcome(summary: "Undone: #\(ids[0]) tags +vpn +wlan and 2 more (#\(ids[1]), #\(ids[2]))", ticketIds: ids))
        for id in ids {
            let detail = try desk.detail(id)
            #expect(detail.tags == ["floor-3"])
            #expect(detail.events.last?.action == "undo" && detail.events.last?.newValue == "#\(id) tags +vpn +wlan")
        }
        // Then the change before it.
        #expect(try ada.undoLast().ticketIds == [ids[0]])
        #expect(try desk.detail(ids[0]).ticket.category == nil)
    }

    @Test func aTicketChangedByOthersSinceIsLeftAsItIsAndNamed() throws {
        let desk = try Desk()
        let a = try desk.ticket(), b = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.performBulk(.setPriority(.high), on: [a, b])
        desk.clock.advance(5)
        try desk.service("bo").perform(.setStatus(.pending), on: b)
        let before = try desk.detail(b)

        let undone = try ada.undoLast()
        #expect(undone.ticketIds == [a])
        #expect(undone.refused == [.init(ticketId: b, reason: "#\(b) was changed just now (bo: status new → pending)")])
        #expect(try desk.detail(a).ticket.priority == .normal)
        #expect(try desk.detail(b) == before)

        // Alone, the refusal is an error and nothing changes; the change is used up all the same.
        let c = try desk.ticket()
        try ada.perform(.setPriority(.urgent), on: c)
        desk.clock.advance(7)
        try desk.service("sam").perform(.assign(login: "bo"), on: c)
        let seen = try desk.detail(c)
        #expect(throws: HelpdeskError.conflict("#\(c) was changed just now (sam: assign bo) — #\(c) priority urgent was not undone")) {
            try ada.undoLast()
        }
        #expect(try desk.detail(c) == seen)
        #expect(throws: Self.nothingToUndo) { try ada.undoLast() }
    }

    @Test func ownUndosDoNotHideWhoElseChangedTheTicket() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setPriority(.high), on: id)
        desk.clock.advance(10)
        try desk.service("bo").perform(.setChannel(.phone), on: id)
        desk.clock.advance(10)
        try ada.perform(.addTags(["vpn"]), on: id)
        #expect(try ada.undoLast().summary == "Undone: #\(id) tags +vpn")
        #expect(throws: HelpdeskError.conflict("#\(id) was changed 10 s ago (bo: channel email → phone) — #\(id) priority high was not undone")) {
            try ada.undoLast()
        }
        // bo's change is the ticket's state again, so bo can still take it back.
        #expect(try desk.service("bo").undoLast().summary == "Undone: #\(id) channel phone")
        #expect(try desk.detail(id).ticket.channel == .email)
    }

    @Test func theWindowIsTheOneConstant() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setPriority(.high), on: id)
        desk.clock.advance(TicketService.undoWindow)
        #expect(try ada.undoableChanges().count == 1)
        #expect(try ada.undoLast().ticketIds == [id])  // exactly at the end of the window: still

        try ada.perform(.setPriority(.low), on: id)
        desk.clock.advance(TicketService.undoWindow + 1)
        #expect(try ada.undoableChanges().isEmpty)
        #expect(throws: HelpdeskError.invalidInput("too late to undo #\(id) priority low (only within \(TicketService.undoWindow) s)")) {
            try ada.undoLast()
        }
        #expect(try desk.detail(id).ticket.priority == .low)
    }

    @Test func closingCanBeUndoneWithinTheWindow() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform([.setStatus(.solved), .addTags(["done"])], on: id)
        try ada.perform(.setStatus(.closed), on: id)
        #expect(try ada.undoLast().summary == "Undone: #\(id) is now closed")
        #expect(try desk.detail(id).ticket.status == .solved)
        try ada.undoLast()
        let detail = try desk.detail(id)
        #expect(detail.ticket.status == .new && detail.ticket.solvedAt == nil && detail.tags.isEmpty)
    }

    @Test func theOutcomeUndoUsesUpItsEntry() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        let outcome = try ada.perform(.setPriority(.high), on: id)
        #expect(try ada.undo(outcome).summary == "Undone: #\(id) priority high")
        #expect(throws: Self.nothingToUndo) { try ada.undoLast() }
    }

    @Test func entriesSurviveAReopenedStoreAndOldOnesAreForgotten() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.service("ada").perform(.setPriority(.high), on: id)
        let reopened = try Fixture.store(in: desk.folder, clock: desk.clock)
        let ada = try TicketService(store: reopened, actor: #require(try reopened.agent(login: "ada")))
        #expect(try ada.undoLast().ticketIds == [id])

        try ada.perform(.setPriority(.low), on: id)
        desk.clock.advance(2 * 86_400)
        try ada.perform(.setChannel(.chat), on: id)
        #expect(try reopened.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM undo_entries") } == 1)
    }
}
