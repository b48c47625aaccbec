import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// `helpdesk restore SRC [--force]`: puts a backup in the database's place. SRC is refused
/// unless it is a helpdesk database of this version or an older one; a copy of it is made
/// beside the database (`StagedDatabase`), brought to this schema and checked as every backup
/// is; then, while `ExclusiveDatabaseLock` proves that no other process has the database open,
/// the old -wal, -shm and -journal files are removed (they belong to the old database: SQLite
/// would replay them onto the new one) and the copy is renamed over it, keeping the old file's
/// owner (as root), group and mode. Every refusal is one line, and leaves the database as it was.
public enum DatabaseRestore {
    /// What a restore did.
    public struct Report: Sendable {
        public var source: String
        public var target: String
        public var bytes: Int64
        public var tickets: Int
        public var seconds: Double
        /// True when a database was replaced (false: restored to a new path).
        public var replaced: Bool
    }

    /// Restores `source` to `target` (`--db`). A database already there is replaced only with
    /// `force`. Admins of the database being replaced (of the backup, when there is none), and
    /// root.
    public static func restore(from source: String, to path: String, force: Bool, user: OSUser) throws -> Report {
        let started = Date()
        try refuseSource(source)
        // A database reached through a link is replaced where it is (SQLite, too, keeps its -wal
        // and -shm beside the file the link names); renaming over the link would move it here.
        var targetInfo = stat()
        let isLink = lstat(path, &targetInfo) == 0 && (targetInfo.st_mode & S_IFMT) == S_IFLNK
        let target = isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        let targetExists = lstat(target, &targetInfo) == 0
        if targetExists {
            var followed = stat()
            guard stat(target, &followed) == 0, (followed.st_mode & S_IFMT) == S_IFREG else {
                try DatabaseFileCheck.refuseAnythingButAHelpdeskFile(target)
                throw HelpdeskError.invalidInput("\(target) is not a regular file: nothing was changed")
            }
            guard force else {
                throw HelpdeskError.invalidInput("""
                    \(target) holds a database: restore --force replaces it (what is in it now is lost — \
                    take a backup of it first)
                    """)
            }
            if DatabaseBackup.sameFile(source, target) {
                throw HelpdeskError.invalidInput("\(source) is the database itself: nothing to restore")
            }
        }
        try DatabaseFileCheck.refuseNetworkFileSystem(folder: StagedDatabase.parent(of: target))

        // Read-write when we may write it: a backup that `helpdesk check` (or any helpdesk) opened is
        // in WAL mode, and a read-only connection would leave an empty -wal and -shm beside it,
        // where a read-write one removes them when it closes. Nothing is written either way.
        var configuration = Configuration()
        configuration.readonly = !FileAccess.isWritable(source) || !FileAccess.isWritable(StagedDatabase.parent(of: source))
        let backup: DatabaseQueue
        do {
            backup = try DatabaseQueue(path: source, configuration: configuration)
            try backup.read { db in try HelpdeskStore.refuseNewerSchema(db, path: source) }
        } catch let error as DatabaseError {
            throw HelpdeskError.database("cannot read \(source): \(error.message ?? error.description)")
        }
        try requireRight(user, target: targetExists ? target : nil, backup: backup)
        // Fail before the copy when someone has the database open (checked again for the swap).
        if targetExists { try ExclusiveDatabaseLock.acquire(target).release() }

        if !targetExists { try DatabaseFileCheck.prepareFolder(for: target) }
        let staged = try StagedDatabase.begin(beside: target)
        let tickets: Int
        do {
            try staged.fill(from: backup)
            try backup.close()
            do {
                tickets = try staged.verify(upgrading: true)
            } catch let failed as StagedDatabase.CheckFailed {
                throw HelpdeskError.database("\(source) failed its check: \(failed.summary) — nothing was changed")
            }
            try staged.prepare(try FileOwnership.of(targetExists ? target : source))
            // Only now, and only for the moment of the swap: a process that opened the file while
            // the lock is held would wait for it, then go on with the old, renamed-over file.
            let lock = try ExclusiveDatabaseLock.acquire(target)
            defer { lock.release() }
            for suffix in ["-wal", "-shm", "-journal"] {
                guard unlink(target + suffix) == 0 || errno == ENOENT else {
                    throw HelpdeskError.permissionDenied("cannot remove the old \(target + suffix): \(String(cString: strerror(errno))) — nothing was changed")
                }
            }
            try staged.moveIntoPlace(replacing: targetExists)
        } catch {
            staged.discard()
            throw error
        }
        var info = stat()
        let bytes = stat(target, &info) == 0 ? Int64(info.st_size) : 0
        return Report(source: source, target: target, bytes: bytes, tickets: tickets,
                      seconds: Date().timeIntervalSince(started), replaced: targetExists)
    }

    /// SRC must be a helpdesk database (not a folder, not text, not another program's SQLite file).
    private static func refuseSource(_ source: String) throws {
        guard FileManager.default.fileExists(atPath: source) else {
            throw HelpdeskError.notFound("\(source) does not exist")
        }
        if try DatabaseFileCheck.refuseAnythingButAHelpdeskFile(source) {
            throw HelpdeskError.invalidInput("\(source) is an empty file, not a helpdesk database: nothing was changed")
        }
    }

    /// Root, or an admin of the database being replaced — when it cannot be opened to ask (it may
    /// be the damaged one a restore is for), root only — or, restoring to a new path, of the backup.
    private static func requireRight(_ user: OSUser, target: String?, backup: DatabaseQueue) throws {
        if getuid() == 0 { return }
        let agent: Agent?
        if let target {
            do {
                let store = try HelpdeskStore.open(path: target, user: user, createIfMissing: false)
                defer { try? store.close() }
                agent = try store.agent(login: user.login)
            } catch {
                throw HelpdeskError.permissionDenied("""
                    only root may restore over \(target): it does not open (\(error)), so whether you are its admin \
                    cannot be checked — nothing was changed
                    """)
            }
        } else {
            agent = try backup.read { db in try Agent.filter(Column("login") == user.login).fetchOne(db) }
        }
        try Permissions.requireAdminOrRoot(agent, login: user.login, to: "restore a database")
    }
}
