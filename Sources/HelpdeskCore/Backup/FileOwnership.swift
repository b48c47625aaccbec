import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who owns a database file and who may read and write it: a backup keeps the database's, a
/// restore the replaced database's, so a team's file stays the team group's, mode 0660 (and
/// a mode-0600 database does not become a world-readable backup).
public struct FileOwnership: Equatable, Sendable {
    public var owner: uid_t
    public var group: gid_t
    /// The permission bits (no setuid, setgid or sticky bit).
    public var mode: mode_t

    /// The ownership of the file at `path` (following a link, as SQLite does).
    public static func of(_ path: String) throws -> FileOwnership {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw HelpdeskError.notFound("cannot read the owner of \(path): \(String(cString: strerror(errno)))")
        }
        return FileOwnership(owner: info.st_uid, group: info.st_gid, mode: info.st_mode & 0o777)
    }

    /// Gives the open file `descriptor` (named `path` in messages) this group and mode, and as
    /// root this owner too (only root may give a file away; anyone may pass it to a group of
    /// theirs — an admin writing the team's database is in its group).
    func apply(to descriptor: Int32, path: String) throws {
        let owner: uid_t = getuid() == 0 ? self.owner : uid_t.max  // -1: keep the owner
        guard fchown(descriptor, owner, group) == 0 else {
            let name = getgrgid(group).map { String(cString: $0.pointee.gr_name) } ?? String(group)
            throw HelpdeskError.permissionDenied("cannot give \(path) the database's group '\(name)': \(String(cString: strerror(errno)))")
        }
        guard fchmod(descriptor, mode) == 0 else {
            throw HelpdeskError.permissionDenied("cannot give \(path) the database's mode \(String(mode, radix: 8)): \(String(cString: strerror(errno)))")
        }
    }
}
