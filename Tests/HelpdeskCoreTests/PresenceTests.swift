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

/// The supervisor's team load: open, at risk and breached per agent and per tier.
@Suite struct TeamLoadTests {
    @Test func countsFollowAssigneesTiersAndClocks() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
        let admin = try TicketService(store: store, actor: #require(try store.agent(login: "tester")))
        let urgent = try store.createTicket(Fixture.ticket("Server down", priority: .urgent), actor: "tester")
        let normal = try store.createTicket(Fixture.ticket("Drucker"), actor: "tester")
        _ = try store.createTicket(Fixture.ticket("Tier 2 thing", tier: 2), actor: "tester")
        try admin.perform(.assign(login: "ada"), on: urgent)
        try admin.perform(.assign(login: "ada"), on: normal)
        clock.advance(3 * 86_400)  // the urgent one breached; the normal one is at risk or breached too
        let load = try store.teamLoad()
        let ada = try #require(load.agents.first { $0.agent.login == "ada" })
        #expect(ada.counts.open == 2)
        #expect(ada.counts.breached >= 1)
        #expect(load.unassigned[2]?.open == 1)
        #expect(load.tiers[1]?.open == 2)
        #expect(load.agents.contains { $0.agent.login == "tester" && $0.counts == .init() })
        try admin.perform(.setStatus(.solved), on: urgent)
        #expect(try store.teamLoad().agents.first { $0.agent.login == "ada" }?.counts.open == 1)
    }
}
