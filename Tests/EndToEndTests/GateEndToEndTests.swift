import Foundation
import HelpdeskCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The security model of a shared host (issue 15, docs/admin.md), with real OS accounts: the
/// team's database is 0660 in a 2770 folder of the team's group; end users outside the group
/// reach it only through the gate — helpdesk installed setgid to the group — and only for their
/// own requests. Root only: it creates accounts and mounts a private /etc.
@Suite("The gate for end users", .serialized, .timeLimit(.minutes(3)), .enabled(if: TeamHost.canRun, "needs root: creates OS accounts"))
struct GateEndToEndTests {
    static let group = "hde2e-gt"
    static let agent = "hde2e-gt-agt"
    static let supervisor = "hde2e-gt-sup"
    /// End users: accounts outside the group.
    static let eve = "hde2e-gt-eve"
    static let bob = "hde2e-gt-bob"
    /// An admin in the database who is not in the group: the gate gives them nothing.
    static let stranger = "hde2e-gt-ext"
    static let secret = "INTERNAL: the manager approved an exception"

    struct Team {
        var host: TeamHost
        var gate: GateHost
        var db: String
        /// Bob's ticket, with an internal note and a reply.
        var bobsTicket: Int64
    }

    /// A team database made by root in the team folder, agents added, and Bob's request through the gate.
    private func team(_ sandbox: Sandbox) async throws -> Team {
        let host = try await TeamHost(group: Self.group, logins: [Self.agent, Self.supervisor],
                                      outsiders: [Self.eve, Self.bob, Self.stranger], in: sandbox)
        let db = host.folder + "/helpdesk.sqlite"
        for arguments in [["init"], ["agent", "add", Self.agent, "--name", "Ann Agent", "--tier", "1"],
                          ["agent", "add", Self.supervisor, "--name", "Sue Super", "--role", "supervisor", "--tier", "2"],
                          ["agent", "add", Self.stranger, "--name", "Ext Ernal", "--role", "admin", "--tier", "3"]] {
            let result = try await sandbox.helpdesk(arguments + ["--db", db])
            guard result.status == 0 else { throw Sandbox.CommandFailed(description: "\(arguments): \(result.summary)") }
        }
        let gate = try await GateHost(on: host, database: db)
        let filed = try await gate.helpdesk(as: Self.bob, ["request", "new", "--subject", "Salary slip missing", "--body", "Bob's private details"])
        guard filed.status == 0, let id = Int64(filed.output.split(separator: "#").dropFirst().first?.prefix { $0.isNumber } ?? "") else {
            throw Sandbox.CommandFailed(description: "bob's request: \(filed.summary)")
        }
        for arguments in [["ticket", "note", String(id), "--body", Self.secret], ["ticket", "reply", String(id), "--body", "We are on it."]] {
            let result = try await sandbox.helpdesk(arguments + ["--db", db])
            guard result.status == 0 else { throw Sandbox.CommandFailed(description: "\(arguments): \(result.summary)") }
        }
        return Team(host: host, gate: gate, db: db, bobsTicket: id)
    }

    @Test func anEndUserFilesListsAndReadsTheirOwnRequestsOnly() async throws {
        let sandbox = try Sandbox()
        let team = try await team(sandbox)
        defer { team.host.remove() }
        let gate = team.gate

        let filed = try await gate.helpdesk(as: Self.eve, ["request", "new", "--subject", "Printer jams", "--body-file", "-"],
                                            stdin: Data("On the 3rd floor, since Monday.\n".utf8))
        #expect(filed.status == 0 && filed.output.hasPrefix("Filed #"), "\(filed.summary)")
        let id = try #require(Int64(filed.output.dropFirst("Filed #".count).prefix { $0.isNumber }))

        let list = try await gate.helpdesk(as: Self.eve, ["request", "list"])
        #expect(list.status == 0 && list.output.contains("Printer jams") && !list.output.contains("Salary"), "\(list.summary)")
        let show = try await gate.helpdesk(as: Self.eve, ["request", "show", String(id)])
        #expect(show.status == 0 && show.output.contains("On the 3rd floor, since Monday."), "\(show.summary)")

        // Bob sees the reply to his ticket, never the internal note.
        let bobs = try await gate.helpdesk(as: Self.bob, ["request", "show", String(team.bobsTicket), "--json"])
        #expect(bobs.status == 0 && bobs.output.contains("We are on it.") && !bobs.output.contains("INTERNAL"), "\(bobs.summary)")

        // Bob's ticket is not Eve's: the same answer as for a number that does not exist.
        let others = try await gate.helpdesk(as: Self.eve, ["request", "show", String(team.bobsTicket)])
        #expect(others.status == 1 && others.output.isEmpty, "\(others.summary)")
        #expect(others.errorOutput == "helpdesk: error: #\(team.bobsTicket) is not one of your tickets (helpdesk request list shows yours)\n")
        let missing = try await gate.helpdesk(as: Self.eve, ["request", "show", "999"])
        #expect(missing.errorOutput == "helpdesk: error: #999 is not one of your tickets (helpdesk request list shows yours)\n")

        // Everything else is refused before it opens anything, the TUI too.
        for command in [["ticket", "show", String(team.bobsTicket)], ["ticket", "list"], ["kb", "search", "printer"], ["agent", "list"],
                        ["requester", "export", "\(Self.bob)@x.example"], ["backup", sandbox.path("copy.sqlite")], ["check"], []] {
            let result = try await gate.helpdesk(as: Self.eve, command, overriding: ["TERM": "xterm-256color"])
            #expect(result.status == 1 && result.output.isEmpty && !result.errorOutput.contains("INTERNAL"), "\(command): \(result.summary)")
            #expect(result.errorOutput.hasPrefix("helpdesk: error: you are not in the team's group '\(Self.group)': here you can only file and follow your own requests"),
                    "\(command): \(result.summary)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("copy.sqlite")))

        // The knowledge base answers through the gate too.
        let ask = try await gate.helpdesk(as: Self.eve, ["ask", "printer"])
        #expect(ask.status == 0, "\(ask.summary)")

        // The team's files stay the group's, closed to everyone else, whoever made them.
        for file in [team.db, team.db + "-wal", team.db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try team.host.ownership(file) == TeamHost.Ownership(group: Self.group, mode: 0o660), "\(file)")
        }
        #expect(try team.host.ownership(team.host.folder) == TeamHost.Ownership(group: Self.group, mode: 0o2770))
    }

    @Test func anEndUserCannotOpenTheDatabaseNorPointTheGateAtAnotherFile() async throws {
        let sandbox = try Sandbox()
        let team = try await team(sandbox)
        defer { team.host.remove() }
        let gate = team.gate

        // The file itself: permission denied, to the shell and to the plain helpdesk.
        let cat = try await gate.run(as: Self.eve, ["/bin/cat", team.db])
        #expect(cat.status != 0 && cat.errorOutput.contains("Permission denied"), "\(cat.summary)")
        let plain = try await gate.run(as: Self.eve, [team.host.binary, "ticket", "list", "--db", team.db])
        #expect(plain.status == 1 && plain.errorOutput.contains("is open to the group '\(Self.group)' only"), "\(plain.summary)")

        // Another database Eve can write, named every way a user names one.
        let mine = sandbox.path("eves")
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
        chmod(mine, 0o777)
        let other = mine + "/other.sqlite"
        #expect(try await sandbox.helpdesk(["init", "--db", other]).status == 0)
        chmod(other, 0o666)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let option = try await gate.helpdesk(as: Self.eve, ["request", "new", "--subject", "Elsewhere", "--db", other])
        #expect(option.status == 1, "\(option.summary)")
        #expect(option.errorOutput == "helpdesk: error: --db cannot be used outside the team's group '\(Self.group)': requests go to the team's database, named in /etc/helpdesk/config.toml\n")
        let userConfig = sandbox.path("eves-config")
        try FileManager.default.createDirectory(atPath: userConfig + "/helpdesk", withIntermediateDirectories: true)
        try "database = \"\(other)\"\n".write(toFile: userConfig + "/helpdesk/config.toml", atomically: false, encoding: .utf8)
        chmod(userConfig, 0o755)
        chmod(userConfig + "/helpdesk", 0o755)
        let ignored = try await gate.helpdesk(as: Self.eve, ["request", "new", "--subject", "Where does this go?"], overriding: [
            "HELPDESK_DB": other, "HELPDESK_SYSTEM_CONFIG": userConfig + "/helpdesk/config.toml", "XDG_CONFIG_HOME": userConfig,
            "XDG_DATA_HOME": mine, "HELPDESK_NOW": "2020-01-01T00:00:00Z", "EDITOR": "/bin/false",
        ])
        #expect(ignored.status == 0, "\(ignored.summary)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before, "the other database was changed")
        #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
        // It went to the team's database, at today's time (HELPDESK_NOW was dropped with the rest).
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", team.db, "--query", "sort:id"])
        let filed = try #require(rows.last)
        #expect(filed.subject == "Where does this go?" && filed.requesterEmail.hasPrefix(Self.eve + "@"))
        #expect(filed.createdAt.hasPrefix(String(Calendar(identifier: .gregorian).component(.year, from: Date()))), "\(filed.createdAt)")

        // The gate reads no file of the user's with the group's rights.
        let sneaky = try await gate.helpdesk(as: Self.eve, ["request", "new", "--subject", "Copy", "--body-file", team.db])
        #expect(sneaky.status == 1 && sneaky.errorOutput.contains("--body-file reads only standard input here"), "\(sneaky.summary)")

        // A system config anyone could change is no authority.
        chmod(gate.config, 0o666)
        let loose = try await gate.helpdesk(as: Self.eve, ["request", "list"])
        chmod(gate.config, 0o644)
        #expect(loose.status == 1 && loose.errorOutput.contains("/etc/helpdesk/config.toml must be a file of root's that only root can change"), "\(loose.summary)")
    }

    @Test func agentsAndSupervisorsWorkAsBeforeAndGainNothing() async throws {
        let sandbox = try Sandbox()
        let team = try await team(sandbox)
        defer { team.host.remove() }
        let gate = team.gate
        let ticket = String(team.bobsTicket)

        // Members of the group: the whole helpdesk, internal notes included, their own --db too.
        let show = try await gate.helpdesk(as: Self.agent, ["ticket", "show", ticket, "--db", team.db])
        #expect(show.status == 0 && show.output.contains(Self.secret), "\(show.summary)")
        let take = try await gate.helpdesk(as: Self.agent, ["ticket", "take", ticket, "--db", team.db])
        #expect(take.status == 0, "\(take.summary)")
        let reassign = try await gate.helpdesk(as: Self.supervisor, ["ticket", "unassign", ticket, "--db", team.db])
        #expect(reassign.status == 0, "\(reassign.summary)")
        let list = try await gate.helpdesk(as: Self.supervisor, ["ticket", "list", "--db", team.db])
        #expect(list.status == 0 && list.output.contains("Salary slip missing"), "\(list.summary)")

        // The group is dropped for them: a database an agent makes elsewhere is not the team's.
        let elsewhere = sandbox.path("agents")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        chmod(elsewhere, 0o777)
        let own = try await gate.helpdesk(as: Self.agent, ["init", "--db", elsewhere + "/own.sqlite"])
        #expect(own.status == 0, "\(own.summary)")
        #expect(try team.host.ownership(elsewhere + "/own.sqlite").group == Self.agent)

        // An admin account in the database, but outside the group: a requester through the gate.
        let stranger = try await gate.helpdesk(as: Self.stranger, ["request", "domain", "evil.example"])
        #expect(stranger.status == 1, "\(stranger.summary)")
        #expect(stranger.errorOutput.contains("you (\(Self.stranger)) are not in the team's group '\(Self.group)'"), "\(stranger.summary)")
        let agents = try await gate.helpdesk(as: Self.stranger, ["agent", "list"])
        #expect(agents.status == 1 && agents.output.isEmpty, "\(agents.summary)")
    }
}
