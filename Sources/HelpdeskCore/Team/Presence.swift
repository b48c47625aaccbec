import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who else is looking at or answering a ticket right now, shared by the processes on the host.
///
/// Each program keeps one small file per ticket it shows (`<database>.presence/<ticket>.<login>.<activity>`)
/// and touches it every few seconds; a file not touched for `expiry` seconds — its program died
/// or moved on — no longer counts. Files, not rows: a heartbeat in the database would wake every
/// open TUI on the host, and a file needs no lock.
public struct Presence: Sendable {
    public enum Activity: String, Sendable, CaseIterable {
        case viewing, replying
    }

    public struct Entry: Equatable, Sendable {
        public var login: String
        public var activity: Activity

        public init(login: String, activity: Activity) {
            self.login = login
            self.activity = activity
        }
    }

    /// Seconds after the last heartbeat at which an entry expires.
    public static let expiry: Int64 = 30

    public let folder: String

    public init(databasePath: String) {
        folder = databasePath + ".presence"
    }

    /// Says (again) that `login` is doing `activity` on the ticket; a heartbeat.
    public func announce(ticketId: Int64, login: String, activity: Activity) {
        if !FileManager.default.fileExists(atPath: folder) {
            // In a team folder (setgid) the presence folder is the group's too.
            var parent = stat()
            let shared = stat((folder as NSString).deletingLastPathComponent, &parent) == 0 && parent.st_mode & S_ISGID != 0
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            chmod(folder, shared ? 0o2770 : 0o755)
        }
        let path = file(ticketId: ticketId, login: login, activity: activity)
        if FileManager.default.createFile(atPath: path, contents: nil) { chmod(path, 0o660) }
    }

    public func withdraw(ticketId: Int64, login: String, activity: Activity) {
        try? FileManager.default.removeItem(atPath: file(ticketId: ticketId, login: login, activity: activity))
    }

    /// Everyone else active on the ticket, replying first; expired entries are left out.
    public func others(on ticketId: Int64, besides login: String, now: Int64) -> [Entry] {
        let prefix = "\(ticketId)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var entries: [Entry] = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dot = rest.lastIndex(of: "."), let activity = Activity(rawValue: String(rest[rest.index(after: dot)...])) else { continue }
            let who = String(rest[..<dot])
            guard who != login, !who.isEmpty,
                  let modified = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name))?[.modificationDate] as? Date,
                  now - Int64(modified.timeIntervalSince1970) <= Self.expiry else { continue }
            entries.append(Entry(login: who, activity: activity))
        }
        return entries.sorted { ($0.activity == .replying ? 0 : 1, $0.login) < ($1.activity == .replying ? 0 : 1, $1.login) }
    }

    func file(ticketId: Int64, login: String, activity: Activity) -> String {
        "\(folder)/\(ticketId).\(login).\(activity.rawValue)"
    }
}
