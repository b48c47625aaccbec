import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The testing aid `HELPDESK_NOW` (seconds since 1970, or ISO 8601 like 2026-11-18T09:00:00Z):
/// fixes the clock of history entries and SLA answers, so a test can create a ticket "now" and
/// check its SLA "next week". A forged clock on a shared database would let an agent backdate
/// what they did, so it works only on a database the user owns (or is about to create), and for
/// root; anyone else setting it is refused, never silently ignored.
public enum FixedClock {
    public static let variable = "HELPDESK_NOW"

    /// The fixed time for `databasePath`, nil when `HELPDESK_NOW` is not set, or why it may not be used.
    public static func time(for databasePath: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int64? {
        guard let text = environment[variable], !text.isEmpty else { return nil }
        let seconds: Int64
        if let number = Int64(text) {
            seconds = number
        } else if let date = ISO8601DateFormatter().date(from: text) {
            seconds = Int64(date.timeIntervalSince1970)
        } else {
            throw HelpdeskError.invalidInput("\(variable) '\(Sanitizer.line(text))' is not a time (expected seconds since 1970 or ISO 8601 like 2026-11-18T09:00:00Z)")
        }
        var info = stat()
        if getuid() != 0, stat(databasePath, &info) == 0, info.st_uid != getuid() {
            throw HelpdeskError.permissionDenied("""
                \(variable) is a testing aid for your own databases: \(databasePath) belongs to someone else, \
                so its clock cannot be fixed (unset \(variable))
                """)
        }
        return seconds
    }
}
