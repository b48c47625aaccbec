import Foundation
import HelpdeskCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What other OS users on the host can do to a database that is not theirs (issue 14): nothing
/// that locks its owner out, no forged clock, no tickets from deactivated accounts or
/// non-agents, no admin tools. Root only: it creates the accounts.
@Suite("Other users on the host", .serialized, .timeLimit(.minutes(3)), .enabled(if: TeamHost.canRun, "needs root: creates OS accounts"))
struct OtherUsersTests {
    static let agent = "hde2e-ou-agt"
    static let former = "hde2e-ou-old"
    static let outsider = "hde2e-ou-out"
    /// In the team's group (so that the file is open to them) but no agent: an end user.
    static let requester = "hde2e-ou-req"

    /// A team database made by root in the team folder, with an active and a deactivated agent.
    private func team(_ sandbox: Sandbox) async throws -> (host: TeamHost, db: String) {
        let host = try await TeamHost(group: "hde2e-ou", logins: [Self.agent, Self.former, Self.requester], outsiders: [Self.outsider], in: sandbox)
        let db = host.folder + "/helpdesk.sqlite"
        for arguments in [["init"], ["agent", "add", Self.agent, "--name", "Ann Agent", "--tier", "1"],
                          ["agent", "add", Self.former, "--name", "Olaf Old", "--tier", "1"], ["agent", "deactivate", Self.former]] {
            let result = try await sandbox.helpdesk(arguments + ["--db", db])
            guard result.status == 0 else { throw Sandbox.CommandFailed(description: "\(arguments): \(result.summary)") }
        }
        return (host, db)
    }

    /// Reading another user's 0644 database in a folder anyone may write left -wal and -shm owned
    /// by the reader, and the owner was locked out. Now the reader is told why, and nothing is left.
    @Test func aReaderNeverLeavesSideFilesTheOwnerCannotWrite() async throws {
        let sandbox = try Sandbox()
        let (host, _) = try await team(sandbox)
        defer { host.remove() }
        let open = sandbox.path("open")
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
        chmod(open, 0o1777)
        let db = open + "/mine.sqlite"
        #expect(try await sandbox.helpdesk(["init", "--db", db]).status == 0)
        chmod(db, 0o644)

        let read = try await host.helpdesk(as: Self.outsider, ["ticket", "list", "--db", db])
        #expect(read.status == 1, "\(read.summary)")
        #expect(read.errorLines.count == 1)
        #expect(read.errorOutput.contains("read-only for you, and reading it now would leave \(db)-wal and \(db)-shm owned by you"), "\(read.summary)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: open) == ["mine.sqlite"])
    }

    /// HELPDESK_NOW let any agent backdate history and SLA answers on the team's database.
    @Test func anAgentCannotFixTheClockOfTheTeamsDatabase() async throws {
        let sandbox = try Sandbox()
        let (host, db) = try await team(sandbox)
        defer { host.remove() }
        let forged = try await host.helpdesk(as: Self.agent, ["ticket", "create", "--subject", "Backdated", "--requester", "a@example.com", "--db", db],
                                             overriding: ["HELPDESK_NOW": "2020-01-01T00:00:00Z"])
        #expect(forged.status == 1, "\(forged.summary)")
        #expect(forged.errorOutput.contains("HELPDESK_NOW is a testing aid for your own databases"), "\(forged.summary)")
        let honest = try await host.helpdesk(as: Self.agent, ["ticket", "create", "--subject", "Today", "--requester", "a@example.com", "--db", db])
        #expect(honest.status == 0, "\(honest.summary)")
        let list = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db, "--query", "sort:id"])
        #expect(list.map(\.subject) == ["Today"])
    }

    /// Deactivated agents and non-agents could file tickets with any priority and tier; agents
    /// could run the admin-only stress tool.
    @Test func onlyActiveAgentsFileTicketsAndOnlyAdminsStress() async throws {
        let sandbox = try Sandbox()
        let (host, db) = try await team(sandbox)
        defer { host.remove() }
        let create = ["ticket", "create", "--subject", "Urgent!", "--requester", "a@example.com", "--priority", "urgent", "--tier", "3", "--db", db]
        let former = try await host.helpdesk(as: Self.former, create)
        #expect(former.status == 1, "\(former.summary)")
        #expect(former.errorOutput == "helpdesk: error: your agent account '\(Self.former)' is deactivated: ask an admin to activate it (helpdesk agent activate \(Self.former))\n",
                "\(former.summary)")
        let stress = try await host.helpdesk(as: Self.agent, ["debug", "stress", "--db", db, "--tickets", "1-1", "--actions", "1"])
        #expect(stress.status == 1, "\(stress.summary)")
        #expect(stress.errorOutput.contains("only an admin may run helpdesk debug stress"), "\(stress.summary)")
        let list = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db])
        #expect(list.isEmpty)
    }

    /// Someone who is not an agent read every ticket and its internal notes (issue 15's first
    /// point): now only `helpdesk request` and `helpdesk ask` serve them, and the TUI refuses.
    @Test func aNonAgentReadsOnlyThroughSelfService() async throws {
        let sandbox = try Sandbox()
        let (host, db) = try await team(sandbox)
        defer { host.remove() }
        let created = try await sandbox.helpdesk(["ticket", "create", "--subject", "Someone else's", "--requester", "boss@example.com", "--db", db])
        #expect(created.status == 0, "\(created.summary)")
        _ = try await sandbox.helpdesk(["ticket", "note", "1", "--body", "INTERNAL: approved exception", "--db", db])
        for command in [["ticket", "list"], ["ticket", "show", "1"], ["ticket", "show", "1", "--json"], ["kb", "search", "drucker"], ["kb", "show", "1"], ["agent", "list"], ["view", "list"], ["debug", "check"]] {
            let result = try await host.helpdesk(as: Self.requester, command + ["--db", db])
            #expect(result.status == 1, "\(command): \(result.summary)")
            #expect(result.output.isEmpty && !result.errorOutput.contains("INTERNAL"), "\(command): \(result.summary)")
            #expect(result.errorOutput.hasPrefix("helpdesk: error: you (\(Self.requester)) are not an agent of this helpdesk: only agents read its tickets"), "\(command): \(result.summary)")
        }
        let tui = try await host.helpdesk(as: Self.requester, ["--db", db], overriding: ["TERM": "xterm-256color"])
        #expect(tui.status == 1 && tui.errorOutput.contains("are not an agent of this helpdesk"), "\(tui.summary)")
        // Their own requests still work.
        let filed = try await host.helpdesk(as: Self.requester, ["request", "new", "--subject", "My printer", "--db", db])
        #expect(filed.status == 0, "\(filed.summary)")
        let mine = try await host.helpdesk(as: Self.requester, ["request", "list", "--db", db])
        #expect(mine.status == 0 && mine.output.contains("My printer") && !mine.output.contains("Someone else's"), "\(mine.summary)")
    }
}
