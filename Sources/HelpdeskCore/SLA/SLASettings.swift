import Foundation

/// The SLA configuration every process on the host shares (stored in the database's `settings`
/// table): the business calendar, a policy per priority, and what `helpdesk sla check` does
/// with a breached ticket.
public struct SLASettings: Codable, Sendable, Equatable {
    public var calendar: BusinessCalendar
    /// Keyed by priority name; a missing priority uses the standard policy.
    public var policies: [String: SLAPolicy]
    public var breachAction: SLABreachAction

    public init(calendar: BusinessCalendar = .standard, policies: [String: SLAPolicy] = [:], breachAction: SLABreachAction = .flag) {
        self.calendar = calendar
        self.policies = policies
        self.breachAction = breachAction
    }

    public static let standard = SLASettings()

    public func policy(for priority: Priority) -> SLAPolicy {
        policies[priority.name] ?? .standard(for: priority)
    }

    /// The first-response and resolution deadlines of a ticket created at `created`, with its
    /// clock paused for `pausedSeconds` so far.
    public func dueTimes(created: Int64, priority: Priority, pausedSeconds: Int64) -> (firstResponse: Int64, resolution: Int64) {
        let policy = policy(for: priority)
        return (policy.due(from: created, target: policy.firstResponseTarget, pausedSeconds: pausedSeconds, calendar: calendar),
                policy.due(from: created, target: policy.resolutionTarget, pausedSeconds: pausedSeconds, calendar: calendar))
    }
}

/// What `helpdesk sla check` does with a breached ticket: tag it `sla-breached` (and log it), or
/// also escalate it one tier.
public enum SLABreachAction: String, Codable, Sendable, CaseIterable {
    case flag, escalate
}
