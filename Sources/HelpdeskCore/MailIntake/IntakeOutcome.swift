/// What `MailIntake.receive` did with one message (the MTA only learns "stored": exit 0).
public enum IntakeOutcome: Equatable, Sendable {
    /// A new ticket.
    case created(ticketId: Int64)
    /// A reply added to an existing ticket's conversation.
    case added(ticketId: Int64)
    /// A reply to a closed ticket: a new ticket that follows it.
    case followUp(ticketId: Int64, follows: Int64)
    /// The same Message-ID was stored before (a second delivery): nothing new.
    case duplicate(ticketId: Int64)

    public var ticketId: Int64 {
        switch self {
        case .created(let id), .added(let id), .followUp(let id, _), .duplicate(let id): id
        }
    }

    /// One line for the CLI.
    public var summary: String {
        switch self {
        case .created(let id): "new ticket #\(id)"
        case .added(let id): "added to #\(id)"
        case .followUp(let id, let old): "new ticket #\(id), following the closed #\(old)"
        case .duplicate(let id): "already stored (#\(id)): nothing new"
        }
    }
}

/// A message refused on purpose (too big, no sender): the MTA bounces it (EX_DATAERR, 65).
/// Everything else that goes wrong is temporary for the MTA (EX_TEMPFAIL, 75): it tries again.
public struct MailRefusal: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
