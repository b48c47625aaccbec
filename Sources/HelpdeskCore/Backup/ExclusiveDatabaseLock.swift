import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Proof that no other process has a database open, held while `restore` swaps the file.
///
/// SQLite's own locks tell: every connection to a WAL database holds, for as long as it is open
/// (idle too), a read lock on the database file's SHARED byte range and one on the -shm file's
/// "DMS" byte (seen in /proc/locks: `READ … 1073741826 1073742335` and `READ … 128 128`). This
/// takes write locks on exactly those bytes — the database's PENDING, RESERVED and SHARED bytes
/// (offsets 0x40000000 to 0x400001FF) and the -shm file's WAL locks and DMS byte (120 to 128) — and
/// fails at once when any other process holds one. While it is held, a helpdesk starting up
/// waits (its busy timeout) instead of opening the database.
///
/// The locks are open-file-description locks (`F_OFD_SETLK`): they conflict with SQLite's POSIX
/// locks even within this process, and closing some other descriptor of the file does not drop
/// them, as it would drop POSIX locks.
final class ExclusiveDatabaseLock {
    private var descriptors: [Int32] = []

    // Linux's F_OFD_GETLK / F_OFD_SETLK (not exported to Swift by Glibc).
    #if os(Linux)
    private static let getLock: Int32 = 36
    private static let setLock: Int32 = 37
    #else
    private static let getLock = F_GETLK
    private static let setLock = F_SETLK
    #endif

    /// The byte ranges SQLite locks: the database file's, and the -shm file's.
    private static let databaseBytes: (start: off_t, length: off_t) = (0x4000_0000, 512)
    private static let sharedMemoryBytes: (start: off_t, length: off_t) = (120, 9)

    /// Locks the database at `path` (and its -shm file, when there is one; either may be missing:
    /// a database removed by hand can still be open, its -shm and -wal in use). Throws
    /// `conflict` naming a process that has it open.
    static func acquire(_ path: String) throws -> ExclusiveDatabaseLock {
        let lock = ExclusiveDatabaseLock()
        do {
            for (file, bytes) in [(path, databaseBytes), (path + "-shm", sharedMemoryBytes)] {
                guard FileManager.default.fileExists(atPath: file) else { continue }
                let descriptor = open(file, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
                guard descriptor >= 0 else {
                    throw HelpdeskError.permissionDenied("cannot lock \(file): \(String(cString: strerror(errno)))")
                }
                lock.descriptors.append(descriptor)
                var request = flock()
                request.l_type = Int16(F_WRLCK)
                request.l_whence = Int16(SEEK_SET)
                request.l_start = bytes.start
                request.l_len = bytes.length
                guard fcntl(descriptor, setLock, &request) == 0 else {
                    guard errno == EAGAIN || errno == EACCES else {
                        throw HelpdeskError.database("cannot lock \(file): \(String(cString: strerror(errno)))")
                    }
                    throw HelpdeskError.conflict("""
                        \(path) is open in another process\(holder(of: descriptor, bytes: bytes)): close every helpdesk using it \
                        (TUIs, commands, timers) and try again — nothing was changed
                        """)
                }
            }
        } catch {
            lock.release()
            throw error
        }
        return lock
    }

    private init() {}

    deinit { release() }

    /// Gives the locks back (closing the descriptors).
    func release() {
        for descriptor in descriptors { close(descriptor) }
        descriptors = []
    }

    /// " (process 1234, helpdesk)" for the process holding a lock there, when the kernel says.
    private static func holder(of descriptor: Int32, bytes: (start: off_t, length: off_t)) -> String {
        var request = flock()
        request.l_type = Int16(F_WRLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = bytes.start
        request.l_len = bytes.length
        guard fcntl(descriptor, getLock, &request) == 0, request.l_type != Int16(F_UNLCK), request.l_pid > 0 else { return "" }
        let name = (try? String(contentsOfFile: "/proc/\(request.l_pid)/comm", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return " (process \(request.l_pid)\(name.map { ", " + $0 } ?? ""))"
    }
}
