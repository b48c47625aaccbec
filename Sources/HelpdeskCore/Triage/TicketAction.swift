/// Everything an agent can do to a ticket. The TUI, the CLI and bulk actions all describe their
/// intent as one of these and hand it to `TicketService`, which checks and records it.
public enum TicketAction: Sendable, Equatable {
    case take
    case assign(login: String)
    case unassign
    case setStatus(TicketStatus)
    case setPriority(Priority)
    case setCategory(String?)
    case addTags([String])
    case removeTags([String])
    case setChannel(Channel)
    /// Up to `tier` with a mandatory reason; the assignee is cleared unless one of that tier is named.
    case escalate(tier: Int, reason: String, assignee: String? = nil)
    /// Back down to `tier` with a note for the agents there (kept as an internal note).
    case deescalate(tier: Int, note: String, assignee: String? = nil)
    /// A public answer to the requester.
    case reply(String)
    /// An internal note, never shown to the requester.
    case note(String)
    /// A file with the reply or note added earlier in the same change (a reply's mail carries it).
    case attach(NewAttachment)
    /// The requester wrote back: a pending ticket opens again and its SLA clock resumes.
    case requesterReply(String)
    /// Marks this ticket as a duplicate of another (both stay as they are).
    case link(duplicateOf: Int64)
    /// Closes this ticket into another: its conversation is copied there and it points to it.
    case merge(into: Int64)

    /// The name used in the event log and in messages.
    public var name: String {
        switch self {
        case .take, .assign: "assign"
        case .unassign: "unassign"
        case .setStatus: "status"
        case .setPriority: "priority"
        case .setCategory: "category"
        case .addTags, .removeTags: "tags"
        case .setChannel: "channel"
        case .escalate: "escalate"
        case .deescalate: "deescalate"
        case .reply: "reply"
        case .note: "note"
        case .attach: "attach"
        case .requesterReply: "requester-reply"
        case .link: "link"
        case .merge: "merge"
        }
    }

    /// Whether the change can be taken back: field changes can, anything the requester may
    /// already have seen (a reply) or that rewrote other tickets (merge) cannot.
    public var isUndoable: Bool {
        switch self {
        case .reply, .note, .attach, .requesterReply, .merge, .link: false
        default: true
        }
    }

    /// Whether this action hands a ticket to someone else (supervisors only, in bulk).
    var reassigns: Bool {
        switch self {
        case .assign, .unassign: true
        default: false
        }
    }
}
