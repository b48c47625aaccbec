/// The short text of an SLA clock shown in queues and details: "3h 20m" left, "-45m" overdue,
/// "paused" while pending, "—" once the ticket is done.
public enum SLACountdown {
    public static func text(status: TicketStatus, nextDue: Int64, now: Int64) -> String {
        switch SLAState.of(status: status, nextDue: nextDue, now: now) {
        case .stopped: "—"
        case .paused: "paused"
        default: duration(nextDue - now)
        }
    }

    /// "2d 4h", "3h 20m", "12m", with a leading "-" when negative.
    public static func duration(_ seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : ""
        let total = abs(seconds)
        let days = total / 86_400, hours = (total % 86_400) / 3600, minutes = (total % 3600) / 60
        if days > 0 { return "\(sign)\(days)d \(hours)h" }
        if hours > 0 { return "\(sign)\(hours)h \(minutes)m" }
        return "\(sign)\(minutes)m"
    }
}
