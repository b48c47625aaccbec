import HelpdeskCore

/// Names a reply or note being written, so its draft file can be found again.
public struct DraftKey: Equatable, Sendable, Hashable {
    public enum Kind: String, Sendable { case reply, note }

    public var ticketId: Int64
    public var kind: Kind

    public init(ticketId: Int64, kind: Kind) {
        self.ticketId = ticketId
        self.kind = kind
    }
}

/// A reply or note to write in the editor: the ticket (its version and subject) it is based on, the text to start
/// from (a filled macro, or empty), and the fields a macro sets along with it.
public struct Composition: Equatable, Sendable {
    public var key: DraftKey
    public var version: Int64
    /// The ticket's subject, for the composer's title and the question before sending.
    public var subject: String
    public var initialText: String
    public var extraActions: [TicketAction]
    public var macroName: String?
    /// The knowledge-base article the text came from: counted as sent when the reply goes out.
    public var articleId: Int64?

    /// The files attached before sending (`a` at the question), in `extraActions`.
    public var attachedFiles: [NewAttachment] {
        extraActions.compactMap { if case .attach(let file) = $0 { file } else { nil } }
    }

    public init(key: DraftKey, version: Int64, subject: String = "", initialText: String = "", extraActions: [TicketAction] = [],
                macroName: String? = nil, articleId: Int64? = nil) {
        self.key = key
        self.version = version
        self.subject = subject
        self.initialText = initialText
        self.extraActions = extraActions
        self.macroName = macroName
        self.articleId = articleId
    }
}

/// The inline editor, used when neither `$VISUAL` nor `$EDITOR` is set: the text being written
/// for a composition. Every change is saved to the draft file.
public struct Composer: Equatable, Sendable {
    public var composition: Composition
    public var area: TextArea
}

extension Composition {
    /// "Reply to #1042 VPN-Verbindung …" / "Internal note on #1042 …".
    public var title: String {
        (key.kind == .reply ? "Reply to " : "Internal note on ") + TicketLabel.text(id: key.ticketId, subject: subject)
            + (macroName.map { " — \($0)" } ?? "")
    }
}
