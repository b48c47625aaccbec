import GRDB
import Testing
@testable import HelpdeskCore

/// The team is managed by admins only, and the desk can never lose its last admin.
@Suite struct AgentManagementTests {
    @Test func onlyAdminsAddAndChangeAgents() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)  // "tester" created it and is its admin
        try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
        #expect(throws: HelpdeskError.permissionDenied("only an admin may add agents: nothing was changed")) {
            try store.addAgent(login: "eve", name: "Eve", role: .admin, tier: 3, actor: "ada")
        }
        #expect(throws: HelpdeskError.permissionDenied("only an admin may change agents, and you (mallory) are not an agent: nothing was changed")) {
            try store.updateAgent(login: "ada", role: .admin, actor: "mallory")
        }
        #expect(try store.agent(login: "eve") == nil)

        let promoted = try store.updateAgent(login: "ada", name: "Ada Lovelace", role: .supervisor, tier: 2, actor: "tester")
        #expect(promoted.role == .supervisor && promoted.tier == 2 && promoted.name == "Ada Lovelace")
        try store.updateAgent(login: "ada", active: false, actor: "tester")
        #expect(try store.agent(login: "ada")?.active == false)
        #expect(throws: HelpdeskError.invalidInput("nothing to change: ada is already like that")) {
            try store.updateAgent(login: "ada", active: false, actor: "tester")
        }
        let log = try store.read { db in try TicketEvent.fetchAll(db, sql: "SELECT * FROM events WHERE action LIKE 'agent.%' ORDER BY id") }
        #expect(log.map(\.action) == ["agent.add", "agent.add", "agent.edit", "agent.deactivate"])
        #expect(log[2].oldValue == "ada: Ada (agent, tier 1)")
        #expect(log[2].newValue == "Ada Lovelace (supervisor, tier 2)")
    }

    @Test func theLastActiveAdminStays() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        #expect(throws: HelpdeskError.invalidInput("tester is the last active admin: make someone else admin first")) {
            try store.updateAgent(login: "tester", active: false, actor: "tester")
        }
        #expect(throws: HelpdeskError.self) { try store.updateAgent(login: "tester", role: .agent, actor: "tester") }
        try store.addAgent(login: "root2", name: "Second Admin", role: .admin, tier: 3, actor: "tester")
        try store.updateAgent(login: "tester", role: .supervisor, actor: "tester")
        #expect(try store.agent(login: "tester")?.role == .supervisor)
    }

    @Test func aDeactivatedAgentCannotWorkTickets() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
        let id = try store.createTicket(Fixture.ticket("Drucker"), actor: "tester")
        try store.updateAgent(login: "ada", active: false, actor: "tester")
        let ada = try #require(try store.agent(login: "ada"))
        #expect(throws: HelpdeskError.permissionDenied("your agent account 'ada' is deactivated: nothing was changed")) {
            try TicketService(store: store, actor: ada).perform(.take, on: id)
        }
        #expect(throws: HelpdeskError.invalidInput("there is no active agent 'ada' (helpdesk agent list shows the team)")) {
            try TicketService(store: store, actor: #require(try store.agent(login: "tester"))).perform(.assign(login: "ada"), on: id)
        }
    }
}
