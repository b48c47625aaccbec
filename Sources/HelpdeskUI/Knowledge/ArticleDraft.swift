import HelpdeskCore

/// "Draft an article from this ticket": the problem as the requester told it, the resolution as
/// the agents answered, ready to be cleaned up in the editor.
enum ArticleDraft {
    static func from(_ detail: TicketDetail) -> ArticleDocument {
        let opening = detail.messages.first { !$0.authorIsAgent }?.message.body ?? ""
        let answers = detail.messages.filter { $0.authorIsAgent && !$0.message.isInternal }.map(\.message.body)
        let body = """
            ## Problem

            \(opening.trimmingCharacters(in: .whitespacesAndNewlines))

            ## Solution

            \((answers.last ?? "").trimmingCharacters(in: .whitespacesAndNewlines))

            (Drafted from ticket #\(detail.ticket.id ?? 0); remove names and anything personal before saving.)
            """
        return ArticleDocument(title: detail.ticket.subject, tags: detail.tags + (detail.ticket.category.map { [$0] } ?? []), body: body)
    }
}
