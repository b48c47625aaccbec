import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times as people read them on this host: "2026-11-29 14:05" in the local time zone (TZ).
public enum LocalTime {
    /// Straight from the C library: a DateFormatter's first use loads ICU, which was a tenth of
    /// a `ticket list`'s whole run.
    public static func minute(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }
}
