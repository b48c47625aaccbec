import Foundation

/// Reading a calendar from command-line or configuration text, and describing it back.
extension BusinessCalendar {
    /// Builds a calendar from the text a desk configures, keeping `base`'s value for each nil argument.
    /// Days: "mon-fri", "mon,tue,thu", "sun-thu" (ranges may wrap), any case. Hours: "08:00-17:00"
    /// (24-hour, "00:00-24:00" for whole days). Time zone: an IANA name. Holidays: "YYYY-MM-DD".
    /// Each bad value throws an error naming it and the form expected.
    public static func parse(days: String?, hours: String?, timeZone: String?, holidays: [String]?,
                             base: BusinessCalendar = .standard) throws -> BusinessCalendar {
        var calendar = base
        if let days { calendar.workingDays = try parseDays(days) }
        if let hours { (calendar.dayStart, calendar.dayEnd) = try parseHours(hours) }
        if let timeZone { calendar.timeZone = try parseTimeZone(timeZone) }
        if let holidays { calendar.holidays = try parseHolidays(holidays) }
        return try calendar.validated()
    }

    /// The calendar with its lists sorted and without duplicates, or an error naming the first value
    /// that cannot work. For calendars decoded from a file, which `parse` has not seen.
    public func validated() throws -> BusinessCalendar {
        let zone = try Self.parseTimeZone(timeZone)
        let days = Set(workingDays).sorted()
        guard !days.isEmpty, days.allSatisfy((1...7).contains) else {
            throw HelpdeskError.invalidInput("working days \(workingDays) must be ISO weekdays from 1 (Mon) to 7 (Sun), at least one")
        }
        guard (0..<24 * 60).contains(dayStart), dayStart < dayEnd, dayEnd <= 24 * 60 else {
            throw HelpdeskError.invalidInput("working hours from minute \(dayStart) to \(dayEnd) must lie within 0–1440 and end after they start")
        }
        return BusinessCalendar(timeZone: zone, workingDays: days, dayStart: dayStart, dayEnd: dayEnd,
                                holidays: try Self.parseHolidays(holidays))
    }

    /// "Mon–Fri 08:00–17:00 Europe/Berlin, 2 holidays", for `sla` output and configuration checks.
    public var summary: String {
        let closed = switch holidays.count {
        case 0: "no holidays"
        case 1: "1 holiday"
        default: "\(holidays.count) holidays"
        }
        return "\(daysText) \(Self.clockText(dayStart))–\(Self.clockText(dayEnd)) \(timeZone), \(closed)"
    }

    // MARK: - Pieces

    private static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let weekdayLabels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// Runs of three or more days as ranges, the rest listed: "Mon–Fri", "Sun–Thu", "Mon,Wed,Fri".
    private var daysText: String {
        var runs: [[Int]] = []
        for day in Set(workingDays.filter((1...7).contains)).sorted() {
            if let last = runs.last?.last, last == day - 1 { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        // A run over Sunday into Monday reads as one range, first: "Sun–Thu", "Sat–Mon,Wed".
        if runs.count > 1, let first = runs.first, let last = runs.last, first[0] == 1, last[last.count - 1] == 7,
           first.count + last.count >= 3 {
            runs = [last + first] + runs.dropFirst().dropLast()
        }
        func name(_ day: Int) -> String { Self.weekdayLabels[day - 1] }
        guard !runs.isEmpty else { return "no days" }
        return runs.map { run in
            run.count >= 3 ? "\(name(run[0]))–\(name(run[run.count - 1]))" : run.map(name).joined(separator: ",")
        }.joined(separator: ",")
    }

    /// "08:00", "24:00".
    private static func clockText(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    private static func parseDays(_ text: String) throws -> [Int] {
        let expected = "(expected names like mon-fri or mon,wed,fri)"
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HelpdeskError.invalidInput("no working days given \(expected)")
        }
        var days = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard ends.count <= 2 else {
                throw HelpdeskError.invalidInput("bad weekday range '\(part.trimmingCharacters(in: .whitespaces))' in '\(text)' \(expected)")
            }
            let numbers = try ends.map { name in
                guard !name.isEmpty else { throw HelpdeskError.invalidInput("missing weekday in '\(text)' \(expected)") }
                guard let index = weekdayNames.firstIndex(of: name.lowercased()) else {
                    throw HelpdeskError.invalidInput("unknown weekday '\(name)' in '\(text)' \(expected)")
                }
                return index + 1
            }
            // A range runs forward through the week, wrapping after Sunday: sun-thu is Sun, Mon … Thu.
            var day = numbers[0]
            days.insert(day)
            while day != numbers[numbers.count - 1] {
                day = day % 7 + 1
                days.insert(day)
            }
        }
        return days.sorted()
    }

    private static func parseHours(_ text: String) throws -> (start: Int, end: Int) {
        let expected = "(expected HH:MM-HH:MM like 08:00-17:00)"
        // The summary prints an en dash; accept it back.
        let ends = text.replacingOccurrences(of: "–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = minutes(ends[0]), let end = minutes(ends[1]) else {
            throw HelpdeskError.invalidInput("bad working hours '\(text)' \(expected)")
        }
        guard start < end else { throw HelpdeskError.invalidInput("working hours '\(text)' must end after they start \(expected)") }
        return (start, end)
    }

    /// "08:00" → 480, "24:00" → 1440; nil for anything else.
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60, hour < 24 || (hour == 24 && minute == 0)
        else { return nil }
        return hour * 60 + minute
    }

    private static func parseTimeZone(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        // Kept as written: Foundation would report "UTC" back as "GMT".
        guard !name.isEmpty, TimeZone(identifier: name) != nil else {
            throw HelpdeskError.invalidInput("unknown time zone '\(text)' (expected an IANA name like Europe/Berlin or UTC)")
        }
        return name
    }

    private static func parseHolidays(_ texts: [String]) throws -> [String] {
        var dates = Set<String>()
        for text in texts {
            guard let date = LocalDate(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                throw HelpdeskError.invalidInput("bad holiday date '\(text)' (expected YYYY-MM-DD like 2026-12-24)")
            }
            dates.insert(date.text)
        }
        return dates.sorted()
    }
}
