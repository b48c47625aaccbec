import Foundation
import GRDB

/// A file stored with a ticket: what the detail pane lists and `ticket attachment list` prints.
/// The bytes stay in the database until asked for (`HelpdeskStore.attachmentData`).
public struct StoredAttachment: Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var ticketId: Int64
    /// The conversation entry the file came with (nil for a file of a stored mail whose message was not kept).
    public var messageRowId: Int64?
    /// Made safe when it was stored (``MailAttachment/safeFileName(_:fallback:)``): one path
    /// component, no control characters. "[redacted]" once erased.
    public var fileName: String
    public var mediaType: String
    public var size: Int64
    public var isInline: Bool
    /// Erased (requester erasure or retention): the name and the bytes are gone, the entry stays.
    public var isErased: Bool

    public init(id: Int64, ticketId: Int64, messageRowId: Int64?, fileName: String, mediaType: String, size: Int64,
                isInline: Bool = false, isErased: Bool = false) {
        self.id = id
        self.ticketId = ticketId
        self.messageRowId = messageRowId
        self.fileName = fileName
        self.mediaType = mediaType
        self.size = size
        self.isInline = isInline
        self.isErased = isErased
    }

    public init(row: Row) {
        id = row["id"]
        ticketId = row["ticket_id"]
        messageRowId = row["message_row_id"]
        fileName = row["file_name"]
        mediaType = row["media_type"]
        size = row["size"]
        isInline = row["is_inline"]
        isErased = row["blob_id"] == nil as Int64?
    }

    /// "report.pdf  application/pdf · 812 KB" — the same words in the TUI and the CLI.
    public var summary: String {
        isErased ? "\(fileName)  (erased)" : "\(fileName)  \(mediaType) · \(ByteCount.text(size))"
    }

    /// A text file's bytes as text safe for a terminal or pager: UTF-8 (invalid bytes replaced),
    /// control and escape sequences removed (Sanitizer), so a hostile file cannot drive the terminal.
    public static func text(of data: Data) -> String {
        Sanitizer.multiline(String(decoding: data, as: UTF8.self))
    }

    /// Whether a pager shows it as it is (text, not markup that a browser would render).
    public var isPlainText: Bool {
        mediaType == "text/plain" || mediaType == "text/csv" || mediaType == "text/calendar"
            || mediaType == "message/rfc822" || mediaType == "message/delivery-status" || mediaType == "application/pgp-signature"
    }
}
