import HelpdeskCore

/// Which theme role colours a priority, a status or an SLA state.
enum RoleNames {
    static func role(for priority: Priority) -> ThemeRole {
        switch priority {
        case .low: .priorityLow
        case .normal: .priorityNormal
        case .high: .priorityHigh
        case .urgent: .priorityUrgent
        }
    }

    static func role(for status: TicketStatus) -> ThemeRole {
        switch status {
        case .new: .statusNew
        case .open: .statusOpen
        case .pending: .statusPending
        case .onHold: .statusOnHold
        case .solved: .statusSolved
        case .closed: .statusClosed
        }
    }

    static func role(for sla: SLAState) -> ThemeRole {
        switch sla {
        case .ok: .slaOk
        case .atRisk: .slaAtRisk
        case .breached: .slaBreached
        case .paused, .stopped: .dim
        }
    }
}
