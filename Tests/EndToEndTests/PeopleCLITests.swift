import Foundation
import Testing
import TestSupport

/// `helpdesk requester …` and `helpdesk org …` run as a script would: JSON shapes, pages that
/// follow each other, one-line refusals with exit status 1 that change nothing, and hostile
/// names made harmless on the terminal.
@Suite struct PeopleCLITests {
    @Test func requesterListPagesByNameAndShowListsTheirTickets() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let first = try await sandbox.json([HelpdeskJSON.Requester].self, ["requester", "list", "--limit", "5", "--json", "--db", db])
        #expect(first.count == 5)
        let second = try await sandbox.json([HelpdeskJSON.Requester].self,
                                            ["requester", "list", "--limit", "5", "--after", String(first[4].id), "--json", "--db", db])
        #expect(second.count == 5 && Set(first.map(\.id)).isDisjoint(with: second.map(\.id)))
        let both = try await sandbox.json([HelpdeskJSON.Requester].self, ["requester", "list", "--limit", "10", "--json", "--db", db])
        #expect(both.map(\.id) == (first + second).map(\.id))
        #expect(both.allSatisfy { !$0.erased && $0.totalTickets >= $0.openTickets && $0.email.contains("@") })

        let table = try await sandbox.helpdesk(["requester", "list", "--limit", "3", "--db", db])
        let lines = table.output.split(separator: "\n").map(String.init)
        #expect(table.status == 0 && lines.count == 5, "\(table.summary)")
        #expect(lines.first?.hasPrefix("ID   NAME") == true)
        #expect(lines.last == "More: helpdesk requester list --after \(both[2].id)")

        let sales = try await sandbox.json([HelpdeskJSON.Requester].self,
                                           ["requester", "list", "--org", "sales emea", "--limit", "1000", "--json", "--db", db])
        #expect(!sales.isEmpty && sales.allSatisfy { $0.organization == "Sales EMEA" && $0.email.hasSuffix("@sales.nordwind.example") })

        let busiest = try #require(both.max { $0.totalTickets < $1.totalTickets })
        let shown = try await sandbox.json(HelpdeskJSON.RequesterDetail.self,
                                           ["requester", "show", busiest.email, "--limit", "2", "--json", "--db", db])
        #expect(shown.id == busiest.id && shown.name == busiest.name && shown.totalTickets == busiest.totalTickets)
        #expect(shown.tickets.count == min(2, busiest.totalTickets) && shown.erasedAt == nil)
        #expect(shown.tickets.allSatisfy { $0.requesterEmail == busiest.email })
        #expect(shown.tickets.map(\.updatedAt) == shown.tickets.map(\.updatedAt).sorted(by: >))
        let text = try await sandbox.helpdesk(["requester", "show", String(busiest.id), "--db", db])
        #expect(text.status == 0 && text.output.hasPrefix("Requester #\(busiest.id)  \(busiest.name) <\(busiest.email)>\n"), "\(text.summary)")
        #expect(text.output.contains("  Tickets       \(busiest.openTickets) open, \(busiest.totalTickets) in all\n"))
    }

    @Test func editMergeAndOrganizationsWithOneLineRefusals() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        func run(_ arguments: [String]) async throws -> ProcessResult { try await sandbox.helpdesk(arguments + ["--db", db]) }

        let added = try await run(["org", "add", "Sales EMEA", "--domain", "sales.example"])
        #expect(added.output == "Added organization Sales EMEA (sales.example)\n", "\(added.summary)")
        for email in ["anna@mail.sales.example", "a.huber@old.example", "bernd@old.example"] {
            #expect(try await run(["ticket", "create", "--subject", "Hallo", "--requester", email]).status == 0)
        }
        let anna = try await sandbox.json(HelpdeskJSON.RequesterDetail.self, ["requester", "show", "anna@mail.sales.example", "--json", "--db", db])
        #expect(anna.organization == "Sales EMEA", "a subdomain's new requester joins the organization")
        #expect(try await run(["org", "edit", "sales emea", "--add-domain", "old.example", "--apply"]).output
                == "Changed organization Sales EMEA (old.example, sales.example); 2 requesters without an organization assigned\n")
        let organizations = try await sandbox.json([HelpdeskJSON.Organization].self, ["org", "list", "--json", "--db", db])
        #expect(organizations.map(\.name) == ["Sales EMEA"] && organizations[0].requesters == 3 && organizations[0].openTickets == 3)
        #expect(organizations[0].domains == ["old.example", "sales.example"])

        let edited = try await run(["requester", "edit", "a.huber@old.example", "--name", "Anna Huber", "--no-org"])
        #expect(edited.output == "Changed requester #2 (name, organization): Anna Huber <a.huber@old.example>\n", "\(edited.summary)")
        let merged = try await run(["requester", "merge", "2", "--into", "anna@mail.sales.example"])
        #expect(merged.output == "Merged requester #2 into #1: 1 ticket and 0 messages moved\n", "\(merged.summary)")

        let before = try await run(["requester", "list", "--json"]).output
        for (arguments, message) in [
            (["requester", "edit", "1"], "say what to change: --name, --email, --org or --no-org"),
            (["requester", "edit", "1", "--email", "bernd@OLD.example"],
             "requester #3 already has that e-mail address: merge the two instead (helpdesk requester merge 1 --into 3)"),
            (["requester", "edit", "1", "--email", "not-an-address"], "'not-an-address' is not an e-mail address"),
            (["requester", "edit", "1", "--org", "Nowhere"], "there is no organization 'Nowhere' (helpdesk org list shows them; helpdesk org add creates one)"),
            (["requester", "edit", "1", "--org", "Sales EMEA", "--no-org"], "--org and --no-org exclude each other"),
            (["requester", "show", "2"], "there is no requester #2 (helpdesk requester list shows them)"),
            (["requester", "show", "anna"], "'anna' names no requester: give an e-mail address or a number (12 or '#12')"),
            (["requester", "merge", "1", "--into", "#1"], "a requester cannot be merged into itself"),
            (["requester", "list", "--limit", "0"], "--limit must be between 1 and 1000"),
            (["requester", "list", "--org", "Nowhere"], "there is no organization 'Nowhere' (helpdesk org list shows them)"),
            (["org", "add", "sales emea"], "there is already an organization 'Sales EMEA'"),
            (["org", "add", "Neu", "--domain", "nodot"], "'nodot' is not a mail domain (like example.com)"),
            (["org", "add", "Neu", "--apply"], "--apply needs a --domain"),
            (["org", "edit", "Sales EMEA", "--remove-domain", "other.example"], "Sales EMEA has no domain other.example"),
        ] {
            let result = try await run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.summary)")
            #expect(result.errorLines == ["helpdesk: error: " + message], "\(arguments): \(result.summary)")
            #expect(result.output.isEmpty, "\(arguments)")
        }
        #expect(try await run(["requester", "list", "--json"]).output == before, "nothing changed")
        // A command line that cannot be parsed: exit 64.
        #expect(try await run(["requester", "merge", "1"]).status == 64)
    }

    @Test func hostileNamesAreSanitizedOnTheTerminalAndExactInJSON() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        func run(_ arguments: [String]) async throws -> ProcessResult { try await sandbox.helpdesk(arguments + ["--db", db]) }
        #expect(try await run(["ticket", "create", "--subject", "Hallo", "--requester", "eve@x.example"]).status == 0)
        let hostile = "Eve\u{1B}[2J\u{202E}Evil"
        let edited = try await run(["requester", "edit", "eve@x.example", "--name", hostile])
        #expect(edited.status == 0, "\(edited.summary)")
        for arguments in [["requester", "list"], ["requester", "show", "1"], ["ticket", "list"]] {
            let output = try await run(arguments).output
            #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}"), "\(arguments): \(output)")
            #expect(output.contains("Eve␛[2J"), "\(arguments): \(output)")
        }
        #expect(!edited.output.contains("\u{1B}"))
        let json = try await sandbox.json(HelpdeskJSON.RequesterDetail.self, ["requester", "show", "1", "--json", "--db", db])
        #expect(json.name == hostile)
    }
}

extension HelpdeskJSON {
    struct Requester: Decodable, Sendable {
        var id: Int64
        var name, email: String
        var organization: String?
        var openTickets, totalTickets: Int
        var erased: Bool
    }

    struct RequesterDetail: Decodable, Sendable {
        var id: Int64
        var name, email: String
        var organization: String?
        var openTickets, totalTickets: Int
        var erased: Bool
        var erasedAt: String?
        var tickets: [TicketRow]
    }

    struct Organization: Decodable, Sendable {
        var id: Int64
        var name: String
        var domains: [String]
        var requesters, openTickets: Int
    }
}
