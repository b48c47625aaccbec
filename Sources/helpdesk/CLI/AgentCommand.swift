import ArgumentParser
import HelpdeskCore

struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Manage the support team.", subcommands: [Add.self, Edit.self, Deactivate.self, Activate.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an agent (the login is their OS account name).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "OS account name.") var login: String
        @Option(help: "Display name.") var name: String
        @Option(help: "agent, supervisor or admin.") var role = "agent"
        @Option(help: "Support tier: 1, 2 or 3.") var tier = 1

        func run() throws {
            guard let role = AgentRole(parsing: role) else {
                throw CLIError("unknown role '\(self.role)' (expected agent, supervisor, admin)")
            }
            _ = try HelpdeskStore.validateAgent(login: login, name: name, tier: tier)
            let store = try global.openStore(.creating)
            let agent = try store.addAgent(login: login, name: name, role: role, tier: tier, actor: OSUser.current().login)
            print("Added agent \(agent.login) (\(agent.role.rawValue), tier \(agent.tier))")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an agent's name, role or tier (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "OS account name.") var login: String
        @Option(help: "Display name.") var name: String?
        @Option(help: "agent, supervisor or admin.") var role: String?
        @Option(help: "Support tier: 1, 2 or 3.") var tier: Int?

        func run() throws {
            let parsedRole = try role.map { text in
                guard let role = AgentRole(parsing: text) else { throw CLIError("unknown role '\(text)' (expected agent, supervisor, admin)") }
                return role
            }
            guard name != nil || parsedRole != nil || tier != nil else { throw CLIError("say what to change: --name, --role or --tier") }
            if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw CLIError("--name must not be empty") }
            if let tier, !(1...3).contains(tier) { throw CLIError("unknown tier \(tier) (expected 1, 2 or 3)") }
            let agent = try global.openStore(.writing)
                .updateAgent(login: login, name: name, role: parsedRole, tier: tier, actor: OSUser.current().login)
            print(Sanitizer.line("Changed agent \(agent.login): \(agent.name) (\(agent.role.rawValue), tier \(agent.tier))"))
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deactivate", 
            abstract: "Stop an agent from working tickets (admins only); their history stays.",
            discussion: "Their open tickets stay assigned to them until a supervisor reassigns them.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "OS account name.") var login: String

        func run() throws {
            let store = try global.openStore(.writing)
            let agent = try store.updateAgent(login: login, active: false, actor: OSUser.current().login)
            let open = try store.countTickets(matching: QueryCompiler.compile("is:open assignee:\(agent.login)",
                                                                              context: QueryContext(agentId: nil, now: store.now))).count
            print("Deactivated \(agent.login)" + (open == 0 ? "" : "; \(open) open tickets are still theirs: helpdesk ticket list --query 'is:open assignee:\(agent.login)'"))
        }
    }

    struct Activate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "activate", abstract: "Let a deactivated agent work again (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "OS account name.") var login: String

        func run() throws {
            let agent = try global.openStore(.writing).updateAgent(login: login, active: true, actor: OSUser.current().login)
            print("Activated \(agent.login)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the agents.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let agents = try global.openStore(.reading).agents()
            if json {
                try Output.json(agents.map(AgentJSON.init))
                return
            }
            Output.table(
                headers: ["LOGIN", "NAME", "ROLE", "TIER", "ACTIVE"],
                rows: agents.map { [$0.login, $0.name, $0.role.rawValue, String($0.tier), $0.active ? "yes" : "no"] })
        }
    }
}
