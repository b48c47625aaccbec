/// Words the CLI (`ticket show`) and the TUI's detail pane both print about a ticket, written once
/// so the two never drift apart.
public enum TicketWording {
    /// What a message in the conversation is: "internal note", "reply" (an agent's answer) or
    /// "requester" (the requester's own words).
    public static func messageKind(_ entry: TicketDetail.ThreadEntry) -> String {
        let kind = entry.message.isInternal ? "internal note" : entry.authorIsAgent ? "reply" : "requester"
        return entry.delivery.map { "\(kind) · \($0.summary)" } ?? kind
    }

    /// One SLA clock: "answered 2026-11-18 09:12" once done (`doneWord` says how), otherwise
    /// "due 2026-11-18 13:00 (2h 10m)" with the countdown (or "paused", or "—" when stopped).
    /// Times are local, to the minute (`LocalTime.minute`).
    public static func clock(done: Int64?, due: Int64, status: TicketStatus, now: Int64, doneWord: String) -> String {
        if let done { return "\(doneWord) \(LocalTime.minute(done))" }
        return "due \(LocalTime.minute(due)) (\(SLACountdown.text(status: status, nextDue: due, now: now)))"
    }
}
