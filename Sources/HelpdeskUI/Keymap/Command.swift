/// Everything a key can be bound to. The raw value is the name used in keys.toml, the help
/// overlay and docs/keybindings.md.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "move-down", moveUp = "move-up"
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom
    case open, back, quit
    case focusNext = "focus-next", focusPrevious = "focus-previous", zoom
    case filter, command, help, refresh, suspend
    case mark, search
    case markAll = "mark-all"
    case take, assign, setStatus = "status", setPriority = "priority", setCategory = "category", tags, setChannel = "channel"
    case escalate, deescalate, reply, note, macro, link, merge, undo
    /// The current ticket's requester and their other tickets (a read: allowed in read-only sessions).
    case requester
    /// In the requester overlay: erase the requester for good (admins; a reason, then y).
    case eraseRequester = "erase-requester"
    /// In the detail pane: show or fold the quoted history and signatures of requesters' mails.
    case quotedText = "quoted-text"
    /// A file of the current ticket: text in the pager, others in the desktop's viewer, else saved.
    case openAttachment = "open-attachment"
    case insertArticle = "insert-article", linkArticle = "link-article", editArticle = "edit-article"
    case view1 = "view-1", view2 = "view-2", view3 = "view-3", view4 = "view-4", view5 = "view-5"
    case view6 = "view-6", view7 = "view-7", view8 = "view-8", view9 = "view-9"
    // The keys of modes: input lines, pickers, confirmations, the inline editor.
    case accept, cancel, complete
    case confirm, deny, editAgain = "edit-again"
    /// Before a reply or note is sent: add a file to it (a path prompt).
    case attachFile = "attach-file"
    case send

    /// For `view-N`, the view index N − 1.
    public var viewIndex: Int? {
        guard rawValue.hasPrefix("view-"), let number = Int(rawValue.dropFirst(5)) else { return nil }
        return number - 1
    }

    /// Commands that change tickets or articles (or prepare such a change): refused at the key
    /// and left out of the bottom line and the help in read-only mode.
    public var changesData: Bool {
        switch self {
        case .mark, .markAll, .take, .assign, .setStatus, .setPriority, .setCategory, .tags, .setChannel, .escalate, .deescalate,
             .reply, .note, .macro, .link, .merge, .undo, .insertArticle, .linkArticle, .editArticle, .eraseRequester:
            true
        default:
            false
        }
    }
}
