import Foundation
import GRDB

/// The files of tickets (`attachments`) and their bytes (`mail_blobs`), stored once per content:
/// the same logo in every signature, or one PDF mailed to ten tickets, takes its space once.
/// Everything runs inside the caller's transaction (intake commits a mail's files with its ticket).
enum AttachmentStore {
    /// More files than this in one mail are not stored one by one (the raw mail keeps them all).
    static let maxFilesPerMessage = 200

    /// Stores the files of one message. Returns how many were stored.
    @discardableResult
    static func store(_ files: [MailAttachment], ticketId: Int64, messageRowId: Int64?, now: Int64, _ db: Database) throws -> Int {
        let kept = files.prefix(maxFilesPerMessage)
        for file in kept {
            let blob = try blobId(for: file.data, db)
            try db.execute(sql: """
                INSERT INTO attachments(ticket_id, message_row_id, blob_id, file_name, media_type, size, is_inline, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ticketId, messageRowId, blob, file.fileName, String(file.mediaType.prefix(255)),
                                 file.size, file.isInline, now])
        }
        return kept.count
    }

    /// The blob holding these bytes, inserted when new.
    private static func blobId(for data: [UInt8], _ db: Database) throws -> Int64 {
        let hash = SHA256.hex(data)
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM mail_blobs WHERE sha256 = ?"), arguments: [hash]) {
            return id
        }
        try db.execute(sql: "INSERT INTO mail_blobs(sha256, size, data) VALUES (?, ?, ?)", arguments: [hash, data.count, Data(data)])
        return db.lastInsertedRowID
    }

    /// A ticket's files in the order they came.
    static func list(ofTicket id: Int64, _ db: Database) throws -> [StoredAttachment] {
        try StoredAttachment.fetchAll(db.cachedStatement(sql: """
            SELECT id, ticket_id, message_row_id, blob_id, file_name, media_type, size, is_inline
            FROM attachments WHERE ticket_id = ? ORDER BY id
            """), arguments: [id])
    }

    /// The files of one message with their bytes, as a reply's mail carries them (erased ones left out).
    static func files(ofMessage messageRowId: Int64, _ db: Database) throws -> [MailAttachment] {
        try Row.fetchAll(db, sql: """
            SELECT a.file_name, a.media_type, b.data FROM attachments a JOIN mail_blobs b ON b.id = a.blob_id
            WHERE a.message_row_id = ? ORDER BY a.id
            """, arguments: [messageRowId]).map { row in
            MailAttachment(fileName: row["file_name"], mediaType: row["media_type"], data: [UInt8](row["data"] as Data),
                           contentID: nil, isInline: false)
        }
    }

    /// The bytes of file `id` of ticket `ticketId`; nil when there is no such file on that
    /// ticket or it was erased (a number from another ticket never reads its file).
    static func data(_ id: Int64, ofTicket ticketId: Int64, _ db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: """
            SELECT b.data FROM attachments a JOIN mail_blobs b ON b.id = a.blob_id WHERE a.id = ? AND a.ticket_id = ?
            """, arguments: [id, ticketId])
    }

    /// Erases files of a ticket (all of them, or those of the given messages): name and bytes
    /// go, the entry stays as "[redacted]"; blobs no other file uses are deleted. Returns whether
    /// anything changed.
    @discardableResult
    static func erase(ofTicket ticketId: Int64, messages: [Int64]? = nil, _ db: Database) throws -> Bool {
        var condition = "ticket_id = ? AND (blob_id IS NOT NULL OR file_name != ?)"
        var arguments: StatementArguments = [ticketId, Redaction.marker]
        if let messages {
            guard !messages.isEmpty else { return false }
            condition += " AND message_row_id IN (\(messages.map { _ in "?" }.joined(separator: ",")))"
            arguments += StatementArguments(messages)
        }
        let blobs = try Int64.fetchAll(db, sql: "SELECT DISTINCT blob_id FROM attachments WHERE \(condition) AND blob_id IS NOT NULL",
                                       arguments: arguments)
        try db.execute(sql: "UPDATE attachments SET blob_id = NULL, file_name = ? WHERE \(condition)",
                       arguments: [Redaction.marker] + arguments)
        guard db.changesCount > 0 else { return false }
        for blob in blobs {
            try db.execute(sql: "DELETE FROM mail_blobs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = ?)",
                           arguments: [blob, blob])
        }
        return true
    }

    /// Renames files of a ticket whose names mention the terms (an erased person's name in
    /// "cv-jana-novak.pdf" on someone else's ticket); the bytes stay.
    static func redactNames(ofTicket ticketId: Int64, terms: [String], _ db: Database) throws -> Bool {
        var changed = false
        for row in try Row.fetchAll(db, sql: "SELECT id, file_name FROM attachments WHERE ticket_id = ?", arguments: [ticketId]) {
            let name: String = row["file_name"]
            guard PersonalTerms.mentions(name, terms: terms) else { continue }
            try db.execute(sql: "UPDATE attachments SET file_name = ? WHERE id = ?", arguments: [Redaction.marker, row["id"] as Int64])
            changed = true
        }
        return changed
    }
}

extension HelpdeskStore {
    /// The files stored with a ticket (`helpdesk ticket attachment list`).
    public func attachments(ofTicket id: Int64) throws -> [StoredAttachment] {
        try read { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM tickets WHERE id = ?", arguments: [id]) != nil else {
                throw HelpdeskError.notFound("ticket \(id) does not exist")
            }
            return try AttachmentStore.list(ofTicket: id, db)
        }
    }

    /// The bytes of one file of a ticket; a clear error when the ticket has no such file or it was erased.
    public func attachmentData(_ id: Int64, ofTicket ticketId: Int64) throws -> Data {
        try read { db in
            if let data = try AttachmentStore.data(id, ofTicket: ticketId, db) { return data }
            let erased = try Bool.fetchOne(db, sql: "SELECT blob_id IS NULL FROM attachments WHERE id = ? AND ticket_id = ?",
                                           arguments: [id, ticketId])
            throw HelpdeskError.notFound(erased == true ? "attachment \(id) of ticket \(ticketId) was erased"
                                                        : "ticket \(ticketId) has no attachment \(id) (see: helpdesk ticket attachment list \(ticketId))")
        }
    }
}
