import HelpdeskCore

/// What a picker or prompt is for, so its answer becomes the right action.
public enum TriagePurpose: Equatable, Sendable {
    case assign, status, priority, channel, macro
    /// After the reason: who in the new tier gets it (or nobody: it waits in that tier's queue).
    case escalateAssignee(tier: Int, reason: String)
    case escalate(tier: Int), deescalate(tier: Int), category, tags, link, merge
    /// Which part of an article goes into the reply (the whole article, or one section).
    case articleSection(articleId: Int64)
    /// Which file of the ticket to open (`o`); then, when it cannot be shown here, where to save it.
    case attachment
    case saveAttachment(StoredAttachment)
    /// A path to attach to the reply or note waiting for its yes (back to that question after).
    case attachFile(Confirmation)
}
