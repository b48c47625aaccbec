import Foundation
import Testing
@testable import HelpdeskCore

@Suite struct PresenceTests {
    @Test func othersOnATicketShowUntilTheirHeartbeatStops() throws {
        let folder = TemporaryFolder()
        let presence = Presence(databasePath: folder.path("helpdesk.sqlite"))
        let now = Int64(Date().timeIntervalSince1970)
        presence.announce(ticketId: 42, login: "jdoe", activity: .viewing)
        presence.announce(ticketId: 42, login: "m.smith", activity: .replying)
        presence.announce(ticketId: 42, login: "ada", activity: .viewing)
        presence.announce(ticketId: 420, login: "bo", activity: .viewing)
        #expect(presence.others(on: 42, besides: "ada", now: now) == [
            .init(login: "m.smith", activity: .replying), .init(login: "jdoe", activity: .viewing),
        ])
        #expect(presence.others(on: 420, besides: "ada", now: now) == [.init(login: "bo", activity: .viewing)])
        // Nobody has touched the files for longer than the expiry: gone.
        #expect(presence.others(on: 42, besides: "ada", now: now + Presence.expiry + 5).isEmpty)
        presence.withdraw(ticketId: 42, login: "jdoe", activity: .viewing)
        #expect(presence.others(on: 42, besides: "ada", now: now) == [.init(login: "m.smith", activity: .replying)])
        #expect(presence.others(on: 7, besides: "ada", now: now).isEmpty)
    }

    @Test func noFolderMeansNobody() {
        let folder = TemporaryFolder()
        #expect(Presence(databasePath: folder.path("none.sqlite")).others(on: 1, besides: "x", now: 0).isEmpty)
    }
}
