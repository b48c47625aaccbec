import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// `helpdesk backup DEST [--keep N]`: a consistent copy of the live database taken while agents
/// keep working, written beside its destination and checked before it is renamed there
/// (`StagedDatabase`), with the database's group and mode (`FileOwnership`); in a folder, named
/// by the time and rotated (`BackupRotation`). A copy that fails its check is removed and the
/// error names the problems: the destination never holds a half-written or unchecked backup.
public enum DatabaseBackup {
    /// Where a backup goes, worked out before the database is opened (a mistake changes nothing).
    public struct Destination: Equatable, Sendable {
        /// The backup file.
        public var path: String
        /// The folder DEST named (the file is then `BackupRotation.fileName`), or nil for a file.
        public var folder: String?

        /// DEST: an existing folder (the backup is named by `date`, UTC), or a file in an existing
        /// folder — new, or an earlier backup, which is replaced. `keep` needs a folder.
        public init(_ destination: String, keep: Int?, at date: Date) throws {
            guard !destination.isEmpty else { throw HelpdeskError.invalidInput("the backup needs a destination: a file or a folder") }
            if let keep, !(1...10_000).contains(keep) {
                throw HelpdeskError.invalidInput("--keep must be between 1 and 10000 (it is \(keep))")
            }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                let folder = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
                self.folder = folder
                path = (folder == "/" ? "" : folder) + "/" + BackupRotation.fileName(at: date)
                return
            }
            guard !destination.hasSuffix("/") else {
                throw HelpdeskError.notFound("the folder \(destination) does not exist: create it first (the backup is not put anywhere else)")
            }
            if keep != nil {
                throw HelpdeskError.invalidInput("--keep works in a folder of backups, and \(destination) is not a folder")
            }
            let parent = StagedDatabase.parent(of: destination)
            var parentIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsDirectory), parentIsDirectory.boolValue else {
                throw HelpdeskError.notFound("the folder \(parent) does not exist: create it first")
            }
            if exists || (try? FileManager.default.destinationOfSymbolicLink(atPath: destination)) != nil {
                // Only an earlier backup is replaced: never some other file by a mistyped path.
                guard try !DatabaseFileCheck.refuseAnythingButAHelpdeskFile(destination) else {
                    throw HelpdeskError.invalidInput("\(destination) is an empty file, not a backup: it was left unchanged")
                }
                if let side = ["-wal", "-shm"].map({ destination + $0 }).first(where: { FileManager.default.fileExists(atPath: $0) }) {
                    throw HelpdeskError.invalidInput("""
                        \(destination) is a database in use (\(side) is beside it), not a backup: it was left unchanged — \
                        back up to a new file or a folder
                        """)
                }
            }
            path = destination
            folder = nil
        }
    }

    /// What a backup made.
    public struct Report: Sendable {
        public var path: String
        public var bytes: Int64
        public var tickets: Int
        public var seconds: Double
        /// Older backups `--keep` removed, oldest first.
        public var removed: [String]
    }

    /// Copies the database of `store` to `destination`, checks the copy and puts it in place, then
    /// (in a folder, with `keep`) removes the oldest backups beyond `keep`. Admins and root only.
    public static func take(from store: HelpdeskStore, to destination: Destination, keep: Int?, user: OSUser) throws -> Report {
        try Permissions.requireAdminOrRoot(try store.agent(login: user.login), login: user.login, to: "take a backup")
        let started = Date()
        if sameFile(destination.path, store.path) {
            throw HelpdeskError.invalidInput("\(destination.path) is the database itself: back up to another file or a folder")
        }
        let staged = try StagedDatabase.begin(beside: destination.path)
        let tickets: Int
        do {
            try staged.fill(from: store.pool)
            do {
                tickets = try staged.verify(upgrading: false)
            } catch let failed as StagedDatabase.CheckFailed {
                throw HelpdeskError.database("""
                    the backup failed its check, so it was removed: \(failed.summary) — the database itself may be damaged \
                    (helpdesk check --thorough)
                    """)
            }
            try staged.prepare(try FileOwnership.of(store.path))
            try staged.moveIntoPlace(replacing: destination.folder == nil)
        } catch {
            staged.discard()
            throw error
        }
        let removed = try destination.folder.flatMap { folder in
            try keep.map { try BackupRotation.prune(folder: folder, keep: $0, sparing: destination.path) }
        } ?? []
        var info = stat()
        let bytes = stat(destination.path, &info) == 0 ? Int64(info.st_size) : 0
        return Report(path: destination.path, bytes: bytes, tickets: tickets, seconds: Date().timeIntervalSince(started), removed: removed)
    }

    /// True when both paths name one file (a link, another spelling).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
