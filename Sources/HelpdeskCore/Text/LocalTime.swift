import Foundation

/// Times as agents read them: "2026-11-29 08:12" in the local time zone. Stored times are UTC.
public enum LocalTime {
    /// One shared formatter: making a DateFormatter per line dominated `ticket list`.
    public static let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    public static func minute(_ seconds: Int64) -> String {
        formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
