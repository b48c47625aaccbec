import Foundation
import GRDB

/// Articles in use: linked to the tickets they answer and sent in replies, counted per article
/// (the deflection figures). Each link is an event in the ticket's history, in the same transaction.
extension HelpdeskStore {
    /// Links an article to a ticket (any active agent may: it changes nothing the requester sees).
    /// Linking it again is refused, so the count stays one per ticket.
    @discardableResult
    public func linkArticle(_ articleId: Int64, toTicket ticketId: Int64, actor: String) throws -> ArticleLink {
        let now = self.now
        return try write { db in
            _ = try Self.kbAuthor(db, actor)
            let article = try Self.article(db, articleId)
            _ = try TicketService.ticket(db, ticketId)
            if try Self.link(db, articleId, ticketId) != nil {
                throw HelpdeskError.invalidInput("article \(articleId) is already linked to #\(ticketId): nothing was changed")
            }
            try Self.insertLink(db, article: article, ticketId: ticketId, actor: actor, now: now)
            return try Self.link(db, articleId, ticketId)!
        }
    }

    /// Records that an article was sent in a reply on a ticket (the TUI's "insert into reply"):
    /// counts it, links the article to the ticket if it was not yet, and logs it on the ticket.
    @discardableResult
    public func recordArticleSent(articleId: Int64, ticketId: Int64, actor: String) throws -> ArticleLink {
        let now = self.now
        return try write { db in
            _ = try Self.kbAuthor(db, actor)
            let article = try Self.article(db, articleId)
            _ = try TicketService.ticket(db, ticketId)
            if try Self.link(db, articleId, ticketId) == nil {
                try Self.insertLink(db, article: article, ticketId: ticketId, actor: actor, now: now)
            }
            try db.execute(sql: "UPDATE ticket_kb_links SET times_sent = times_sent + 1 WHERE ticket_id = ? AND article_id = ?",
                           arguments: [ticketId, articleId])
            try db.execute(sql: "UPDATE kb_articles SET times_sent = times_sent + 1 WHERE id = ?", arguments: [articleId])
            try TicketEvent(ticketId: ticketId, actor: actor, at: now, action: "kb.sent", newValue: "#\(articleId) \(article.title)").insert(db)
            return try Self.link(db, articleId, ticketId)!
        }
    }

    /// The articles linked to a ticket, in the order they were linked.
    public func linkedArticles(ticketId: Int64) throws -> [ArticleLink] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT l.*, a.title FROM ticket_kb_links l JOIN kb_articles a ON a.id = l.article_id
                WHERE l.ticket_id = ? ORDER BY l.linked_at, l.article_id
                """), arguments: [ticketId]).map(Self.link(from:))
        }
    }

    static func insertLink(_ db: Database, article: Article, ticketId: Int64, actor: String, now: Int64) throws {
        try db.execute(sql: "INSERT INTO ticket_kb_links(ticket_id, article_id, linked_by, linked_at) VALUES (?, ?, ?, ?)",
                       arguments: [ticketId, article.id, actor, now])
        try db.execute(sql: "UPDATE kb_articles SET times_linked = times_linked + 1 WHERE id = ?", arguments: [article.id])
        try TicketEvent(ticketId: ticketId, actor: actor, at: now, action: "kb.link", newValue: "#\(article.id!) \(article.title)").insert(db)
    }

    static func link(_ db: Database, _ articleId: Int64, _ ticketId: Int64) throws -> ArticleLink? {
        try Row.fetchOne(db, sql: """
            SELECT l.*, a.title FROM ticket_kb_links l JOIN kb_articles a ON a.id = l.article_id
            WHERE l.ticket_id = ? AND l.article_id = ?
            """, arguments: [ticketId, articleId]).map(link(from:))
    }

    static func link(from row: Row) -> ArticleLink {
        ArticleLink(ticketId: row["ticket_id"], articleId: row["article_id"], title: row["title"], linkedBy: row["linked_by"],
                    linkedAt: row["linked_at"], timesSent: row["times_sent"])
    }
}
