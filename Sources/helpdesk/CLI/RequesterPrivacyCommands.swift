import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk requester export` and `erase`: the requester's rights of access and to be
/// forgotten (RequesterExport, RequesterErasure; docs/admin.md "The requester's rights").
extension RequesterCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Everything stored about a requester (supervisors and admins).",
            discussion: "Profile, organization, their tickets with the public messages, and the history entries about them. JSON by default with --json; text otherwise.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An e-mail address, or a requester number.") var requester: String
        @Flag(help: "JSON output (the machine-readable copy to hand over).") var json = false

        func run() throws {
            let reference = try RequesterReference(parsing: requester)
            let store = try global.openStore(.reading)
            let export = try RequesterExport.collect(reference, store: store, actor: try Permissions.reader(.current(), in: store))
            if json { return try Output.json(export) }
            let profile = export.profile
            print(Sanitizer.line("Requester #\(profile.id)  \(profile.name) <\(profile.email)>  organization: \(profile.organization ?? "-")"))
            for ticket in export.tickets {
                print("")
                print(Sanitizer.line("#\(ticket.id)  \(ticket.status)  \(ticket.subject)  (\(ticket.channel), \(Output.iso(ticket.createdAt)))"))
                for message in ticket.messages {
                    print(Sanitizer.line("  \(Output.iso(message.at))  \(message.from):"))
                    print(Output.text(message.body).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
                }
            }
            if !export.history.isEmpty {
                print("")
                print("History")
                for entry in export.history {
                    let ticket = entry.ticketId.map { "#\($0) " } ?? ""
                    print(Sanitizer.line("  \(Output.iso(entry.at))  \(ticket)\(entry.actor): \(entry.action) \(entry.oldValue.map { "\($0) → " } ?? "")\(entry.newValue ?? "")"))
                }
            }
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erase", abstract: "Erase a requester's personal data, keeping their tickets for statistics (admins).",
            discussion: """
                Their name, e-mail address and organization, the bodies they wrote, and every mention of them in subjects, \
                messages and history values are replaced by [redacted]; the full-text index forgets them. It cannot be undone: \
                take a backup first if in doubt, and export their data if they asked for a copy. --reason is kept in the \
                log and must not name them.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An e-mail address, or a requester number.") var requester: String
        @Option(help: "Why (kept in the log, for example \"GDPR request 2026-114\").") var reason: String
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let reference = try RequesterReference(parsing: requester)
            let store = try global.openStore(.writing)
            let erasure = RequesterErasure(store: store, actor: try Permissions.reader(.current(), in: store))
            let outcome = try erasure.erase(reference, reason: reason)
            if json { return try Output.json(outcome) }
            print("Erased requester #\(outcome.requesterId): \(outcome.ownTickets) own tickets and \(outcome.otherTickets) other tickets redacted")
        }
    }
}
