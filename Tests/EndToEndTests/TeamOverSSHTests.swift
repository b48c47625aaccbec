import Foundation
import GRDB
import HelpdeskCore
import Testing

/// A team on one host, for real: two OS accounts in a `helpdesk`-style group log in over ssh on
/// loopback and work the same database in a setgid team folder — the agent in the TUI, the
/// supervisor in the TUI and from scripts. Needs root (it creates the accounts and starts its own
/// sshd, installing openssh-server when it is missing); `make test` runs as root in CI.
@Suite("A team on one host, over ssh", .timeLimit(.minutes(6)), .enabled(if: TeamHost.canRun, "needs root: creates OS accounts and runs sshd"))
struct TeamOverSSHTests {
    static let supervisor = "hde2e-sup"
    static let agent = "hde2e-agt"
    /// Someone else on the host, not in the team's group.
    static let outsider = "hde2e-out"

    @Test func aSupervisorReassignsWhileTheAgentWorks() async throws {
        let sandbox = try Sandbox()
        let host = try await TeamHost(group: "hde2e-team", logins: [Self.supervisor, Self.agent], outsiders: [Self.outsider], in: sandbox)
        defer { host.remove() }
        let ssh = try await LoopbackSSH.start(for: [Self.supervisor, Self.agent, Self.outsider], in: sandbox)
        defer { ssh.stop() }

        // The admin (root here) sets up the team database in the team folder.
        let db = host.folder + "/helpdesk.sqlite"
        func admin(_ arguments: [String]) async throws -> ProcessResult {
            let result = try await sandbox.helpdesk(arguments + ["--db", db])
            guard result.status == 0 else {
                throw Sandbox.CommandFailed(description: "helpdesk \(arguments.joined(separator: " ")): \(result.summary)")
            }
            return result
        }
        _ = try await admin(["init"])
        _ = try await admin(["agent", "add", Self.supervisor, "--name", "Sam Supervisor", "--role", "supervisor", "--tier", "1"])
        _ = try await admin(["agent", "add", Self.agent, "--name", "Alex Agent", "--role", "agent", "--tier", "1"])
        _ = try await admin(["agent", "add", "bo", "--name", "Bo Berger", "--role", "agent", "--tier", "1"])
        func newTicket(_ subject: String) async throws -> Int64 {
            let created = try await admin(["ticket", "create", "--subject", subject, "--requester", "lena.berg@nordwind.example", "--tier", "1"])
            guard let id = Int64(created.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw Sandbox.CommandFailed(description: "ticket create printed no id: \(created.summary)")
            }
            _ = try await admin(["ticket", "assign", String(id), Self.agent])
            return id
        }
        let vpn = try await newTicket("VPN bricht im Homeoffice ständig ab")
        let printer = try await newTicket("Drucker im 3. OG druckt nur Streifen")
        #expect(try host.ownership(db) == TeamHost.Ownership(group: "hde2e-team", mode: 0o660))

        // Someone outside the group is told why, not offered to create a database.
        let outside = try await ssh.run(as: Self.outsider, [host.binary, "ticket", "list", "--db", db])
        #expect(outside.status == 1)
        #expect(outside.errorOutput == "helpdesk: error: cannot reach \(db): the folder \(host.folder) is open to the group 'hde2e-team' only — ask an admin to add you to it (docs/admin.md)\n",
                "\(outside.summary)")

        func show(_ id: Int64) async throws -> HelpdeskJSON.TicketDetail {
            try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        }
        func asUser(_ login: String, _ arguments: [String]) async throws -> ProcessResult {
            try await ssh.run(as: login, [host.binary] + arguments + ["--db", db])
        }

        // The agent works in the TUI over ssh, on the VPN ticket.
        let agentTUI = try await TmuxSession.start(
            try ssh.terminalCommand(as: Self.agent, [host.binary, "--db", db]) + "; echo \(TmuxSession.exitMarker)$?; sleep 60", in: sandbox)
        defer { agentTUI.kill() }
        let first = try await agentTUI.waitUntil("the agent's queue") { $0.titleLine.hasPrefix(" helpdesk │ My tickets · 2 tickets") }
        #expect(first.titleLine.contains("Alex Agent · tier 1 │ ● live"), "\(first)")
        try await agentTUI.press(":")
        try await agentTUI.type("open \(vpn)")
        try await agentTUI.press("Enter")
        try await agentTUI.waitUntil("the VPN ticket") { $0.detailTicket == vpn && $0.contains("Alex Agent (\(Self.agent))") }

        // The supervisor looks at the same ticket: the agent sees who else is there.
        let supervisorTUI = try await TmuxSession.start(
            try ssh.terminalCommand(as: Self.supervisor, [host.binary, "--db", db]) + "; sleep 60", in: sandbox)
        defer { supervisorTUI.kill() }
        try await supervisorTUI.waitUntil("the supervisor's TUI") { $0.titleLine.contains("Sam Supervisor · tier 1") }
        try await supervisorTUI.press(":")
        try await supervisorTUI.type("open \(vpn)")
        try await supervisorTUI.press("Enter")
        try await supervisorTUI.waitUntil("the VPN ticket for the supervisor") { $0.detailTicket == vpn }
        try await agentTUI.waitFor("Also here", timeout: 10)
        #expect(try await agentTUI.capture().contains(Self.supervisor))

        // The supervisor reassigns it from a script; the agent's open TUI shows it within a second.
        let reassigned = try await asUser(Self.supervisor, ["ticket", "assign", String(vpn), "bo", "--reason", "Urlaubsvertretung"])
        #expect(reassigned.status == 0, "\(reassigned.summary)")
        let committed = Date()
        let shown = try await agentTUI.waitUntil("the reassignment") { $0.contains("Bo Berger (bo)") }
        let latency = Date().timeIntervalSince(committed)
        // A bound against "never", not the figure: on a loaded 2-core machine (parallel tests and
        // builds) it took 1.8 s once; the live-update latency itself is measured by make bench (live).
        #expect(latency <= 3.0, "the agent's TUI showed the reassignment after \(latency) s")
        #expect(shown.detailTicket == vpn, "the ticket being read stays, though it left My tickets")
        #expect(shown.contains("#\(vpn) just changed — \(Self.supervisor): assign \(Self.agent) → bo — Urlaubsvertretung"), "\(shown)")
        #expect(shown.titleLine.hasPrefix(" helpdesk │ My tickets · 1 ticket"), "\(shown)")
        let history = try await show(vpn).events.last
        #expect(history?.actor == Self.supervisor && history?.newValue == "bo" && history?.reason == "Urlaubsvertretung")

        // An agent may not take back a ticket someone else holds: refused, nothing changed.
        let before = try await show(vpn)
        let refused = try await asUser(Self.agent, ["ticket", "assign", String(vpn), Self.agent])
        #expect(refused.status == 1)
        #expect(refused.errorOutput == "helpdesk: error: #\(vpn) is assigned to bo: only they or a supervisor can change it\n", "\(refused.summary)")
        let after = try await show(vpn)
        #expect(after.version == before.version && after.assignee == "bo" && after.events.count == before.events.count)
        // Nor manage the team's shared views.
        let share = try await asUser(Self.agent, ["view", "add", "alle-drucker", "--query", "drucker is:open", "--shared"])
        #expect(share.status == 1 && share.errorOutput == "helpdesk: error: only an admin may manage shared views: nothing was changed\n",
                "\(share.summary)")
        // Nor open the team view.
        try await agentTUI.press(":")
        try await agentTUI.type("team")
        try await agentTUI.press("Enter")
        try await agentTUI.waitFor("the team view is for supervisors and admins")

        // The agent writes a reply on the printer ticket while the supervisor changes it.
        let seen = try await show(printer)
        try await agentTUI.press(":")
        try await agentTUI.type("open \(printer)")
        try await agentTUI.press("Enter")
        try await agentTUI.waitUntil("the printer ticket") { $0.detailTicket == printer }
        try await agentTUI.press("r")
        try await agentTUI.waitFor("ctrl-s send")
        try await agentTUI.type("Hallo Frau Berg, ich schaue mir den Drucker heute an.")
        let raised = try await asUser(Self.supervisor, ["ticket", "priority", String(printer), "urgent", "--reason", "Vorstandsetage"])
        #expect(raised.status == 0, "\(raised.summary)")
        let changed = try await show(printer)
        try await agentTUI.waitFor(" · #\(printer) just changed — \(Self.supervisor): priority normal → urgent — Vorstandsetage")
        try await agentTUI.press("C-s")
        try await agentTUI.waitUntil("the question naming #\(printer)") { $0.bottomLine.contains("Send this reply to the requester on #\(printer) (1 line)?") }
        try await agentTUI.press("y")
        let conflict = try await agentTUI.waitFor("Kept as a draft: #\(printer) was changed")
        // "just now", or "11 s ago" on a machine busy enough that the keys above took that long.
        #expect(conflict.bottomLine.hasPrefix(" Kept as a draft: #\(printer) was changed ")
                && conflict.bottomLine.contains(" (\(Self.supervisor): priority normal → urgent"), "\(conflict)")
        let untouched = try await show(printer)
        #expect(untouched.version == changed.version && untouched.messages.count == changed.messages.count)
        let drafts = try FileManager.default.subpathsOfDirectory(atPath: "/home/\(Self.agent)/.local/state/helpdesk/drafts")
        let draftTexts = drafts.compactMap { try? String(contentsOfFile: "/home/\(Self.agent)/.local/state/helpdesk/drafts/" + $0, encoding: .utf8) }
        #expect(draftTexts.contains { $0.contains("ich schaue mir den Drucker heute an") }, "drafts: \(drafts)")

        // The same from a script: a write based on the version the agent read is refused.
        let stale = try await asUser(Self.agent, ["ticket", "status", String(printer), "pending", "--based-on-version", String(seen.version)])
        #expect(stale.status == 1)
        #expect(stale.errorLines.count == 1 && stale.errorOutput.contains("#\(printer) was changed"), "\(stale.summary)")
        #expect(stale.errorOutput.contains("(\(Self.supervisor): priority") && stale.errorOutput.hasSuffix("— your change was not applied\n"),
                "\(stale.summary)")
        #expect(try await show(printer).version == changed.version)

        // Both accounts wrote: the database and its companions stay the group's, and intact.
        for file in [db, db + "-wal", db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try host.ownership(file) == TeamHost.Ownership(group: "hde2e-team", mode: 0o660), "\(file)")
        }
        try await agentTUI.press("q")
        let exit = try await agentTUI.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let store = try HelpdeskStore.open(path: db, createIfMissing: false)
        let integrity = try store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }
}
