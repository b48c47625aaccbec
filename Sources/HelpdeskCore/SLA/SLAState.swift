/// How a ticket stands against its running SLA deadline (`next_due`).
/// The clock only runs for open tickets that are not pending (pending = waiting on the requester).
public enum SLAState: String, Sendable, CaseIterable {
    case ok, atRisk = "at-risk", breached, paused, stopped

    /// A deadline closer than this is "at risk".
    public static let atRiskWindow: Int64 = 2 * 3600

    public static func of(status: TicketStatus, nextDue: Int64, now: Int64) -> SLAState {
        if !status.isOpen { return .stopped }
        if status == .pending { return .paused }
        if nextDue < now { return .breached }
        return nextDue < now + atRiskWindow ? .atRisk : .ok
    }

    /// SQL for tickets in this state, over `tickets t`, with `now` bound twice where needed.
    static func sql(_ state: String, now: Int64) -> (String, [Int64]) {
        let running = "t.is_open = 1 AND t.status <> 'pending'"
        switch state {
        case "breached": return ("(\(running) AND t.next_due < ?)", [now])
        case "at-risk": return ("(\(running) AND t.next_due >= ? AND t.next_due < ?)", [now, now + atRiskWindow])
        default: return ("(\(running) AND t.next_due >= ?)", [now + atRiskWindow])
        }
    }
}
