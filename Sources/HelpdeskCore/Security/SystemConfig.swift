import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The host's own settings, `/etc/helpdesk/config.toml`, as the gate (ProcessGate) reads them:
/// that file alone names the team's database there, and only when root alone can change it —
/// a file others may write could point the gate, with the group's rights, at any database.
public enum SystemConfig {
    public static let path = UserConfig.systemPath

    /// The team's database, for someone outside the team's group.
    public static func teamDatabase(at path: String = SystemConfig.path) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw HelpdeskError.notFound("the team's helpdesk is not set up on this host: \(path) is missing (an admin runs make install-team)")
        }
        var folder = stat()
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == 0, info.st_mode & 0o022 == 0,
              stat((path as NSString).deletingLastPathComponent, &folder) == 0, folder.st_uid == 0, folder.st_mode & 0o022 == 0 else {
            throw HelpdeskError.permissionDenied("\(path) must be a file of root's that only root can change: ask an admin to fix it (nothing was done)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HelpdeskError.permissionDenied("cannot read \(path): ask an admin to make it readable (mode 644)")
        }
        guard let database = try UserConfig.parse(String(decoding: data, as: UTF8.self), file: path).database else {
            throw HelpdeskError.notFound("\(path) names no database (database = \"/var/lib/helpdesk/helpdesk.sqlite\"): ask an admin")
        }
        return database
    }
}
