import Foundation

/// When the desk is staffed, so that SLA clocks count only time in which someone can work on a
/// ticket: four hours asked for on Friday at 16:00 are due on Monday at 11:00, not Friday at 20:00.
///
/// Instants are UTC seconds since 1970, as stored in the database. Working hours are wall-clock
/// times in `timeZone`, turned into instants day by day with Foundation's `Calendar`, so a working
/// day keeps its hours across daylight-saving changes. The maths steps per day, never per minute:
/// SLA checks run over thousands of tickets.
///
/// A calendar without any working time can only be built by hand or decoded unchecked (`parse` and
/// `validated()` refuse it); it counts wall-clock time, so that deadlines stay finite.
public struct BusinessCalendar: Sendable, Equatable, Codable {
    /// IANA identifier of the desk's time zone, e.g. "Europe/Berlin".
    public var timeZone: String
    /// ISO weekdays the desk works, 1 = Monday … 7 = Sunday, sorted and unique.
    public var workingDays: [Int]
    /// Opening time in minutes after local midnight.
    public var dayStart: Int
    /// Closing time in minutes after local midnight (1440 = the midnight ending the day), after `dayStart`.
    public var dayEnd: Int
    /// Local dates on which the desk is closed, "YYYY-MM-DD", sorted and unique.
    public var holidays: [String]

    public init(timeZone: String, workingDays: [Int], dayStart: Int, dayEnd: Int, holidays: [String] = []) {
        self.timeZone = timeZone
        self.workingDays = workingDays
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.holidays = holidays
    }

    /// Monday to Friday, 08:00–17:00 in Berlin, no holidays: what a desk gets until it configures its own.
    public static let standard = BusinessCalendar(timeZone: "Europe/Berlin", workingDays: [1, 2, 3, 4, 5],
                                                  dayStart: 8 * 60, dayEnd: 17 * 60)

    /// The length of one working day: what one business day of an SLA target is worth.
    public var workingDaySeconds: Int64 { Int64(max(0, dayEnd - dayStart)) * 60 }

    /// How far ahead the maths looks before giving up and counting wall-clock time: 20 years, enough
    /// for the longest target (365 business days) on a one-day week with holidays and pauses.
    static let searchDays: Int64 = 7_305

    /// Instants Foundation's calendar handles (years 1 to 9999); beyond them time counts wall-clock.
    static let supportedInstants: ClosedRange<Int64> = -62_135_596_800...253_402_300_799

    /// The instant at which `businessSeconds` of working time have passed since `start`. Nights,
    /// non-working days and holidays do not count; 0 seconds is `start` itself, even outside hours.
    /// A deadline that falls on closing time is closing time, not the next opening.
    public func adding(businessSeconds amount: Int64, to start: Int64) -> Int64 {
        guard amount > 0 else { return start }
        let wallClock = start.saturatingAdding(amount)
        guard Self.supportedInstants.contains(start), let schedule = Schedule(self),
              let first = schedule.day(of: start) else { return wallClock }
        var left = amount
        for day in first..<(first + Self.searchDays) {
            guard let hours = schedule.hours(onDay: day) else { continue }
            let from = max(hours.open, start)
            guard from < hours.close else { continue }
            if left <= hours.close - from { return from + left }
            left -= hours.close - from
        }
        return wallClock
    }

    /// The working time between two instants; 0 when `end` is not after `start`.
    /// Spans longer than 20 years count their first 20 years.
    public func businessSeconds(from start: Int64, to end: Int64) -> Int64 {
        guard end > start else { return 0 }
        guard Self.supportedInstants.contains(start), Self.supportedInstants.contains(end),
              let schedule = Schedule(self), let first = schedule.day(of: start), let last = schedule.day(of: end)
        else { return end.saturatingSubtracting(start) }
        var total: Int64 = 0
        for day in first...max(first, min(last, first + Self.searchDays - 1)) {
            guard let hours = schedule.hours(onDay: day) else { continue }
            let from = max(hours.open, start), to = min(hours.close, end)
            if from < to { total += to - from }
        }
        return total
    }

    /// The calendar prepared once per computation: Foundation calendar, weekday table, closed days.
    private struct Schedule {
        let calendar: Calendar
        let isWorkingWeekday: [Bool]
        let closedDays: Set<Int64>
        let opens: Int
        let closes: Int

        /// Nil when the calendar has no working time at all.
        init?(_ owner: BusinessCalendar) {
            guard let zone = TimeZone(identifier: owner.timeZone) else { return nil }
            opens = max(0, owner.dayStart)
            closes = min(24 * 60, owner.dayEnd)
            var weekdays = [Bool](repeating: false, count: 8)
            for day in owner.workingDays where (1...7).contains(day) { weekdays[day] = true }
            guard opens < closes, weekdays.contains(true) else { return nil }
            isWorkingWeekday = weekdays
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            self.calendar = calendar
            closedDays = Set(owner.holidays.compactMap { LocalDate(parsing: $0)?.dayNumber })
        }

        /// The local day (as a day number) an instant falls on.
        func day(of instant: Int64) -> Int64? {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(instant)))
            guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
            return LocalDate(year: year, month: month, day: day)?.dayNumber
        }

        /// A day's working hours as UTC instants; nil when the desk is closed that day.
        func hours(onDay day: Int64) -> (open: Int64, close: Int64)? {
            guard isWorkingWeekday[LocalDate.weekday(ofDay: day)], !closedDays.contains(day),
                  let open = instant(day: day, minute: opens), let close = instant(day: day, minute: closes), open < close
            else { return nil }
            return (open, close)
        }

        /// The instant of a local wall-clock time; minute 1440 is the next day's midnight.
        private func instant(day: Int64, minute: Int) -> Int64? {
            let date = LocalDate(dayNumber: day + Int64(minute / (24 * 60)))
            let minute = minute % (24 * 60)
            let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: minute / 60, minute: minute % 60)
            return calendar.date(from: parts).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
        }
    }
}
