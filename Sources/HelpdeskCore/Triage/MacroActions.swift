import Foundation

extension Macro {
    /// What sending this macro to a ticket does, as one change: the reply, then each field the
    /// macro sets that the ticket does not already have. A field that already holds is left out,
    /// because `TicketService` refuses the whole change when one action has nothing to change —
    /// and a reply already moves a new ticket to open, so "Working on it" (which sets open)
    /// would otherwise fail on every new ticket. Send it based on `detail.ticket.version`, so the
    /// choice cannot go stale.
    public func actions(reply text: String, for detail: TicketDetail) -> [TicketAction] {
        let statusAfterReply: TicketStatus = detail.ticket.status == .new ? .open : detail.ticket.status
        let tags = Set(detail.tags)
        var actions: [TicketAction] = [.reply(text)]
        for action in fieldActions {
            switch action {
            case .setCategory(let category):
                let normalized = category?.trimmingCharacters(in: .whitespaces).lowercased()
                if normalized != detail.ticket.category { actions.append(action) }
            case .setPriority(let priority):
                if priority != detail.ticket.priority { actions.append(action) }
            case .addTags(let added):
                let missing = added.filter { !tags.contains($0) }
                if !missing.isEmpty { actions.append(.addTags(missing)) }
            case .setStatus(let status):
                if status != statusAfterReply { actions.append(action) }
            default:
                actions.append(action)
            }
        }
        return actions
    }
}
