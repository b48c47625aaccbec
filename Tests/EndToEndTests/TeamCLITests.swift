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
        #expect(broken.errorOutput == "helpdesk: error: \(system):2: unknown key 'thme' (known: database, theme)\n")
    }
}
