import Foundation
import GRDB

/// One changed ticket of an undoable change, as `undo_entries` keeps it (Schema v5): the batch
/// it belongs to (one per `perform`, one per `performBulk`), the versions around the change and
/// the ticket's fields before it.
struct UndoEntry: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "undo_entries"

    var id: Int64?
    var batch: Int64
    var actor: String
    var at: Int64
    var ticketId: Int64
    /// The ticket's version before the change: undoing the change brings the ticket back there.
    var versionBefore: Int64
    /// The change can be undone while the ticket is at this version.
    var versionAfter: Int64
    /// The ticket's last event right after the change: what came after it stands in the way.
    var lastEvent: Int64
    /// `TicketSnapshot` as JSON.
    var snapshot: String
    /// The whole change, for "Undone: …" and lists ("#12 priority high and 2 more (#13, #14)").
    var summary: String
    /// This ticket's part of it, for the ticket's "undo" event.
    var change: String

    enum CodingKeys: String, CodingKey {
        case id, batch, actor, at, snapshot, summary, change
        case ticketId = "ticket_id"
        case versionBefore = "version_before"
        case versionAfter = "version_after"
        case lastEvent = "last_event"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func decodedSnapshot() throws -> TicketSnapshot {
        do {
            return try JSONDecoder().decode(TicketSnapshot.self, from: Data(snapshot.utf8))
        } catch {
            throw HelpdeskError.database("the undo record of #\(ticketId) cannot be read (\(error)): nothing was undone")
        }
    }

    /// How long rows are kept: long after the undo window, so a late `helpdesk undo` can still
    /// say "too late to undo …" instead of "nothing to undo".
    static let kept: Int64 = 86_400

    /// Records the applied outcomes that can be undone as one batch, and forgets rows older than `kept`.
    static func record(_ outcomes: [ActionOutcome], _ db: Database, now: Int64) throws {
        let undoable = outcomes.filter(\.isUndoable)
        guard let first = undoable.first else { return }
        try db.execute(sql: "DELETE FROM undo_entries WHERE at < ?", arguments: [now - kept])
        let batch = (try Int64.fetchOne(db, sql: "SELECT MAX(batch) FROM undo_entries") ?? 0) + 1
        let summary = undoable.count == 1 ? first.summary
            : "\(first.summary) and \(undoable.count - 1) more (" + undoable.dropFirst().prefix(5).map { "#\($0.ticketId)" }.joined(separator: ", ")
                + (undoable.count > 6 ? ", …)" : ")")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for outcome in undoable {
            var entry = UndoEntry(batch: batch, actor: outcome.actor, at: outcome.at, ticketId: outcome.ticketId,
                                  versionBefore: outcome.version - 1, versionAfter: outcome.version,
                                  lastEvent: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM events WHERE ticket_id = ?",
                                                                arguments: [outcome.ticketId]) ?? 0,
                                  snapshot: String(decoding: try encoder.encode(outcome.before!), as: UTF8.self),
                                  summary: summary, change: outcome.summary)
            try entry.insert(db)
        }
    }
}

/// What `TicketService.undoLast` took back: "Undone: …", the tickets restored, and those refused
/// because someone changed them since (each with who did what).
public struct UndoOutcome: Sendable, Equatable {
    public var summary: String
    public var ticketIds: [Int64]
    public var refused: [BulkOutcome.Refusal]

    public init(summary: String, ticketIds: [Int64], refused: [BulkOutcome.Refusal] = []) {
        self.summary = summary
        self.ticketIds = ticketIds
        self.refused = refused
    }
}

/// One change that can still be undone, newest first in `TicketService.undoableChanges`.
public struct UndoEntrySummary: Sendable, Equatable {
    public var batch: Int64
    public var at: Int64
    public var summary: String
    public var ticketIds: [Int64]

    public init(batch: Int64, at: Int64, summary: String, ticketIds: [Int64]) {
        self.batch = batch
        self.at = at
        self.summary = summary
        self.ticketIds = ticketIds
    }
}
