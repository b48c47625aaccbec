import GRDB
import GRDBSQLite

/// Inserts rows into one table through multi-row statements (`VALUES (…), (…), …`) bound
/// through SQLite's C API. At millions of rows the per-statement cost (binding through GRDB,
/// stepping, re-seeking the table's end) was most of the demo's writing time; a statement of
/// 64 rows pays it once. Rows are written in the order they were added; call `flush()` before
/// the transaction ends.
final class BatchInserter {
    enum Value {
        case integer(Int64), text(String), optional(Int64?), optionalText(String?)
    }

    private let db: Database
    private let head: String
    private let columns: Int
    private let rowsPerStatement: Int
    private let full: Statement
    private var pending: [Value] = []

    /// `head` is the statement up to `VALUES`, e.g. `INSERT INTO events(ticket_id, at)`.
    init(_ db: Database, _ head: String, columns: Int, rowsPerStatement: Int = 64) throws {
        self.db = db
        self.head = head
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
        full = try Self.statement(db, head, columns: columns, rows: rowsPerStatement)
        pending.reserveCapacity(columns * rowsPerStatement)
    }

    // The values of the row being added, in column order, then `endRow()`. One value at a
    // time, not a row array: that was an allocation for each of some ten million rows.
    func add(_ number: Int64) { pending.append(.integer(number)) }
    func add(_ number: Int64?) { pending.append(.optional(number)) }
    func add(_ text: String) { pending.append(.text(text)) }
    func add(_ text: String?) { pending.append(.optionalText(text)) }

    /// Ends the row; writes the statement when it holds all its rows.
    func endRow() throws {
        precondition(pending.count % columns == 0, "a row of \(head) needs \(columns) values")
        if pending.count == columns * rowsPerStatement {
            try run(full)
        }
    }

    /// Writes the rows still waiting (fewer than a full statement).
    func flush() throws {
        guard !pending.isEmpty else { return }
        try run(Self.statement(db, head, columns: columns, rows: pending.count / columns))
    }

    private static func statement(_ db: Database, _ head: String, columns: Int, rows: Int) throws -> Statement {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return try db.makeStatement(sql: head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ","))
    }

    /// SQLITE_TRANSIENT: SQLite copies the text, so Swift's temporary C string may go away.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func run(_ statement: Statement) throws {
        let handle = statement.sqliteStatement
        for (offset, value) in pending.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number), .optional(.some(let number)):
                sqlite3_bind_int64(handle, index, number)
            case .text(let text), .optionalText(.some(let text)):
                sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .optional(.none), .optionalText(.none):
                sqlite3_bind_null(handle, index)
            }
        }
        pending.removeAll(keepingCapacity: true)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw HelpdeskError.database("demo insert failed: \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
        }
    }
}
