import HelpdeskCore

/// `helpdesk ticket show` as text: header fields, the conversation, then the history.
enum TicketText {
    static func render(_ detail: TicketDetail, now: Int64) -> String {
        let ticket = detail.ticket
        var lines: [String] = []
        lines.append("#\(ticket.id ?? 0)  \(Output.text(Sanitizer.line(ticket.subject)))")
        func field(_ name: String, _ value: String) {
            lines.append("  " + name.padding(toLength: 14, withPad: " ", startingAt: 0) + Sanitizer.line(value))
        }
        field("Status", ticket.status.rawValue)
        field("Priority", ticket.priority.name)
        field("Tier", String(ticket.tier))
        field("Category", ticket.category ?? "-")
        field("Channel", ticket.channel.rawValue)
        field("Tags", detail.tags.isEmpty ? "-" : detail.tags.joined(separator: ", "))
        field("Requester", "\(detail.requester.name) <\(detail.requester.email)>" + (detail.organization.map { ", \($0)" } ?? ""))
        field("Assignee", detail.assignee.map { "\($0.name) (\($0.login))" } ?? "unassigned")
        field("Created", LocalTime.minute(ticket.createdAt))
        field("Updated", LocalTime.minute(ticket.updatedAt))
        field("First reply", TicketWording.clock(done: ticket.firstRespondedAt, due: ticket.firstResponseDue, status: ticket.status,
                                                 now: now, doneWord: "answered"))
        field("Resolution", TicketWording.clock(done: ticket.solvedAt, due: ticket.resolutionDue, status: ticket.status,
                                                now: now, doneWord: "solved"))
        lines.append("")
        lines.append("Conversation")
        for entry in detail.messages {
            lines.append("── \(Sanitizer.line(entry.authorName)) · \(TicketWording.messageKind(entry)) · \(LocalTime.minute(entry.message.createdAt))")
            for line in Output.text(entry.message.body).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("   " + line)
            }
            for file in entry.attachments {
                lines.append("   attached #\(file.id): " + Sanitizer.line(file.summary))
            }
        }
        lines.append("")
        lines.append("History")
        for event in detail.events {
            lines.append("  " + LocalTime.minute(event.at) + "  " + Sanitizer.line(EventText.describe(event)))
        }
        return lines.joined(separator: "\n")
    }
}
