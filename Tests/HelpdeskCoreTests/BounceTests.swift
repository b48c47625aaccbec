import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Bounces of mail sent from here, on real SQLite files: a DSN (RFC 3464) and exim's plain-text
/// bounce each find the delivery they return, mark it and note it on its ticket; a bounce of
/// nothing sent here is logged and dropped; none is acknowledged or becomes a ticket.
@Suite struct BounceTests {
    typealias Desk = MailSenderTests.Desk

    /// The desk's ticket with one reply sent; returns that reply's Message-ID.
    func sentReply(_ desk: Desk) throws -> String {
        try desk.agent.perform(.reply("Guten Tag, wir schauen es uns an."), on: desk.ticket)
        _ = try MailSender(store: desk.store).sendDue()
        return try #require(try desk.sent().last?.messageID)
    }

    func fixture(_ name: String, returning id: String, from old: String) throws -> [UInt8] {
        Array(String(decoding: try MailFixture.bytes(name), as: UTF8.self).replacingOccurrences(of: old, with: id).utf8)
    }

    @Test func aDeliveryStatusNotificationMarksTheReplyAndNotesTheTicket() throws {
        let desk = try Desk(acknowledge: true)
        let id = try sentReply(desk)
        let status = try desk.store.ticketDetail(id: desk.ticket).ticket.status
        let dsn = try fixture("bounce.eml", returning: id, from: "ticket-42-reply@example.org")
        #expect(Bounce.detect(MailMessage.parse(dsn)) == Bounce(returnedMessageIDs: [id], reason: "status 5.1.1"))
        #expect(try MailIntake(store: desk.store).receive(dsn) == .bounced(ticketId: desk.ticket))
        let detail = try desk.store.ticketDetail(id: desk.ticket)
        let reply = try #require(detail.messages.first { $0.message.body.hasPrefix("Guten Tag") })
        #expect(reply.delivery?.summary == "mail bounced: status 5.1.1")
        #expect(detail.messages.last?.message.isInternal == true)
        #expect(detail.messages.last?.message.body == "Mail to j.mueller@example.com bounced: status 5.1.1")
        #expect(detail.ticket.status == status, "a bounce reopens nothing")
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") } == 1)
        #expect(try desk.store.read { db in
            try Bool.fetchOne(db, sql: "SELECT raw IS NOT NULL FROM mail_messages WHERE message_id = 'bounce-1@mail.example.org'")
        } == true, "the bounce is kept with the ticket")
        // Delivered twice (MTAs retry): stored once.
        #expect(try MailIntake(store: desk.store).receive(dsn) == .duplicate(ticketId: desk.ticket))
    }

    @Test func eximsPlainTextBounceIsMatchedByTheCopiedHeaders() throws {
        let desk = try Desk()
        let id = try sentReply(desk)
        let bounce = try fixture("exim-bounce.eml", returning: id, from: "ORIGINAL-ID")
        #expect(try MailIntake(store: desk.store).receive(bounce) == .bounced(ticketId: desk.ticket))
        #expect(try desk.store.ticketDetail(id: desk.ticket).messages.contains { $0.delivery?.bouncedAt != nil })
    }

    @Test func aBounceOfNothingSentHereIsLoggedAndDropped() throws {
        let desk = try Desk(acknowledge: true)
        let outcome = try MailIntake(store: desk.store).receive(try MailFixture.bytes("bounce.eml"))
        #expect(outcome == .unmatchedBounce)
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE action = 'mail.bounce'") } == 1)
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") } == 1)
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE recipient LIKE '%mailer-daemon%'") } == 0)
    }

    @Test func anOutOfOfficeReplyIsNoBounce() throws {
        #expect(Bounce.detect(try MailFixture.message("auto-reply.eml")) == nil)
        #expect(Bounce.detect(try MailFixture.message("plain-utf8.eml")) == nil)
    }
}
