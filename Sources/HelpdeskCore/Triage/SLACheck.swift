import GRDB

/// What `helpdesk sla check` found: every running ticket past its deadline, and what was done
/// to the ones that breached since the last check.
public struct SLACheckReport: Sendable, Equatable {
    public struct Breach: Sendable, Equatable {
        public var ticketId: Int64
        public var subject: String
        public var tier: Int
        public var overdue: Int64
        /// True when this check flagged (or escalated) it; false when an earlier check did.
        public var isNew: Bool
    }

    public var breaches: [Breach] = []
    public var escalated: [Int64] = []
}

extension TicketService {
    /// The tag that marks a ticket a check has already dealt with.
    public static let breachTag = "sla-breached"

    /// Finds running tickets past their deadline (most overdue first, at most `limit`) and deals
    /// with the new ones per the breach rule: tag them `sla-breached`, and with the `escalate`
    /// rule also move them up a tier. Supervisors and admins only (it changes anyone's tickets).
    public func checkSLA(limit: Int = 10_000) throws -> SLACheckReport {
        guard actor.role != .agent else {
            throw HelpdeskError.permissionDenied("only a supervisor or an admin may run the SLA check: nothing was changed")
        }
        return try store.write { db in
            let now = store.now
            let settings = try HelpdeskStore.slaSettings(db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.id, t.subject, t.tier, t.next_due,
                       EXISTS (SELECT 1 FROM ticket_tags g WHERE g.ticket_id = t.id AND g.tag = ?) AS flagged
                FROM tickets t
                WHERE t.is_open = 1 AND t.status <> 'pending' AND t.next_due < ?
                ORDER BY t.next_due LIMIT ?
                """, arguments: [Self.breachTag, now, limit])
            var report = SLACheckReport()
            for row in rows {
                let id: Int64 = row["id"], tier: Int = row["tier"], due: Int64 = row["next_due"], flagged: Bool = row["flagged"]
                report.breaches.append(.init(ticketId: id, subject: row["subject"], tier: tier, overdue: now - due, isNew: !flagged))
                guard !flagged else { continue }
                var actions: [TicketAction] = [.addTags([Self.breachTag])]
                if settings.breachAction == .escalate && tier < 3 {
                    actions.append(.escalate(tier: tier + 1, reason: "SLA breached: \(SLACountdown.duration(now - due)) overdue"))
                    report.escalated.append(id)
                }
                _ = try apply(actions, to: id, basedOn: nil, db, bulk: false)
            }
            return report
        }
    }
}
