import GRDB
import Testing
@testable import HelpdeskCore

/// Editing and merging requesters: input checked before anything changes, duplicates refused,
/// one transaction, and events that name people by number only (so erasure stays possible).
@Suite struct RequesterServiceTests {
    struct Desk {
        let folder = TemporaryFolder()
        let store: HelpdeskStore
        let admin: Agent
        let agent: Agent
        let supervisor: Agent

        init() throws {
            store = try Fixture.store(in: folder)
            try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
            try store.addAgent(login: "sam", name: "Sam", role: .supervisor, tier: 2, actor: "tester")
            admin = try #require(try store.agent(login: "tester"))
            agent = try #require(try store.agent(login: "ada"))
            supervisor = try #require(try store.agent(login: "sam"))
            try store.write { db in try db.execute(sql: "INSERT INTO organizations(name) VALUES ('Sales EMEA'), ('Logistik Nord')") }
        }

        func service(_ actor: Agent) -> RequesterService { RequesterService(store: store, actor: actor) }

        /// Every event of people and organizations, and every text in it.
        func events() throws -> [TicketEvent] {
            try store.read { db in try TicketEvent.fetchAll(db, sql: "SELECT * FROM events WHERE ticket_id IS NULL AND action LIKE 'requester.%' ORDER BY id") }
        }

        func requester(_ id: Int64) throws -> Requester? {
            try store.read { db in try Requester.fetchOne(db, key: id) }
        }
    }

    @Test func agentsEditNameAddressAndOrganizationAndTheEventKeepsNoPersonalData() throws {
        let desk = try Desk()
        let ticket = try desk.store.createTicket(Fixture.ticket("VPN", requester: "anna@nordwind.example"), actor: "tester")
        let id = try desk.store.ticketDetail(id: ticket).requester.id ?? 0
        let outcome = try desk.service(desk.agent).edit(.id(id), RequesterEdit(name: "  Anna Huber ", email: " Anna.Huber@Nordwind.example",
                                                                                organization: .set("sales emea")))
        #expect(outcome.changed == ["name", "e-mail", "organization"])
        #expect(outcome.requester.name == "Anna Huber" && outcome.requester.email == "anna.huber@nordwind.example")
        #expect(outcome.requester.organization == "Sales EMEA" && outcome.requester.totalTickets == 1)
        try desk.service(desk.agent).edit(.email("anna.huber@nordwind.example"), RequesterEdit(organization: .clear))
        #expect(try desk.requester(id)?.organizationId == nil)

        let events = try desk.events()
        #expect(events.map(\.action) == ["requester.edit", "requester.edit"])
        #expect(events.map(\.newValue) == ["requester #\(id): name, e-mail, organization changed", "requester #\(id): organization changed"])
        #expect(events.allSatisfy { $0.actor == "ada" && $0.oldValue == nil && $0.reason == nil })
        // Neither the old nor the new name, address or organization is anywhere in the log.
        let log = try desk.store.read { db in try String.fetchAll(db, sql: "SELECT coalesce(old_value,'') || coalesce(new_value,'') || coalesce(reason,'') FROM events") }
        for personal in ["Anna Huber", "anna.huber@", "anna@nordwind", "Sales EMEA"] {
            #expect(!log.contains { $0.contains(personal) }, "\(personal) in the event log")
        }
    }

    @Test func badEditsAreRefusedAndChangeNothing() throws {
        let desk = try Desk()
        try desk.store.createTicket(Fixture.ticket("A", requester: "anna@nordwind.example"), actor: "tester")
        try desk.store.createTicket(Fixture.ticket("B", requester: "bernd@nordwind.example"), actor: "tester")
        let service = desk.service(desk.agent)
        let refusals: [(RequesterReference, RequesterEdit, HelpdeskError)] = [
            (.id(1), RequesterEdit(), .invalidInput("say what to change: --name, --email, --org or --no-org")),
            (.id(1), RequesterEdit(name: "  "), .invalidInput("a requester's name must not be empty")),
            (.id(1), RequesterEdit(email: "anna at nordwind"), .invalidInput("'anna at nordwind' is not an e-mail address")),
            (.id(1), RequesterEdit(name: "A\u{0}B"), .invalidInput("the requester's name contains a NUL byte (at byte 1): helpdesk stores text, not binary data — nothing was changed")),
            (.id(1), RequesterEdit(email: "BERND@nordwind.example"),
             .invalidInput("requester #2 already has that e-mail address: merge the two instead (helpdesk requester merge 1 --into 2)")),
            (.id(1), RequesterEdit(name: "Anna Neu", email: "bernd@nordwind.example"),
             .invalidInput("requester #2 already has that e-mail address: merge the two instead (helpdesk requester merge 1 --into 2)")),
            (.id(1), RequesterEdit(organization: .set("Nowhere")),
             .notFound("there is no organization 'Nowhere' (helpdesk org list shows them; helpdesk org add creates one)")),
            (.id(1), RequesterEdit(name: "Anna", email: "ANNA@nordwind.example"), .invalidInput("nothing to change: requester #1 is already like that")),
            (.id(9), RequesterEdit(name: "X"), .notFound("there is no requester #9 (helpdesk requester list shows them)")),
        ]
        for (reference, edit, error) in refusals {
            #expect(throws: error) { try service.edit(reference, edit) }
        }
        // A refusal half-way (a good name, then a taken address) leaves the name as it was.
        #expect(try desk.requester(1)?.name == "Anna")
        #expect(try desk.events().isEmpty)

        try desk.store.write { db in try db.execute(sql: "UPDATE requesters SET erased_at = 1 WHERE id = 2") }
        #expect(throws: HelpdeskError.invalidInput("requester #2 was erased: there is nothing left to edit")) {
            try service.edit(.id(2), RequesterEdit(name: "Bernd"))
        }
        try desk.store.updateAgent(login: "ada", active: false, actor: "tester")
        var inactive = desk.agent
        inactive.active = false
        #expect(throws: HelpdeskError.permissionDenied("your agent account 'ada' is deactivated: nothing was changed")) {
            try desk.service(inactive).edit(.id(1), RequesterEdit(name: "Anna Huber"))
        }
    }

    @Test func mergeMovesTicketsAndAuthorshipAndDeletesTheSource() throws {
        let desk = try Desk()
        let first = try desk.store.createTicket(Fixture.ticket("VPN", requester: "a.huber@old.example", body: "Geht nicht"), actor: "tester")
        let second = try desk.store.createTicket(Fixture.ticket("Drucker", requester: "a.huber@old.example", body: "Papierstau"), actor: "tester")
        let kept = try desk.store.createTicket(Fixture.ticket("Outlook", requester: "anna.huber@nordwind.example", body: "Hallo"), actor: "tester")
        let service = TicketService(store: desk.store, actor: desk.admin)
        // A ticket merge copies the source's message onto the kept ticket: that copy moves too.
        try service.perform(.merge(into: kept), on: second)
        try service.perform(.requesterReply("Noch da?"), on: first)
        let versions = try desk.store.read { db in try Int64.fetchAll(db, sql: "SELECT version FROM tickets ORDER BY id") }
        let source = try desk.store.ticketDetail(id: first).requester.id ?? 0
        let target = try desk.store.ticketDetail(id: kept).requester.id ?? 0

        let outcome = try desk.service(desk.supervisor).merge(.email("a.huber@old.example"), into: .email("anna.huber@nordwind.example"))
        #expect(outcome == RequesterService.MergeOutcome(sourceId: source, targetId: target, tickets: 2, messages: 4))
        #expect(try desk.requester(source) == nil)
        for id in [first, second, kept] {
            let detail = try desk.store.ticketDetail(id: id)
            #expect(detail.requester.id == target)
            #expect(detail.messages.filter { !$0.authorIsAgent }.allSatisfy { $0.message.authorRequesterId == target })
        }
        let (orphans, afterVersions) = try desk.store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM messages WHERE author_requester_id = ?", arguments: [source]) ?? -1,
             try Int64.fetchAll(db, sql: "SELECT version FROM tickets ORDER BY id"))
        }
        #expect(orphans == 0)
        #expect(afterVersions == versions, "the tickets themselves did not change")
        let event = try #require(try desk.events().last)
        #expect(event.action == "requester.merge" && event.actor == "sam" && event.ticketId == nil)
        #expect(event.oldValue == "#\(source)" && event.newValue == "#\(target)" && event.reason == nil)
        #expect(EventText.describe(event) == "sam: requester.merge #\(source) → #\(target)")
        #expect(try RequesterDirectory(store: desk.store).summary(.id(target)).totalTickets == 3)
    }

    @Test func onlySupervisorsAndAdminsMergeAndNeverIntoItselfOrTheErased() throws {
        let desk = try Desk()
        try desk.store.createTicket(Fixture.ticket("A", requester: "anna@nordwind.example"), actor: "tester")
        try desk.store.createTicket(Fixture.ticket("B", requester: "bernd@nordwind.example"), actor: "tester")
        try desk.store.createTicket(Fixture.ticket("C", requester: "carla@nordwind.example"), actor: "tester")
        #expect(throws: HelpdeskError.permissionDenied("only a supervisor or an admin may merge requesters: nothing was changed")) {
            try desk.service(desk.agent).merge(.id(1), into: .id(2))
        }
        #expect(throws: HelpdeskError.invalidInput("a requester cannot be merged into itself")) {
            try desk.service(desk.admin).merge(.id(1), into: .id(1))
        }
        #expect(throws: HelpdeskError.invalidInput("a requester cannot be merged into itself (#1)")) {
            try desk.service(desk.admin).merge(.id(1), into: .email("anna@nordwind.example"))
        }
        #expect(throws: HelpdeskError.notFound("there is no requester nobody@nordwind.example (helpdesk requester list shows them)")) {
            try desk.service(desk.admin).merge(.email("nobody@nordwind.example"), into: .id(1))
        }
        try desk.store.write { db in try db.execute(sql: "UPDATE requesters SET erased_at = 1 WHERE id = 3") }
        for (source, target) in [(Int64(3), Int64(1)), (1, 3)] {
            #expect(throws: HelpdeskError.invalidInput("requester #3 was erased: erased requesters cannot be merged")) {
                try desk.service(desk.supervisor).merge(.id(source), into: .id(target))
            }
        }
        let counts = try desk.store.read { db in try Int64.fetchAll(db, sql: "SELECT requester_id FROM tickets ORDER BY id") }
        #expect(counts == [1, 2, 3])
        #expect(try desk.events().isEmpty)
        // An admin may, as a supervisor may.
        #expect(try desk.service(desk.admin).merge(.id(2), into: .id(1)).tickets == 1)
    }
}
