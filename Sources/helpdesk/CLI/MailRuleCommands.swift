import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk mail block|unblock|blocks`, `mail template`, `mail signature`: what the team's
/// mail refuses and what it writes by itself (the rules are in HelpdeskCore).
extension MailCommand {
    struct Block: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "block", abstract: "Refuse mail from an address or a whole @domain (supervisors, admins).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An address, or @domain.") var sender: String
        @Option(help: "Why (named in every refusal).") var reason: String

        func run() throws {
            let store = try global.openStore(.writing)
            let block = try store.blockMail(from: sender, reason: reason, actor: try Permissions.reader(.current(), in: store))
            print("Blocked \(block.pattern): their mail is refused (exit 65) and logged")
        }
    }

    struct Unblock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unblock", abstract: "Take mail from a blocked address or @domain again.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An address, or @domain, as blocked.") var sender: String

        func run() throws {
            let store = try global.openStore(.writing)
            try store.unblockMail(sender, actor: try Permissions.reader(.current(), in: store))
            print("Unblocked \(sender.lowercased())")
        }
    }

    struct Blocks: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "blocks", abstract: "List the blocked senders.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try global.openStore(.reading)
            _ = try Permissions.reader(.current(), in: store)
            let blocks = try store.mailBlocks()
            if blocks.isEmpty { print("No sender is blocked.") }
            for block in blocks {
                print("\(Sanitizer.line(block.pattern))  \(Sanitizer.line(block.reason))  (\(Sanitizer.line(block.addedBy)), \(LocalTime.minute(block.addedAt)))")
            }
        }
    }

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template", abstract: "Show, set (admins) or reset the texts helpdesk mails by itself.",
            discussion: "Templates: \(MailTemplate.allCases.map(\.rawValue).joined(separator: ", ")). Placeholders: "
                + MailTemplate.placeholders.map { "{{\($0)}}" }.joined(separator: " ") + ".")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "greeting, signature, acknowledgement or solved.") var name: String
        @Option(help: "Set it to the text of this file (- for standard input).") var file: String?
        @Flag(help: "Go back to the built-in text.") var reset = false

        func run() throws {
            guard let template = MailTemplate(rawValue: name) else {
                throw CLIError("no template '\(Sanitizer.line(name))': \(MailTemplate.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !(reset && file != nil) else { throw CLIError("give either --file or --reset, not both") }
            let store = try global.openStore(reset || file != nil ? .writing : .reading)
            let actor = try Permissions.reader(.current(), in: store)
            if reset || file != nil {
                try store.setMailTemplate(template, to: try BodyInput.read(body: nil, file: file), actor: actor)
            }
            print(Sanitizer.multiline(try store.mailTemplate(template)))
        }
    }

    struct Signature: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signature", abstract: "Set or reset your mail signature (admins: anyone's).",
            discussion: "Without --file or --reset it shows the signature. Placeholders as in templates, e.g. {{agent.name}} {{team}}.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Whose signature (default: yours).") var agent: String?
        @Option(help: "The signature's text from this file (- for standard input).") var file: String?
        @Flag(help: "Use the team's signature template again.") var reset = false

        func run() throws {
            guard !(reset && file != nil) else { throw CLIError("give either --file or --reset, not both") }
            let store = try global.openStore(reset || file != nil ? .writing : .reading)
            let actor = try Permissions.reader(.current(), in: store)
            let login = agent ?? actor.login
            if reset || file != nil {
                try store.setSignature(of: login, to: try BodyInput.read(body: nil, file: file), actor: actor)
            }
            print(Sanitizer.multiline(try store.signature(of: login)))
        }
    }
}
