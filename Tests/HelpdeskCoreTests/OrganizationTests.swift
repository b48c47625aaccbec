import GRDB
import Testing
@testable import HelpdeskCore

/// Organizations and their mail domains: a new requester joins the organization of their
/// domain or its nearest parent domain; supervisors and admins add and edit organizations.
@Suite struct OrganizationTests {
    struct Desk {
        let folder = TemporaryFolder()
        let store: HelpdeskStore
        let admin: Agent
        let agent: Agent

        init() throws {
            store = try Fixture.store(in: folder)
            try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
            admin = try #require(try store.agent(login: "tester"))
            agent = try #require(try store.agent(login: "ada"))
        }

        var service: OrganizationService { OrganizationService(store: store, actor: admin) }

        /// The organization of the requester a new ticket for `email` creates (or finds).
        func organization(ofNewTicketFor email: String) throws -> String? {
            let id = try store.createTicket(Fixture.ticket("Hallo", requester: email), actor: "tester")
            return try store.ticketDetail(id: id).organization
        }
    }

    @Test func aNewRequesterJoinsTheOrganizationOfTheNearestDomain() throws {
        let desk = try Desk()
        try desk.service.add(name: "Nordwind", domains: ["nordwind.example"])
        try desk.service.add(name: "Sales EMEA", domains: ["@Sales.Nordwind.example"])
        #expect(try desk.organization(ofNewTicketFor: "anna@nordwind.example") == "Nordwind")
        #expect(try desk.organization(ofNewTicketFor: "bernd@sales.nordwind.example") == "Sales EMEA")
        // Parent domains: mail.sales… is Sales, werk.… falls back to nordwind.example.
        #expect(try desk.organization(ofNewTicketFor: "carla@mail.sales.nordwind.example") == "Sales EMEA")
        #expect(try desk.organization(ofNewTicketFor: "dora@werk.augsburg.nordwind.example") == "Nordwind")
        // Only whole labels: "evilnordwind.example" is not under nordwind.example.
        #expect(try desk.organization(ofNewTicketFor: "eve@evilnordwind.example") == nil)
        #expect(try desk.organization(ofNewTicketFor: "fred@example.org") == nil)
        // An existing requester keeps theirs: the mapping is for new ones.
        try desk.store.write { db in try db.execute(sql: "UPDATE requesters SET organization_id = NULL WHERE email = 'anna@nordwind.example'") }
        #expect(try desk.organization(ofNewTicketFor: "anna@nordwind.example") == nil)
        #expect(OrganizationDomains.candidates(forEmail: "x@a.b.example.com") == ["a.b.example.com", "b.example.com", "example.com"])
    }

    @Test func applyGivesTheOrganizationToItsDomainsRequestersWithoutOne() throws {
        let desk = try Desk()
        for email in ["a@nordwind.example", "b@mail.nordwind.example", "c@sales.nordwind.example", "d@other.example", "e@xnordwind.example"] {
            try desk.store.createTicket(Fixture.ticket("Hallo", requester: email), actor: "tester")
        }
        try desk.service.add(name: "Sales EMEA", domains: ["sales.nordwind.example"])
        let added = try desk.service.add(name: "Nordwind", domains: ["nordwind.example"], apply: true)
        // c@sales… is Sales' (the more specific domain), though it has no organization yet.
        #expect(added.assigned == 2)
        let organizations = try desk.store.read { db in
            try Row.fetchAll(db, sql: "SELECT r.email, o.name FROM requesters r LEFT JOIN organizations o ON o.id = r.organization_id ORDER BY r.email")
                .map { "\($0["email"] as String)=\(($0["name"] as String?) ?? "-")" }
        }
        #expect(organizations == ["a@nordwind.example=Nordwind", "b@mail.nordwind.example=Nordwind", "c@sales.nordwind.example=-",
                                  "d@other.example=-", "e@xnordwind.example=-"])
        #expect(try desk.service.edit("sales emea", .init(apply: true)).assigned == 1)
        #expect(throws: HelpdeskError.invalidInput("nothing to change: no requester of Sales EMEA's domains is without an organization")) {
            try desk.service.edit("Sales EMEA", .init(apply: true))
        }
        let list = try desk.service.list()
        #expect(list.map(\.name) == ["Nordwind", "Sales EMEA"])
        #expect(list.map(\.requesters) == [2, 1] && list.map(\.openTickets) == [2, 1])
        #expect(list.map(\.domains) == [["nordwind.example"], ["sales.nordwind.example"]])
    }

    @Test func editRenamesAndMovesDomainsWithClearRefusals() throws {
        let desk = try Desk()
        try desk.service.add(name: "Logistik", domains: ["logistik.example"])
        try desk.service.add(name: "Sales", domains: ["sales.example"])
        let edited = try desk.service.edit("logistik", .init(name: "Logistik Nord", addDomains: ["lager.example"], removeDomains: ["logistik.example"]))
        #expect(edited.organization.name == "Logistik Nord" && edited.organization.domains == ["lager.example"])
        let refusals: [(() throws -> Void, HelpdeskError)] = [
            ({ try desk.service.add(name: "SALES") }, .invalidInput("there is already an organization 'Sales'")),
            ({ try desk.service.add(name: "  ") }, .invalidInput("an organization needs a name")),
            ({ try desk.service.add(name: "Neu", domains: ["not a domain"]) }, .invalidInput("'not a domain' is not a mail domain (like example.com)")),
            ({ try desk.service.add(name: "Neu", domains: ["localhost"]) }, .invalidInput("'localhost' is not a mail domain (like example.com)")),
            ({ try desk.service.add(name: "Neu", domains: ["SALES.example"]) }, .invalidInput("sales.example is already a domain of Sales")),
            ({ try desk.service.edit("Sales", .init()) }, .invalidInput("say what to change: --name, --add-domain, --remove-domain or --apply")),
            ({ try desk.service.edit("Sales", .init(name: "logistik nord")) }, .invalidInput("there is already an organization 'Logistik Nord'")),
            ({ try desk.service.edit("Sales", .init(removeDomains: ["lager.example"])) }, .invalidInput("Sales has no domain lager.example")),
            ({ try desk.service.edit("Sales", .init(addDomains: ["a.example"], removeDomains: ["A.example"])) }, .invalidInput("a.example is both added and removed")),
            ({ try desk.service.edit("Sales", .init(name: "Sales")) }, .invalidInput("nothing to change: Sales is already like that")),
            ({ try desk.service.edit("Nowhere", .init(name: "X")) }, .notFound("there is no organization 'Nowhere' (helpdesk org list shows them)")),
        ]
        for (attempt, error) in refusals {
            #expect(throws: error) { try attempt() }
        }
        // "Neu" was refused for its domain: it was not added without it; an edit refused half-way changed nothing.
        #expect(try desk.service.list().map(\.name) == ["Logistik Nord", "Sales"])
        #expect(try desk.service.list().map(\.domains) == [["lager.example"], ["sales.example"]])
        let events = try desk.store.read { db in try TicketEvent.fetchAll(db, sql: "SELECT * FROM events WHERE action LIKE 'org.%' ORDER BY id") }
        #expect(events.map(EventText.describe) == [
            "tester: org.add Logistik (domains: logistik.example)", "tester: org.add Sales (domains: sales.example)",
            "tester: org.edit Logistik → name Logistik Nord, +domain lager.example, -domain logistik.example",
        ])
    }

    @Test func agentsMayListButNotAddOrEdit() throws {
        let desk = try Desk()
        try desk.service.add(name: "Sales")
        let agent = OrganizationService(store: desk.store, actor: desk.agent)
        #expect(try agent.list().map(\.name) == ["Sales"])
        #expect(throws: HelpdeskError.permissionDenied("only a supervisor or an admin may add organizations: nothing was changed")) {
            try agent.add(name: "Logistik")
        }
        #expect(throws: HelpdeskError.permissionDenied("only a supervisor or an admin may edit organizations: nothing was changed")) {
            try agent.edit("Sales", .init(name: "Vertrieb"))
        }
        #expect(try desk.service.list().map(\.name) == ["Sales"])
    }
}
