/// A date on the desk's wall calendar ("2026-12-24"), numbered as days since 1970-01-01 so that
/// the SLA maths can step from day to day and tell weekdays apart without asking Foundation.
struct LocalDate: Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// Nil for dates that do not exist, such as 2026-02-30.
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.init(unchecked: year, month, day)
        guard LocalDate(dayNumber: dayNumber) == self else { return nil }
    }

    /// Strictly "YYYY-MM-DD", as holidays are written in configuration and on the command line.
    init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `dayNumber` days after 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days).
    init(dayNumber: Int64) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(unchecked: Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), Int(month), Int(day))
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01, negative before it (H. Hinnant's days_from_civil).
    var dayNumber: Int64 {
        let year = Int64(month <= 2 ? self.year - 1 : self.year), month = Int64(self.month)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// "2026-12-24".
    var text: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// ISO weekday of a day number, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(ofDay dayNumber: Int64) -> Int {
        Int(((dayNumber % 7) + 7 + 3) % 7) + 1
    }
}
