import HelpdeskCore

/// The lines of the detail pane for one ticket: header fields, both SLA clocks, the
/// conversation (internal notes set apart from public replies), linked articles and the
/// history. Pure: the detail controller counts them to bound scrolling, the pane draws them.
public enum DetailLines {
    /// Below this many lines of pane (80×24 has 10), the header takes three lines instead of eight, so the
    /// conversation starts on the first screen (80×24).
    public static let compactBelowHeight = 16

    /// `showQuoted`: requesters' messages whole; else what they newly wrote, the quoted history
    /// and signature folded into one line (QuotedText).
    public static func lines(_ detail: TicketDetail, width: Int, height: Int = .max, now: Int64, presence: [Presence.Entry] = [],
                             links: [ArticleLink] = [], showQuoted: Bool = false) -> [StyledLine] {
        var lines = TextWrap.wrap("#\(detail.ticket.id ?? 0)  \(detail.ticket.subject)", width: width).map { StyledLine($0, .kbTitle) }
        lines += height < compactBelowHeight ? compactHeader(detail, now: now, presence: presence)
                                             : header(detail, now: now, presence: presence)
        lines.append(StyledLine("", .dim))
        lines.append(StyledLine(section("Conversation (\(detail.messages.count))", width: width), .paneTitle))
        for entry in detail.messages {
            let internalNote = entry.message.isInternal
            let marker = internalNote ? "▌ " : "  "
            lines.append(StyledLine([(marker, internalNote ? .noteInternal : .dim),
                                     ("\(entry.authorName) · \(TicketWording.messageKind(entry)) · \(LocalTime.minute(entry.message.createdAt))", .messageHeader)]))
            let bodyRole: ThemeRole = internalNote ? .noteInternal : .messagePublic
            var body = entry.message.body
            var folded = false
            if !entry.authorIsAgent, !internalNote, !showQuoted {
                let split = QuotedText.split(body)
                if split.quoted != nil { body = split.new; folded = true }
            }
            for line in TextWrap.wrap(body, width: max(1, width - 2)) {
                lines.append(StyledLine([(marker, bodyRole), (line, bodyRole)]))
            }
            if folded { lines.append(StyledLine([(marker, .dim), ("… quoted text and signature folded (Q shows them)", .dim)])) }
            for file in entry.attachments {
                lines.append(StyledLine([(marker, bodyRole), ("attached ", .detailLabel), (file.summary, file.isErased ? .dim : .detailValue)]))
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
            let text = LocalTime.minute(event.at) + "  " + EventText.describe(event)
            for (index, line) in TextWrap.wrap(text, width: max(1, width - 2)).enumerated() {
                lines.append(StyledLine((index == 0 ? "" : "    ") + line, .event))
            }
        }
        return lines
    }

    /// Eight lines: every field with its label.
    static func header(_ detail: TicketDetail, now: Int64, presence: [Presence.Entry]) -> [StyledLine] {
        let ticket = detail.ticket
        var lines = [
            fields([("Status", ticket.status.rawValue, RoleNames.role(for: ticket.status)),
                    ("Priority", ticket.priority.name, RoleNames.role(for: ticket.priority)),
                    ("Tier", String(ticket.tier), .detailValue)]),
            fields([("Category", ticket.category ?? "—", .detailValue), ("Channel", ticket.channel.rawValue, .detailValue),
                    ("Tags", detail.tags.isEmpty ? "—" : detail.tags.joined(separator: ", "), .detailValue)]),
            fields([("Requester", "\(detail.requester.name) <\(detail.requester.email)>", .detailValue)]),
            fields([("Organization", detail.organization ?? "—", .detailValue)]),
            fields([("Assignee", detail.assignee.map { "\($0.name) (\($0.login))" } ?? "unassigned", detail.assignee == nil ? .dim : .detailValue)]),
        ]
        if let line = presenceLine(presence) { lines.append(line) }
        lines.append(fields([("Created", LocalTime.minute(ticket.createdAt), .detailValue), ("Updated", LocalTime.minute(ticket.updatedAt), .detailValue)]))
        lines.append(clocks(ticket, now: now))
        return lines
    }

    /// Three lines (four with others here): the same facts, unlabelled where the value says
    /// what it is; the assignee as "→ login".
    static func compactHeader(_ detail: TicketDetail, now: Int64, presence: [Presence.Entry]) -> [StyledLine] {
        let ticket = detail.ticket
        var facts: [(text: String, role: ThemeRole)] = [
            (ticket.status.rawValue, RoleNames.role(for: ticket.status)), (" · ", .dim),
            (ticket.priority.name, RoleNames.role(for: ticket.priority)), (" · tier \(ticket.tier) · ", .detailValue),
            (detail.assignee.map { "→ \($0.login)" } ?? "unassigned", detail.assignee == nil ? .dim : .detailValue),
            (" · " + (ticket.category ?? "no category") + " · \(ticket.channel.rawValue)", .detailValue),
        ]
        if !detail.tags.isEmpty { facts.append((" · " + detail.tags.map { "#\($0)" }.joined(separator: " "), .detailValue)) }
        var lines = [
            StyledLine(facts),
            StyledLine("\(detail.requester.name) <\(detail.requester.email)>" + (detail.organization.map { ", \($0)" } ?? ""), .detailValue),
        ]
        if let line = presenceLine(presence) { lines.append(line) }
        lines.append(clocks(ticket, now: now))
        return lines
    }

    static func presenceLine(_ presence: [Presence.Entry]) -> StyledLine? {
        guard !presence.isEmpty else { return nil }
        // Someone replying right now matters most: a second answer would cross theirs.
        let text = presence.map { "\($0.login) \($0.activity.rawValue)" }.joined(separator: " · ")
        return fields([("Also here", text, presence.contains { $0.activity == .replying } ? .slaAtRisk : .detailValue)])
    }

    static func clocks(_ ticket: Ticket, now: Int64) -> StyledLine {
        fields([("First reply", TicketWording.clock(done: ticket.firstRespondedAt, due: ticket.firstResponseDue, status: ticket.status, now: now, doneWord: "answered"),
                 clockRole(done: ticket.firstRespondedAt, due: ticket.firstResponseDue, status: ticket.status, now: now)),
                ("Resolution", TicketWording.clock(done: ticket.solvedAt, due: ticket.resolutionDue, status: ticket.status, now: now, doneWord: "solved"),
                 clockRole(done: ticket.solvedAt, due: ticket.resolutionDue, status: ticket.status, now: now))])
    }

    static func fields(_ pairs: [(String, String, ThemeRole)]) -> StyledLine {
        var spans: [(text: String, role: ThemeRole)] = []
        for (index, (label, value, role)) in pairs.enumerated() {
            spans.append(((index == 0 ? "" : "   ") + label + " ", .detailLabel))
            spans.append((value, role))
        }
        return StyledLine(spans)
    }

    static func section(_ title: String, width: Int) -> String {
        "── " + title + " " + String(repeating: "─", count: max(0, width - TextWidth.width(title) - 4))
    }

    static func clockRole(done: Int64?, due: Int64, status: TicketStatus, now: Int64) -> ThemeRole {
        done != nil ? .detailValue : RoleNames.role(for: SLAState.of(status: status, nextDue: due, now: now))
    }
}
