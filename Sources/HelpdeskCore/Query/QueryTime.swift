import Foundation

/// Dates and ages in queries: `2026-11-01` or `2026-11-01T14:30` (the agent's local time), or `7d`, `12h`, `30m`, `2w`.
enum QueryTime {
    /// Seconds of an age like `7d`, or nil when the text is not an age.
    static func relativeSeconds(_ text: String) -> Int64? {
        guard let unit = text.last, let amount = Int64(text.dropLast()), amount >= 0, amount < 100_000 else { return nil }
        switch unit.lowercased() {
        case "m": return amount * 60
        case "h": return amount * 3600
        case "d": return amount * 86_400
        case "w": return amount * 7 * 86_400
        default: return nil
        }
    }

    /// The start of the day or minute named by `text`, and the start of the next one, in UTC seconds.
    static func dayStart(_ text: String, timeZone: TimeZone) -> (start: Int64, end: Int64)? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.isLenient = false
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for (format, unit) in [("yyyy-MM-dd'T'HH:mm", Calendar.Component.minute), ("yyyy-MM-dd HH:mm", .minute), ("yyyy-MM-dd", .day)] {
            formatter.dateFormat = format
            // A day is 23 or 25 hours when the clocks change: the calendar knows, 86,400 does not.
            if let date = formatter.date(from: text), let next = calendar.date(byAdding: unit, value: 1, to: date) {
                return (Int64(date.timeIntervalSince1970), Int64(next.timeIntervalSince1970))
            }
        }
        return nil
    }
}
