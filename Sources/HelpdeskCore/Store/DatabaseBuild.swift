import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new database built where nobody can see it half-done: in a folder beside its final place
/// (`NAME.building/`), moved into place only when complete and checked. A build that is killed
/// leaves only that folder, which the next build (or `helpdesk init`) removes; the final path
/// never holds a half-built database.
///
/// ```swift
/// let build = try DatabaseBuild.begin(target: path)
/// let store = try HelpdeskStore.open(path: build.workPath)
/// … fill it …
/// try build.finish(store)          // checks, closes, moves into place; or throws and cleans up
/// ```
public final class DatabaseBuild {
    /// Where the database ends up.
    public let target: String
    /// The folder holding the build's files until it finishes.
    public let folder: String
    /// The database being built.
    public var workPath: String { folder + "/helpdesk.sqlite" }
    /// Held (flock) while the build runs: a folder whose lock is free belongs to a dead build.
    private let lock: Int32

    /// The folder a build of `target` works in.
    public static func folder(for target: String) -> String { target + ".building" }

    /// Starts building `target`, which must not exist yet. Removes what a dead build left.
    public static func begin(target: String) throws -> DatabaseBuild {
        if FileManager.default.fileExists(atPath: target) || (try? FileManager.default.destinationOfSymbolicLink(atPath: target)) != nil {
            throw HelpdeskError.invalidInput("\(target) already exists; the demo is built as a new database (pick a new --db, or remove that file first)")
        }
        try DatabaseFileCheck.refuseNetworkFileSystem(folder: parent(of: target))
        try DatabaseFileCheck.prepareFolder(for: target)
        let folder = folder(for: target)
        if try !removeLeftover(of: target) {
            throw HelpdeskError.conflict("another process is building \(target) right now (\(folder) is in use)")
        }
        guard mkdir(folder, 0o700) == 0 else {
            throw HelpdeskError.permissionDenied("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        let lock = open(folder + "/" + lockName, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            if lock >= 0 { close(lock) }
            removeFiles(in: folder)
            throw HelpdeskError.conflict("another process is building \(target) right now (\(folder) is in use)")
        }
        return DatabaseBuild(target: target, folder: folder, lock: lock)
    }

    private init(target: String, folder: String, lock: Int32) {
        self.target = target
        self.folder = folder
        self.lock = lock
    }

    deinit { close(lock) }

    /// Checks the finished database, closes it and moves it into place, in that order; on any
    /// failure the build's files are removed and the error says why (a full disk in so many words).
    public func finish(_ store: HelpdeskStore) throws {
        do {
            let problems = try DatabaseCheck.problems(in: store)
            guard problems.isEmpty else {
                throw HelpdeskError.database("the new database failed its check (\(problems.joined(separator: "; "))); nothing was created")
            }
            try store.close()
            try syncFile(workPath)
            // link() refuses an existing target, unlike rename(): a database someone created
            // meanwhile is never replaced.
            guard link(workPath, target) == 0 else {
                let reason = errno == EEXIST ? "it was created by someone else meanwhile" : String(cString: strerror(errno))
                throw HelpdeskError.conflict("cannot put the new database at \(target): \(reason); nothing was changed there")
            }
            unlink(workPath)
            try syncFile(Self.parent(of: target))
        } catch {
            let explanation = explained(error)
            abandon()
            throw explanation
        }
        abandon()
    }

    /// Removes the build's files (after a failure, or after `finish` has moved the database out).
    public func abandon() {
        Self.removeFiles(in: folder)
    }

    /// The error, or "the disk is full" when that is why it happened (SQLite says "disk I/O
    /// error" or "database or disk is full" depending on where the write failed). Ask before
    /// `abandon()`, which frees the space again.
    public func explained(_ error: Error) -> Error {
        var info = statvfs()
        guard statvfs(Self.parent(of: target), &info) == 0 else { return error }
        let free = UInt64(info.f_bavail) * UInt64(info.f_frsize)
        let text = "\(error)"
        guard free < 64 << 20, text.contains("disk") || text.contains("No space") else { return error }
        return HelpdeskError.database("the disk holding \(target) is full (\(free >> 10) KB free): nothing was created — free some space and run it again")
    }

    // MARK: - Leftovers

    /// Removes the folder of a dead build of `target`; false when a live build holds it.
    @discardableResult
    public static func removeLeftover(of target: String) throws -> Bool {
        let folder = folder(for: target)
        guard FileManager.default.fileExists(atPath: folder) else { return true }
        let lock = open(folder + "/" + lockName, O_RDWR | O_CLOEXEC)
        if lock >= 0 {
            defer { close(lock) }
            guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return false }
        }
        removeFiles(in: folder)
        return true
    }

    private static let lockName = "building.lock"

    /// Only the files a build makes, then the folder if that left it empty: anything else
    /// someone put there stays.
    private static func removeFiles(in folder: String) {
        let database = folder + "/helpdesk.sqlite"
        for suffix in ["", "-journal", "-wal", "-shm"] {
            unlink(database + suffix)
            unlink(database + "-demo-index" + suffix)
        }
        unlink(folder + "/" + lockName)
        rmdir(folder)
    }

    private static func parent(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private func syncFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw HelpdeskError.database("cannot write \(path) to disk: \(String(cString: strerror(errno)))")
        }
    }
}
