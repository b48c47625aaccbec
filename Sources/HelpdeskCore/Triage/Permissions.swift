#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may do what. Every ticket action passes `check` inside `TicketService`, so the rules hold
/// for the TUI, the CLI and scripts alike. The table, as in docs/admin.md:
///
/// | | agent | supervisor | admin |
/// |---|---|---|---|
/// | work a ticket (status, priority, fields, reply, note, take, hand over, escalate, de-escalate, link, merge) | own tickets, and unassigned ones of their tier | any | any |
/// | reassign a ticket someone else holds, bulk reassign | — | yes | yes |
/// | manage agents, macros, SLA policies and calendar, shared views | — | — | yes |
/// | `backup`, `restore` (also root) | — | — | yes |
/// | `check` (also root) | yes | yes | yes |
/// | edit a requester (name, e-mail, organization) | yes | yes | yes |
/// | merge requesters, add and edit organizations and their mail domains | — | yes | yes |
public enum Permissions {
    /// Throws `permissionDenied` with the reason when `actor` may not do `action` to `ticket`.
    public static func check(_ actor: Agent, _ action: TicketAction, on ticket: Ticket, assigneeLogin: String?, bulk: Bool = false) throws {
        guard actor.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(actor.login)' is deactivated: nothing was changed")
        }
        if actor.role != .agent { return }
        let id = ticket.id ?? 0
        if bulk && action.reassigns {
            throw HelpdeskError.permissionDenied("bulk reassigning needs a supervisor: nothing was changed")
        }
        if ticket.assigneeId == actor.id { return }
        if let assigneeLogin {
            throw HelpdeskError.permissionDenied("#\(id) is assigned to \(assigneeLogin): only they or a supervisor can change it")
        }
        if ticket.tier != actor.tier {
            throw HelpdeskError.permissionDenied("#\(id) is a tier-\(ticket.tier) ticket and you work tier \(actor.tier): ask a supervisor")
        }
    }

    /// Who may read the helpdesk — queues, tickets with their internal notes, the knowledge base's
    /// back office, the team: active agents. Everyone else files and follows their own requests
    /// through ``SelfService`` (`helpdesk request`, `helpdesk ask`), which shows them only what
    /// is theirs. Checked when the CLI or the TUI opens the database for reading.
    public static func reader(_ user: OSUser, in store: HelpdeskStore) throws -> Agent {
        guard let agent = try agentAccount(user, in: store) else {
            throw HelpdeskError.permissionDenied("""
                you (\(user.login)) are not an agent of this helpdesk: only agents read its tickets — \
                file and follow your own requests with helpdesk request, and search the answers with helpdesk ask
                """)
        }
        guard agent.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(user.login)' is deactivated: ask an admin to activate it (helpdesk agent activate \(user.login))")
        }
        return agent
    }

    /// The user's agent account, if they have one. Through the gate (ProcessGate) nobody has:
    /// someone outside the team's group is a requester there, whatever the database says.
    public static func agentAccount(_ user: OSUser, in store: HelpdeskStore) throws -> Agent? {
        if let group = ProcessGate.group {
            throw HelpdeskError.permissionDenied("""
                you (\(user.login)) are not in the team's group '\(group)': here you file and follow your own requests \
                only (helpdesk request), as a requester — agents work as members of the group
                """)
        }
        return try store.agent(login: user.login)
    }

    /// Admin-only work (agents, macros, SLA settings, shared views).
    public static func requireAdmin(_ actor: Agent, to what: String) throws {
        guard actor.active, actor.role == .admin else {
            throw HelpdeskError.permissionDenied("only an admin may \(what): nothing was changed")
        }
    }

    /// The whole database as a file — `helpdesk backup` and `restore`: admins, and root, whom cron
    /// jobs and systemd timers run as and who is no agent (root can read and replace the file
    /// anyway; refusing it would only stop the nightly backup). `agent` is the user's account in
    /// the database that decides (nil: none).
    public static func requireAdminOrRoot(_ agent: Agent?, login: String, to what: String, uid: UInt32 = getuid()) throws {
        if uid == 0 { return }
        guard let agent, agent.active, agent.role == .admin else {
            let who = agent.map { $0.active ? "\($0.role.rawValue) '\($0.login)'" : "the deactivated '\($0.login)'" } ?? "\(login), no agent of this helpdesk"
            throw HelpdeskError.permissionDenied("only an admin or root may \(what) (you are \(who)): nothing was changed")
        }
    }

    /// `helpdesk check`: whoever may read the helpdesk (``reader(_:in:)``), and root (a cron job's
    /// check); the check shows counts and problems, never a ticket's text.
    public static func requireReaderOrRoot(_ user: OSUser, in store: HelpdeskStore, uid: UInt32 = getuid()) throws {
        if uid == 0 { return }
        _ = try reader(user, in: store)
    }

    /// Work for supervisors and admins (merging requesters, organizations and their domains).
    public static func requireSupervisor(_ actor: Agent, to what: String) throws {
        guard actor.active, actor.role != .agent else {
            throw HelpdeskError.permissionDenied("only a supervisor or an admin may \(what): nothing was changed")
        }
    }
}
