import ArgumentParser
import HelpdeskCore

struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Manage the support team.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an agent (the login is their OS account name).")
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
            let store = try global.openStore(create: true)
            let agent = try store.addAgent(login: login, name: name, role: role, tier: tier, actor: OSUser.current().login)
            print("Added agent \(agent.login) (\(agent.role.rawValue), tier \(agent.tier))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the agents.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let agents = try global.openStore(create: false).agents()
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
