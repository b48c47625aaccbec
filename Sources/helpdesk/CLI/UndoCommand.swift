import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk undo`: takes back the user's last change, as `u` does in the TUI (`TicketService.undoLast`).
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Take back your last ticket change (within \(TicketService.undoWindow) s); again for the one before.",
        discussion: """
            Undoes your most recent change that can be undone — a field change such as status, priority, tags, \
            assignee or tier, or a whole bulk change from the TUI — if it was made within the last \
            \(TicketService.undoWindow) seconds. Run it again to take back the change before that. Replies, notes, \
            links and merges cannot be undone. A ticket someone else changed since is left as it is and named; \
            when that is every ticket of the change, nothing changes and the exit status is 1. \
            --list shows what can still be undone, newest first.
            """)
    @OptionGroup var global: GlobalOptions
    @Flag(help: "List what can still be undone, newest first (changes nothing).") var list = false
    @Flag(help: "JSON output: {\"summary\": \"Undone: …\", \"tickets\": [IDs], \"refused\": [{\"ticket\": ID, \"reason\": \"…\"}]}.")
    var json = false

    func run() throws {
        let service = try TicketService.forUser(OSUser.current(), store: global.openStore(.writing))
        if list { return try printList(service) }
        let outcome = try service.undoLast()
        if json {
            try Output.json(UndoOutcomeJSON(outcome))
        } else {
            print(Sanitizer.line(outcome.summary))
        }
        // Some tickets of a bulk change were changed by someone else since: they stay as they are.
        for refusal in outcome.refused {
            FileHandle.standardError.write(Data("helpdesk: not undone: \(Sanitizer.line(refusal.reason))\n".utf8))
        }
    }

    private func printList(_ service: TicketService) throws {
        let changes = try service.undoableChanges()
        if json { return try Output.json(changes.map(UndoableChangeJSON.init)) }
        if changes.isEmpty {
            print("Nothing to undo (changes can be undone for \(TicketService.undoWindow) s).")
            return
        }
        let now = service.store.now
        Output.table(headers: ["AGO", "TICKETS", "CHANGE"],
                     rows: changes.map { ["\(max(0, now - $0.at)) s", $0.ticketIds.map { "#\($0)" }.joined(separator: " "), $0.summary] })
    }
}

/// `{"summary": "Undone: #12 is now solved", "tickets": [12], "refused": []}`.
struct UndoOutcomeJSON: Encodable {
    struct Refusal: Encodable {
        var ticket: Int64
        var reason: String
    }

    var summary: String
    var tickets: [Int64]
    var refused: [Refusal]

    init(_ outcome: UndoOutcome) {
        summary = outcome.summary
        tickets = outcome.ticketIds
        refused = outcome.refused.map { Refusal(ticket: $0.ticketId, reason: $0.reason) }
    }
}

/// One line of `undo --list --json`: `{"at": "2026-11-18T09:00:00Z", "summary": "…", "tickets": [12]}`.
struct UndoableChangeJSON: Encodable {
    var at: String
    var summary: String
    var tickets: [Int64]

    init(_ change: UndoEntrySummary) {
        at = Output.iso(change.at)
        summary = change.summary
        tickets = change.ticketIds
    }
}
