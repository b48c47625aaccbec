import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk macro`: the desk's canned responses (sent with `helpdesk ticket reply ID --macro NAME`).
struct MacroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "macro", abstract: "List, show, add and remove canned responses (macros).",
        subcommands: [List.self, Show.self, Add.self, Remove.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the macros and the fields each sets.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let macros = try global.openStore(.reading).macros()
            if json {
                try Output.json(macros.map(MacroJSON.init))
                return
            }
            if macros.isEmpty {
                print("No macros yet. An admin adds one with: helpdesk macro add NAME --body TEXT")
                return
            }
            Output.table(headers: ["NAME", "SETS"], rows: macros.map { [$0.name, MacroCommand.effects($0)] })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a macro: the fields it sets and its text.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The macro's name (any case).") var name: String
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let name = try MacroCommand.checkedName(name)
            guard let macro = try global.openStore(.reading).macro(named: name) else {
                throw HelpdeskError.notFound("there is no macro named '\(name)' (helpdesk macro list shows them)")
            }
            if json {
                try Output.json(MacroJSON(macro))
                return
            }
            print(Sanitizer.line(macro.name))
            print("Sets: \(Sanitizer.line(MacroCommand.effects(macro)))")
            print("Added by \(Sanitizer.line(macro.createdBy))" + (macro.createdAt > 0 ? " on \(LocalTime.minute(macro.createdAt))" : ""))
            print("")
            print(Output.text(macro.body))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Add a macro (admins only).",
            discussion: """
                The text may use {requester}, {ticket}, {agent} and {subject}, filled in when the macro is sent. \
                Example: helpdesk macro add "VPN reset" --body-file vpn.txt --status solved --category vpn --tag vpn
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A new name (at most 80 characters).") var name: String
        @Option(help: "The text.") var body: String?
        @Option(help: "Read the text from a file ('-' for standard input).") var bodyFile: String?
        @Option(help: "Set this status when sent: open, pending, on-hold, solved or closed.") var status: String?
        @Option(help: "Set this priority when sent: low, normal, high or urgent.") var priority: String?
        @Option(help: "Set this category when sent.") var category: String?
        @Option(name: .customLong("tag"), help: "Add this tag when sent (repeatable).") var tags: [String] = []
        @Flag(help: "JSON output (the macro as stored).") var json = false

        func run() throws {
            let name = try MacroCommand.checkedName(name)
            guard name.count <= 80 else { throw CLIError("a macro name has at most 80 characters") }
            guard let text = try BodyInput.read(body: body, file: bodyFile),
                  !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CLIError("a macro needs a text (--body or --body-file)")
            }
            let status = try status.map(CLIValues.status)
            let priority = try priority.map(CLIValues.priority)
            if let category {
                let trimmed = category.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, trimmed.count <= 64 else { throw CLIError("--category must be 1 to 64 characters") }
            }
            for tag in tags {
                let trimmed = tag.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, trimmed.count <= 64, !trimmed.contains(where: \.isWhitespace) else {
                    throw CLIError("bad tag '\(tag)' (a tag is one word of at most 64 characters)")
                }
            }
            let store = try global.openStore(.creating)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            let macro = try store.addMacro(Macro(name: name, body: text, setStatus: status, setPriority: priority, setCategory: category,
                                                 addTags: tags, createdBy: actor.login, createdAt: store.now), actor: actor)
            if json {
                try Output.json(MacroJSON(macro))
            } else {
                print("Added macro \(Sanitizer.line(macro.summary))")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a macro (admins only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The macro's name (any case).") var name: String
        @Flag(help: "JSON output: {\"removed\": NAME}.") var json = false

        func run() throws {
            let name = try MacroCommand.checkedName(name)
            let store = try global.openStore(.writing)
            try store.removeMacro(named: name, actor: TicketService.forUser(OSUser.current(), store: store).actor)
            if json {
                try Output.json(["removed": name])
            } else {
                print("Removed macro \(Sanitizer.line(name))")
            }
        }
    }

    static func checkedName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw CLIError("the macro name is empty") }
        return trimmed
    }

    /// "solved, category account, +phishing", or "-" for a macro that only answers.
    static func effects(_ macro: Macro) -> String {
        var parts: [String] = []
        if let status = macro.setStatus { parts.append(status.rawValue) }
        if let priority = macro.setPriority { parts.append("priority \(priority.name)") }
        if let category = macro.setCategory { parts.append("category \(category)") }
        parts += macro.tags.map { "+\($0)" }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}
