import Foundation
import HelpdeskCore

/// The selected ticket: header fields, both SLA clocks, the conversation (internal notes set
/// apart from public replies), and the history.
enum DetailPane {
    static func render(_ state: AppState, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        guard let detail = state.detail.detail else {
            let text = state.detail.error ?? (state.queue.rows.isEmpty ? "No ticket selected." : "Loading…")
            buffer.put(text, x: area.x + 1, y: area.y, style: theme.style(.empty), maxWidth: area.width - 1)
            return
        }
        let lines = self.lines(detail, width: area.width, now: state.now, presence: state.detail.presence, links: state.detail.links)
        let scroll = min(state.detail.scroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            line.draw(in: &buffer, x: area.x, y: area.y + offset, width: area.width, theme: theme)
        }
    }

    static func lines(_ detail: TicketDetail, width: Int, now: Int64, presence: [Presence.Entry] = [], links: [ArticleLink] = []) -> [StyledLine] {
        let ticket = detail.ticket
        var lines: [StyledLine] = []
        for (index, line) in TextWrap.wrap("#\(ticket.id ?? 0)  \(ticket.subject)", width: width).enumerated() {
            lines.append(StyledLine(line, index == 0 ? .kbTitle : .kbTitle))
        }
        func field(_ pairs: [(String, String, ThemeRole)]) {
            var spans: [(text: String, role: ThemeRole)] = []
            for (index, (label, value, role)) in pairs.enumerated() {
                spans.append(((index == 0 ? "" : "   ") + label + " ", .detailLabel))
                spans.append((value, role))
            }
            lines.append(StyledLine(spans))
        }
        field([("Status", ticket.status.rawValue, RoleNames.role(for: ticket.status)),
               ("Priority", ticket.priority.name, RoleNames.role(for: ticket.priority)),
               ("Tier", String(ticket.tier), .detailValue)])
        field([("Category", ticket.category ?? "—", .detailValue), ("Channel", ticket.channel.rawValue, .detailValue),
               ("Tags", detail.tags.isEmpty ? "—" : detail.tags.joined(separator: ", "), .detailValue)])
        field([("Requester", "\(detail.requester.name) <\(detail.requester.email)>", .detailValue)])
        field([("Organization", detail.organization ?? "—", .detailValue)])
        field([("Assignee", detail.assignee.map { "\($0.name) (\($0.login))" } ?? "unassigned", detail.assignee == nil ? .dim : .detailValue)])
        if !presence.isEmpty {
            // Someone replying right now matters most: a second answer would cross theirs.
            let text = presence.map { "\($0.login) \($0.activity.rawValue)" }.joined(separator: " · ")
            field([("Also here", text, presence.contains { $0.activity == .replying } ? .slaAtRisk : .detailValue)])
        }
        field([("Created", DetailPane.time(ticket.createdAt), .detailValue), ("Updated", DetailPane.time(ticket.updatedAt), .detailValue)])
        field([("First reply", clock(done: ticket.firstRespondedAt, due: ticket.firstResponseDue, status: ticket.status, now: now, doneWord: "answered"),
                clockRole(done: ticket.firstRespondedAt, due: ticket.firstResponseDue, status: ticket.status, now: now)),
               ("Resolution", clock(done: ticket.solvedAt, due: ticket.resolutionDue, status: ticket.status, now: now, doneWord: "solved"),
                clockRole(done: ticket.solvedAt, due: ticket.resolutionDue, status: ticket.status, now: now))])

        lines.append(StyledLine("", .dim))
        lines.append(StyledLine(section("Conversation (\(detail.messages.count))", width: width), .paneTitle))
        for entry in detail.messages {
            let kind = entry.message.isInternal ? "internal note" : entry.authorIsAgent ? "reply" : "requester"
            let marker = entry.message.isInternal ? "▌ " : "  "
            lines.append(StyledLine([(marker, entry.message.isInternal ? .noteInternal : .dim),
                                     ("\(entry.authorName) · \(kind) · \(DetailPane.time(entry.message.createdAt))", .messageHeader)]))
            let bodyRole: ThemeRole = entry.message.isInternal ? .noteInternal : .messagePublic
            for line in TextWrap.wrap(entry.message.body, width: max(1, width - 2)) {
                lines.append(StyledLine([(entry.message.isInternal ? "▌ " : "  ", bodyRole), (line, bodyRole)]))
            }
            lines.append(StyledLine("", .dim))
        }
        if !links.isEmpty {
            lines.append(StyledLine(section("Linked articles (\(links.count))", width: width), .paneTitle))
            for link in links {
                let sent = link.timesSent > 0 ? " · sent \(link.timesSent)×" : ""
                lines.append(StyledLine([("#\(link.articleId) ", .detailLabel), (link.title + sent, .detailValue)]))
            }
            lines.append(StyledLine("", .dim))
        }
        lines.append(StyledLine(section("History (\(detail.events.count))", width: width), .paneTitle))
        for event in detail.events {
            let text = DetailPane.time(event.at) + "  " + EventText.describe(event)
            for (index, line) in TextWrap.wrap(text, width: max(1, width - 2)).enumerated() {
                lines.append(StyledLine((index == 0 ? "" : "    ") + line, .event))
            }
        }
        return lines
    }

    static func section(_ title: String, width: Int) -> String {
        "── " + title + " " + String(repeating: "─", count: max(0, width - TextWidth.width(title) - 4))
    }

    static func clock(done: Int64?, due: Int64, status: TicketStatus, now: Int64, doneWord: String) -> String {
        if let done { return "\(doneWord) \(time(done))" }
        return "due \(time(due)) (\(SLACountdown.text(status: status, nextDue: due, now: now)))"
    }

    static func clockRole(done: Int64?, due: Int64, status: TicketStatus, now: Int64) -> ThemeRole {
        done != nil ? .detailValue : RoleNames.role(for: SLAState.of(status: status, nextDue: due, now: now))
    }

    /// Local time, the way agents read it.
    static func time(_ seconds: Int64) -> String {
        LocalTime.minute(seconds)
    }
}
