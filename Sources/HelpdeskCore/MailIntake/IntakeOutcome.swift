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
    /// A bounce of a mail this helpdesk sent: marked on that delivery, noted on its ticket.
    case bounced(ticketId: Int64)
    /// A bounce of nothing this helpdesk sent (logged as `mail.bounce`, not stored).
    case unmatchedBounce

    /// The ticket it went to; 0 for an unmatched bounce, which went to none.
    public var ticketId: Int64 {
        switch self {
        case .created(let id), .added(let id), .followUp(let id, _), .duplicate(let id), .bounced(let id): id
        case .unmatchedBounce: 0
        }
    }

    /// One line for the CLI.
    public var summary: String {
        switch self {
        case .created(let id): "new ticket #\(id)"
        case .added(let id): "added to #\(id)"
        case .followUp(let id, let old): "new ticket #\(id), following the closed #\(old)"
        case .duplicate(let id): "already stored (#\(id)): nothing new"
        case .bounced(let id): "a bounce of a mail on #\(id): noted there"
        case .unmatchedBounce: "a bounce of no mail sent from here: logged, not stored"
        }
    }
}

/// A message refused on purpose (too big, no sender): the MTA bounces it (EX_DATAERR, 65).
/// Everything else that goes wrong is temporary for the MTA (EX_TEMPFAIL, 75): it tries again.
public struct MailRefusal: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
