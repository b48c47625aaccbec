import HelpdeskCore

/// `helpdesk request show` as text: what the requester may see of their ticket.
enum OwnRequestText {
    static func render(_ detail: OwnRequestDetail) -> String {
        let request = detail.request
        var lines = ["#\(request.id)  \(Output.text(Sanitizer.line(request.subject)))"]
        func field(_ name: String, _ value: String) {
            lines.append("  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + Sanitizer.line(value))
        }
        field("Status", request.mergedInto.map { "merged into #\($0)" } ?? request.status.rawValue)
        field("Handled by", request.assignee ?? "not yet assigned")
        field("Filed", LocalTime.minute(detail.createdAt))
        field("Updated", LocalTime.minute(request.updatedAt))
        lines.append("")
        if detail.messages.isEmpty { lines.append("No messages yet.") }
        for message in detail.messages {
            let author = switch message.author {
            case .you: "You"
            case .agent(let name): Sanitizer.line(name) + " (support)"
            case .someoneElse: "Someone else"
            }
            lines.append("── \(author) · \(LocalTime.minute(message.createdAt))")
            for line in Output.text(message.body).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("   " + line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
