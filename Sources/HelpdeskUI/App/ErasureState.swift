import HelpdeskCore

/// `E` in the requester overlay: erasing the requester for good (admins). It cannot be undone, so
/// it takes two steps on the bottom line over the overlay — the reason (kept in the log, without
/// their name), then y — and Esc or n at either step goes back to the overlay with nothing changed.
public struct ErasureState: Equatable, Sendable {
    /// The overlay it was started from, shown underneath and returned to.
    public var overlay: RequesterState
    /// Who is erased: the overlay's requester when `E` was pressed.
    public var requester: RequesterSummary
    public var step: Step

    public enum Step: Equatable, Sendable {
        case reason(TextInput)
        case confirm(reason: String)
    }

    public init(overlay: RequesterState, requester: RequesterSummary, step: Step = .reason(TextInput())) {
        self.overlay = overlay
        self.requester = requester
        self.step = step
    }

    /// The bottom line while the reason is typed.
    public var reasonLabel: String { "Erase \(requester.name) for good — reason (kept in the log, without their name): " }

    /// The last question; what matters first, for narrow terminals.
    public var question: String {
        let tickets = requester.totalTickets
        return "(y/n) Erase \(requester.name) <\(requester.email)> for good? It cannot be undone: their name, address and all "
            + "they wrote in \(tickets) ticket\(tickets == 1 ? "" : "s") become [redacted]"
    }
}
