import ArgumentParser
import HelpdeskCore

/// `helpdesk org …`: organizations and the mail domains that map new requesters to them.
/// Listing is for every agent; adding and editing for supervisors and admins (OrganizationService).
struct OrganizationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "List, add and edit organizations and their mail domains.",
        subcommands: [List.self, Add.self, Edit.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the organizations with their domains, requesters and open tickets.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let organizations = try OrganizationService.forUser(OSUser.current(), store: global.openStore(.reading)).list()
            if json {
                try Output.json(organizations.map(OrganizationJSON.init))
                return
            }
            if organizations.isEmpty {
                print("No organizations yet. Add one with: helpdesk org add NAME --domain example.com")
                return
            }
            Output.table(
                headers: ["NAME", "REQUESTERS", "OPEN", "DOMAINS"],
                rows: organizations.map { [$0.name, String($0.requesters), String($0.openTickets), $0.domains.isEmpty ? "-" : $0.domains.joined(separator: ", ")] })
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an organization (supervisors and admins).",
            discussion: "New requesters of a domain, or of its subdomains, join the organization when their first ticket is created.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Its name.") var name: String
        @Option(name: .customLong("domain"), help: "A mail domain of its people, e.g. sales.example.com (repeatable).") var domains: [String] = []
        @Flag(help: "Also give it to the requesters of these domains who have no organization yet.") var apply = false

        func run() throws {
            let name = try OrganizationService.validatedName(name)
            let domains = try OrganizationService.validatedDomains(domains)
            if apply && domains.isEmpty { throw CLIError("--apply needs a --domain") }
            let service = try OrganizationService.forUser(OSUser.current(), store: global.openStore(.writing))
            let outcome = try service.add(name: name, domains: domains, apply: apply)
            print(Sanitizer.line(OrganizationCommand.describe("Added", outcome, apply: apply)))
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Rename an organization, add or remove its domains (supervisors and admins).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Its current name.") var name: String
        @Option(name: .customLong("name"), help: "The new name.") var newName: String?
        @Option(name: .customLong("add-domain"), help: "A domain to add (repeatable).") var addDomains: [String] = []
        @Option(name: .customLong("remove-domain"), help: "A domain to remove (repeatable); requesters keep their organization.") var removeDomains: [String] = []
        @Flag(help: "Also give it to the requesters of its domains who have no organization yet.") var apply = false

        func run() throws {
            let name = try OrganizationService.validatedName(name)
            let edit = try OrganizationService.Edit(name: newName, addDomains: addDomains, removeDomains: removeDomains, apply: apply).validated()
            let service = try OrganizationService.forUser(OSUser.current(), store: global.openStore(.writing))
            let outcome = try service.edit(name, edit)
            print(Sanitizer.line(OrganizationCommand.describe("Changed", outcome, apply: apply)))
        }
    }

    /// "Added organization Sales EMEA (sales.example.com); 4 requesters assigned".
    static func describe(_ verb: String, _ outcome: OrganizationService.Outcome, apply: Bool) -> String {
        let organization = outcome.organization
        let domains = organization.domains.isEmpty ? "no domains" : organization.domains.joined(separator: ", ")
        let assigned = apply ? "; \(outcome.assigned) requester\(outcome.assigned == 1 ? "" : "s") without an organization assigned" : ""
        return "\(verb) organization \(organization.name) (\(domains))\(assigned)"
    }
}
