import Foundation
import GRDB
import GRDBSQLite

/// The same database file opened through SQLite's C API alone, read-only: the baseline every
/// query figure is compared with. Each run prepares, binds, steps every row reading every column,
/// and finalizes, as GRDB does for an uncached statement.
final class RawSQLite {
    private var handle: OpaquePointer?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            throw BenchError("cannot open \(path) with SQLite: \(message)")
        }
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `sql` and answers the number of rows. Columns are read as the program would read them
    /// (integers as integers, text as text), so the comparison includes fetching the values.
    @discardableResult
    func run(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> Int {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, 0, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        for (offset, value) in arguments.enumerated() {
            let index = Int32(offset + 1)
            switch value.storage {
            case .null: sqlite3_bind_null(statement, index)
            case .int64(let number): sqlite3_bind_int64(statement, index, number)
            case .double(let number): sqlite3_bind_double(statement, index, number)
            case .string(let text): sqlite3_bind_text(statement, index, text, -1, Self.transient)
            case .blob(let data):
                _ = data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
            }
        }
        var rows = 0
        var checksum = 0
        let columns = sqlite3_column_count(statement)
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)") }
            rows += 1
            for column in 0..<columns {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: checksum &+= Int(sqlite3_column_int64(statement, column))
                case SQLITE_TEXT: checksum &+= Int(sqlite3_column_bytes(statement, column)) &+ Int(bitPattern: sqlite3_column_text(statement, column))
                case SQLITE_FLOAT: checksum &+= Int(sqlite3_column_double(statement, column))
                default: break
                }
            }
        }
        Self.sink = checksum
        return rows
    }

    /// The integers of the first row (for setup queries: counts, cursors, ids).
    func integers(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Int64] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        for (offset, value) in arguments.enumerated() {
            switch value.storage {
            case .int64(let number): sqlite3_bind_int64(statement, Int32(offset + 1), number)
            case .string(let text): sqlite3_bind_text(statement, Int32(offset + 1), text, -1, Self.transient)
            case .double(let number): sqlite3_bind_double(statement, Int32(offset + 1), number)
            default: sqlite3_bind_null(statement, Int32(offset + 1))
            }
        }
        guard sqlite3_step(statement) == SQLITE_ROW else { return [] }
        return (0..<sqlite3_column_count(statement)).map { sqlite3_column_int64(statement, $0) }
    }

    /// The text of the first column of every row.
    func texts(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        var result: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            result.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
        return result
    }

    /// Keeps the optimizer from dropping the column reads.
    nonisolated(unsafe) static var sink = 0
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
