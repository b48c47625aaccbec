import Foundation
import Testing
import TestSupport

/// Managing the team from the CLI: edit, deactivate, activate, with one-line refusals.
@Suite struct TeamCLITests {
    @Test func adminsEditDeactivateAndActivateAgents() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        func run(_ arguments: [String]) async throws -> ProcessResult { try await sandbox.helpdesk(arguments + ["--db", db]) }

        #expect(try await run(["agent", "add", "jdoe", "--name", "Jane Doe", "--tier", "1"]).status == 0)
        let edited = try await run(["agent", "edit", "jdoe", "--role", "supervisor", "--tier", "2"])
        #expect(edited.status == 0, "\(edited.summary)")
        #expect(edited.output == "Changed agent jdoe: Jane Doe (supervisor, tier 2)\n")
        let deactivated = try await run(["agent", "deactivate", "jdoe"])
        #expect(deactivated.output == "Deactivated jdoe\n")
        let agents = try await sandbox.json([HelpdeskJSON.Agent].self, ["agent", "list", "--json", "--db", db])
        let jdoe = try #require(agents.first { $0.login == "jdoe" })
        #expect(jdoe.role == "supervisor" && jdoe.tier == 2 && !jdoe.active)
        #expect(try await run(["agent", "activate", "jdoe"]).output == "Activated jdoe\n")

        for (arguments, message) in [
            (["agent", "edit", "jdoe"], "helpdesk: error: say what to change: --name, --role or --tier"),
            (["agent", "edit", "jdoe", "--role", "boss"], "helpdesk: error: unknown role 'boss' (expected agent, supervisor, admin)"),
            (["agent", "edit", "nobody", "--tier", "2"], "helpdesk: error: there is no agent 'nobody' (helpdesk agent list shows the team)"),
            (["agent", "deactivate", Sandbox.login], "helpdesk: error: \(Sandbox.login) is the last active admin: make someone else admin first"),
        ] {
            let result = try await run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errorOutput == message + "\n", "\(arguments)")
        }
    }
}

extension TeamCLITests {
    /// The admin's /etc/helpdesk/config.toml points everyone at the team database; --db still wins.
    @Test func theSystemConfigNamesTheSharedDatabase() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase("team/helpdesk.sqlite")
        let system = sandbox.path("etc-helpdesk.toml")
        try "database = \"\(db)\"\n".write(toFile: system, atomically: true, encoding: .utf8)
        let created = try await sandbox.helpdesk(["ticket", "create", "--subject", "Über die Team-Datenbank", "--requester", "a@b.example"],
                                                 overriding: ["HELPDESK_SYSTEM_CONFIG": system])
        #expect(created.status == 0, "\(created.summary)")
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db])
        #expect(rows.map(\.subject) == ["Über die Team-Datenbank"])
        try "database = \"/nonexistent/elsewhere.sqlite\"\nthme = \"x\"\n".write(toFile: system, atomically: true, encoding: .utf8)
        let broken = try await sandbox.helpdesk(["ticket", "list"], overriding: ["HELPDESK_SYSTEM_CONFIG": system])
        #expect(broken.status == 1)
        #expect(broken.errorOutput == "helpdesk: error: \(system):2: unknown key 'thme' (known: database, mouse, theme)\n")
    }
}

extension TeamCLITests {
    /// The admin's shared views and one's own, listed, replaced and removed; bad input changes nothing.
    @Test func sharedAndOwnViews() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        func run(_ arguments: [String]) async throws -> ProcessResult { try await sandbox.helpdesk(arguments + ["--db", db]) }

        let shared = try await run(["view", "add", "vip", "--query", "tag:vip is:open sort:-priority", "--shared"])
        #expect(shared.status == 0, "\(shared.summary)")
        #expect(shared.output == "Saved the team's shared view vip\n")
        #expect(try await run(["view", "add", "drucker", "--query", "drucker is:open"]).output == "Saved your view drucker\n")
        let list = try await run(["view", "list"])
        #expect(list.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(2).joined(separator: " ") }
                == ["NAME FOR", "vip team", "drucker you"], "\(list.output)")

        for (arguments, message) in [
            (["view", "add", "vip", "--query", "vpn"], "helpdesk: error: 'vip' is a shared view of the team; choose another name"),
            (["view", "add", "x", "--query", "priority:hgh"], "helpdesk: error: query column 10: unknown priority 'hgh' (expected low, normal, high, urgent) — did you mean 'high'?"),
            (["view", "add", "two words", "--query", "vpn"], "helpdesk: error: a view name is one word of at most 40 characters"),
            (["view", "remove", "nothing", "--shared"], "helpdesk: error: there is no shared view 'nothing' (helpdesk view list shows them)"),
        ] {
            let result = try await run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errorOutput == message + "\n", "\(arguments): \(result.summary)")
        }
        let json = try await sandbox.json([HelpdeskJSON.View].self, ["view", "list", "--json", "--db", db])
        #expect(json.map(\.name) == ["vip", "drucker"] && json.map(\.shared) == [true, false])

        #expect(try await run(["view", "remove", "vip", "--shared"]).output == "Removed the shared view vip\n")
        #expect(try await run(["view", "remove", "drucker"]).output == "Removed your view drucker\n")
        #expect(try await run(["view", "list"]).output.hasPrefix("No saved views yet."))
    }
}
