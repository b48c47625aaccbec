import ArgumentParser
import Foundation
import HelpdeskCore

/// What every ticket action takes: the database, optimistic locking and JSON output. Each action
/// is checked (`TicketService.validated`) before the store is opened, then performed as the OS
/// user through `TicketService`, which checks the rights and records the change with its event.
struct ActionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("based-on-version"),
            help: ArgumentHelp("Apply only if the ticket is still at this version (see ticket show --json); otherwise nothing changes.",
                               valueName: "version"))
    var basedOnVersion: Int64?
    @Option(help: "Why (recorded in the history). Escalations and de-escalations require it.") var reason: String?
    @Flag(help: "JSON output: {\"ticket\": ID, \"version\": V, \"summary\": \"…\"}.") var json = false

    /// The service acting as the OS user on the existing database (a ticket action never creates one).
    func service() throws -> TicketService {
        if let basedOnVersion, basedOnVersion < 1 { throw CLIError("--based-on-version must be a ticket version (1 or more)") }
        return try TicketService.forUser(OSUser.current(), store: global.openStore(.writing))
    }

    /// Checks the actions, then applies them to the ticket as one change and prints the outcome.
    func perform(_ actions: [TicketAction], on id: Int64) throws {
        let actions = try actions.map(TicketService.validated)
        let service = try service()
        let outcome = try service.perform(actions, on: id, basedOn: basedOnVersion, reason: reason)
        try report(outcome, mailed: MailSender(store: service.store).sendReplies(of: actions, on: [id]))
    }

    func report(_ outcome: ActionOutcome, mailed: String = "") throws {
        if json {
            try Output.json(ActionOutcomeJSON(outcome))
        } else {
            print(Sanitizer.line(outcome.summary + mailed))
        }
    }
}

extension TicketCommand {
    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "take", abstract: "Assign a ticket to yourself.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64

        func run() throws { try options.perform([.take], on: id) }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign a ticket to an agent of its tier.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(help: "The agent's login.") var login: String

        func run() throws { try options.perform([.assign(login: login)], on: id) }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unassign", abstract: "Take a ticket off its assignee.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64

        func run() throws { try options.perform([.unassign], on: id) }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", 
            abstract: "Set a ticket's status.",
            discussion: "pending stops the SLA clock until the status changes again; solved and closed stop it for good.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(help: "open, pending, on-hold, solved or closed.") var status: String

        func run() throws { try options.perform([.setStatus(CLIValues.status(status))], on: id) }
    }

    struct PriorityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "priority", abstract: "Set a ticket's priority (its SLA deadlines follow).")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(help: "low, normal, high or urgent.") var priority: String

        func run() throws { try options.perform([.setPriority(CLIValues.priority(priority))], on: id) }
    }

    struct Category: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "category", abstract: "Set or clear a ticket's category.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(help: "The category, e.g. network.") var name: String?
        @Flag(help: "Remove the category.") var clear = false

        func run() throws {
            switch (name, clear) {
            case (nil, false): throw CLIError("give a category name, or --clear to remove it")
            case (_?, true): throw CLIError("give either a category name or --clear, not both")
            case (let name?, false):
                guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw CLIError("the category name is empty (use --clear to remove the category)")
                }
                try options.perform([.setCategory(name)], on: id)
            case (nil, true):
                try options.perform([.setCategory(nil)], on: id)
            }
        }
    }

    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tag", 
            abstract: "Add and remove tags: +vpn or vpn adds, -printer removes.",
            discussion: "Additions and removals in one call are one change. Example: helpdesk ticket tag 1042 +vpn -printer")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("+TAG adds, -TAG removes, a bare TAG adds.", valueName: "change"))
        var changes: [String] = []

        func run() throws { try options.perform(TagChanges.actions(from: changes), on: id) }
    }

    struct ChannelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "channel", abstract: "Set how a ticket reached the desk.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Argument(help: "email, phone, chat, web or walk-in.") var channel: String

        func run() throws { try options.perform([.setChannel(CLIValues.channel(channel))], on: id) }
    }

    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "escalate", 
            abstract: "Move a ticket up a tier, with a reason.",
            discussion: "The assignee is cleared unless --assignee names an agent of the new tier.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Option(help: "The tier to move to (default: one above the current).") var tier: Int?
        @Option(help: "An agent of the new tier to hand it to.") var assignee: String?

        func run() throws {
            try TierMove.perform(up: true, id: id, tier: tier, assignee: assignee, options: options)
        }
    }

    struct Deescalate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deescalate", 
            abstract: "Move a ticket down a tier, with a note for the agents there.",
            discussion: "The note is kept as an internal note and in the history.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Option(help: "The tier to move to (default: one below the current).") var tier: Int?
        @Option(help: "An agent of the new tier to hand it to.") var assignee: String?

        func run() throws {
            try TierMove.perform(up: false, id: id, tier: tier, assignee: assignee, options: options)
        }
    }

    struct Reply: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reply", 
            abstract: "Answer the requester, with your text or a macro.",
            discussion: """
                --macro NAME sends a canned response (helpdesk macro list): its placeholders filled for this ticket, \
                and its fields (status, priority, category, tags) set in the same change; --body or --body-file \
                replaces its text. --from-requester records the text as the requester's answer instead (a pending \
                ticket opens again).
                """)
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Option(help: "The text.") var body: String?
        @Option(help: "Read the text from a file ('-' for standard input).") var bodyFile: String?
        @Option(help: "A macro's name.") var macro: String?
        @Option(name: .customLong("attach"), help: ArgumentHelp("A file to send with the reply (repeat for more; at most 15 MB each).", valueName: "file"))
        var files: [String] = []
        @Flag(help: "The text is the requester's answer (from mail or phone).") var fromRequester = false

        func run() throws {
            let text = try BodyInput.read(body: body, file: bodyFile)
            let attached = try files.map { TicketAction.attach(try NewAttachment.read(path: $0)) }
            if fromRequester {
                guard macro == nil, attached.isEmpty else {
                    throw CLIError("--from-requester records the requester's words: it cannot send a macro or files")
                }
                guard let text else { throw CLIError("give the requester's text with --body or --body-file") }
                return try options.perform([.requesterReply(text)], on: id)
            }
            guard let macro else {
                guard let text else { throw CLIError("give the text with --body, --body-file or --macro") }
                return try options.perform([.reply(text)] + attached, on: id)
            }
            // The name and a replacing text are checked before the store is opened.
            _ = try TicketService.validatedMacroName(macro)
            if let text { _ = try TicketService.validated(.reply(text)) }
            let service = try options.service()
            let found = try service.macro(named: macro)
            let detail = try service.store.ticketDetail(id: id)
            // The fields the ticket already has are skipped by the service, not refused.
            var actions = found.actions(for: detail, agentName: service.actor.name, replacingText: text)
            // The files go with the macro's reply, its first action.
            actions.insert(contentsOf: attached, at: 1)
            let outcome = try service.perform(actions, on: id, basedOn: options.basedOnVersion ?? detail.ticket.version, reason: options.reason)
            try options.report(outcome, mailed: MailSender(store: service.store).sendReplies(of: actions, on: [id]))
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Add an internal note (never shown to the requester).")
        @OptionGroup var options: ActionOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Option(help: "The text.") var body: String?
        @Option(help: "Read the text from a file ('-' for standard input).") var bodyFile: String?
        @Option(name: .customLong("attach"), help: ArgumentHelp("A file to keep with the note (repeat for more; at most 15 MB each).", valueName: "file"))
        var files: [String] = []

        func run() throws {
            guard let text = try BodyInput.read(body: body, file: bodyFile) else {
                throw CLIError("give the note with --body or --body-file")
            }
            try options.perform([.note(text)] + files.map { .attach(try NewAttachment.read(path: $0)) }, on: id)
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", 
            abstract: "Close a duplicate into the original ticket.",
            discussion: "The duplicate's conversation is copied into the original; the duplicate is closed and points to it.")
        @OptionGroup var options: ActionOptions
        @Argument(help: "The duplicate's number.") var id: Int64
        @Option(help: ArgumentHelp("The original's number.", valueName: "original")) var into: Int64

        func run() throws {
            guard into != id else { throw HelpdeskError.invalidInput("#\(id) cannot be merged into itself") }
            try options.perform([.merge(into: into)], on: id)
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "link", abstract: "Mark a ticket as a duplicate of another (both stay as they are).")
        @OptionGroup var options: ActionOptions
        @Argument(help: "The duplicate's number.") var id: Int64
        @Option(help: ArgumentHelp("The original's number.", valueName: "original")) var duplicateOf: Int64

        func run() throws {
            guard duplicateOf != id else { throw HelpdeskError.invalidInput("#\(id) cannot be a duplicate of itself") }
            try options.perform([.link(duplicateOf: duplicateOf)], on: id)
        }
    }
}

/// Escalating and de-escalating: the default tier is one step from the ticket's current one.
private enum TierMove {
    static func perform(up: Bool, id: Int64, tier: Int?, assignee: String?, options: ActionOptions) throws {
        guard let reason = options.reason else {
            throw CLIError(up ? "an escalation needs a reason (--reason)" : "a de-escalation needs a note for the agents there (--reason)")
        }
        func action(_ tier: Int) -> TicketAction {
            up ? .escalate(tier: tier, reason: reason, assignee: assignee) : .deescalate(tier: tier, note: reason, assignee: assignee)
        }
        if let assignee, assignee.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CLIError("--assignee is empty (leave it out to clear the assignee)")
        }
        // The reason (and a given tier) are checked before the store is opened.
        _ = try TicketService.validated(action(tier ?? 2))
        if let tier {
            return try options.perform([action(tier)], on: id)
        }
        let service = try options.service()
        let ticket = try service.store.ticketDetail(id: id).ticket
        let next = try TierStep.next(from: ticket.tier, up: up, ticketId: id)
        // The default was worked out from this version of the ticket.
        try options.report(service.perform(action(next), on: id, basedOn: options.basedOnVersion ?? ticket.version))
    }
}
