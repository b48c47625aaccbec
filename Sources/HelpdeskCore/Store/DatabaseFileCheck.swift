import Foundation
import GRDB

/// Looks at a database path before SQLite touches it, so that a wrong path is refused
/// with a clear message and a foreign file is never modified (opening a file in WAL mode
/// would rewrite its header).
enum DatabaseFileCheck {
    enum Access: Equatable { case create, readWrite, readOnly }

    static func inspect(path: String) throws -> Access {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent

        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .create
        }
        if isDirectory.boolValue {
            throw HelpdeskError.invalidInput("\(path) is a directory, not a database file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HelpdeskError.permissionDenied("cannot read \(path): permission denied")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            // An empty file (e.g. from `touch`) is a valid empty SQLite database.
            return try writable(path: path, folder: folder) ? .create : .readOnly
        }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw HelpdeskError.invalidInput("\(path) is not a SQLite database (it was left unchanged)")
        }
        let applicationID = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        guard applicationID == Schema.applicationID || (applicationID == 0 && walHeaderIsOurs(path: path)) else {
            throw HelpdeskError.invalidInput("\(path) is a SQLite database of another program, not a helpdesk database (it was left unchanged)")
        }
        return try writable(path: path, folder: folder) ? .readWrite : .readOnly
    }

    /// Creates the folder of a new database; the first change a new database makes.
    static func prepareFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw HelpdeskError.permissionDenied("cannot create the folder \(folder) for the database: \(reason(error))")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw HelpdeskError.permissionDenied("cannot create \(path): the folder \(folder) is not writable")
        }
    }

    /// A database created moments ago may still have its first page, with the application id,
    /// only in the `-wal` file (until the first checkpoint). SQLite, reading read-only, sees it.
    private static func walHeaderIsOurs(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path + "-wal") else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        return (try? queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }) == Schema.applicationID
    }

    /// WAL needs to write the file and to create `-wal` and `-shm` files next to it.
    private static func writable(path: String, folder: String) throws -> Bool {
        FileManager.default.isWritableFile(atPath: path) && FileManager.default.isWritableFile(atPath: folder)
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }
}
