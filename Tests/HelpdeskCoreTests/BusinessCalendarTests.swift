import Foundation
import Testing
@testable import HelpdeskCore

@Suite struct BusinessCalendarTests {
    let hour: Int64 = 3600
    /// Every day of the week, 08:00–17:00 in Berlin: makes the DST Sundays working days.
    let everyDay = BusinessCalendar(timeZone: "Europe/Berlin", workingDays: Array(1...7), dayStart: 8 * 60, dayEnd: 17 * 60)
    /// Around the clock in Berlin: working time is wall-clock time, 23 or 25 hours on DST days.
    let allDay = BusinessCalendar(timeZone: "Europe/Berlin", workingDays: Array(1...7), dayStart: 0, dayEnd: 24 * 60)

    static let berlinFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    /// The UTC instant of a Berlin wall-clock time, "2026-11-27 16:30".
    func at(_ text: String) -> Int64 {
        guard let date = Self.berlinFormatter.date(from: text) else {
            Issue.record("bad fixture time '\(text)'")
            return 0
        }
        return Int64(date.timeIntervalSince1970)
    }

    /// An instant as Berlin wall-clock time, so that failures read like the fixtures.
    func local(_ instant: Int64) -> String {
        Self.berlinFormatter.string(from: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// When `hours` of working time have passed after the Berlin time `start`.
    func after(_ hours: Double, from start: String, in calendar: BusinessCalendar = .standard) -> String {
        local(calendar.adding(businessSeconds: Int64(hours * 3600), to: at(start)))
    }

    func hours(from start: String, to end: String, in calendar: BusinessCalendar = .standard) -> Double {
        Double(calendar.businessSeconds(from: at(start), to: at(end))) / 3600
    }

    // MARK: - Adding and counting working time

    @Test func withinOneDay() {
        #expect(BusinessCalendar.standard.workingDaySeconds == 9 * hour)
        #expect(after(2, from: "2026-11-24 09:00") == "2026-11-24 11:00")
        #expect(after(0.5, from: "2026-11-24 16:29") == "2026-11-24 16:59")
        #expect(hours(from: "2026-11-24 09:00", to: "2026-11-24 11:15") == 2.25)
    }

    @Test func acrossTheEveningIntoTheNextMorning() {
        #expect(after(2, from: "2026-11-24 16:00") == "2026-11-25 09:00")
        #expect(hours(from: "2026-11-24 16:00", to: "2026-11-25 09:00") == 2)
        // A deadline on closing time stays there rather than moving to the next opening.
        #expect(after(1, from: "2026-11-24 16:00") == "2026-11-24 17:00")
        #expect(after(9, from: "2026-11-24 08:00") == "2026-11-24 17:00")
        #expect(after(9.5, from: "2026-11-24 08:00") == "2026-11-25 08:30")
    }

    @Test func fridayAfternoonToMonday() {
        #expect(after(1, from: "2026-11-27 16:30") == "2026-11-30 08:30")
        #expect(hours(from: "2026-11-27 16:30", to: "2026-11-30 08:30") == 1)
        #expect(hours(from: "2026-11-28 00:00", to: "2026-11-30 00:00") == 0)
    }

    @Test func holidaysAreSkipped() throws {
        let christmas = try BusinessCalendar.parse(days: nil, hours: nil, timeZone: nil, holidays: ["2026-12-25", "2026-12-24"])
        #expect(christmas.holidays == ["2026-12-24", "2026-12-25"])
        // Wed 23rd 16:00: one hour that day, Thu 24th and Fri 25th closed, the weekend too.
        #expect(after(2, from: "2026-12-23 16:00", in: christmas) == "2026-12-28 09:00")
        #expect(after(2, from: "2026-12-23 16:00") == "2026-12-24 09:00")
        #expect(hours(from: "2026-12-23 00:00", to: "2026-12-29 00:00", in: christmas) == 18)
        #expect(hours(from: "2026-12-23 00:00", to: "2026-12-29 00:00") == 36)
    }

    @Test func startingOutsideWorkingHours() {
        #expect(after(1, from: "2026-11-24 06:00") == "2026-11-24 09:00")  // before opening
        #expect(after(1, from: "2026-11-24 18:00") == "2026-11-25 09:00")  // after closing
        #expect(after(1, from: "2026-11-29 12:00") == "2026-11-30 09:00")  // Sunday
        // No time at all is the start itself, wherever it lies.
        let sunday = at("2026-11-29 12:00")
        #expect(BusinessCalendar.standard.adding(businessSeconds: 0, to: sunday) == sunday)
        #expect(BusinessCalendar.standard.adding(businessSeconds: -hour, to: sunday) == sunday)
        #expect(BusinessCalendar.standard.businessSeconds(from: sunday, to: sunday - hour) == 0)
    }

    @Test func springForwardKeepsNineHourDays() {
        // 2026-03-29 is a Sunday; Berlin skips 02:00–03:00.
        #expect(after(10, from: "2026-03-28 16:00", in: everyDay) == "2026-03-29 17:00")
        #expect(hours(from: "2026-03-29 00:00", to: "2026-03-30 00:00", in: everyDay) == 9)
        #expect(hours(from: "2026-03-29 00:00", to: "2026-03-30 00:00", in: allDay) == 23)
        #expect(after(48, from: "2026-03-28 00:00", in: allDay) == "2026-03-30 01:00")
        // Friday to Monday over the change: 65 local hours are 64 real ones.
        let start = at("2026-03-27 16:00")
        let due = BusinessCalendar.standard.adding(businessSeconds: 2 * hour, to: start)
        #expect(local(due) == "2026-03-30 09:00")
        #expect(due - start == 64 * hour)
    }

    @Test func fallBackKeepsNineHourDays() {
        // 2026-10-25 is a Sunday; Berlin repeats 02:00–03:00.
        #expect(after(10, from: "2026-10-24 16:00", in: everyDay) == "2026-10-25 17:00")
        #expect(hours(from: "2026-10-25 00:00", to: "2026-10-26 00:00", in: everyDay) == 9)
        #expect(hours(from: "2026-10-25 00:00", to: "2026-10-26 00:00", in: allDay) == 25)
        let start = at("2026-10-23 16:00")
        let due = BusinessCalendar.standard.adding(businessSeconds: 2 * hour, to: start)
        #expect(local(due) == "2026-10-26 09:00")
        #expect(due - start == 66 * hour)
    }

    /// Counting is the inverse of adding, over a whole year (both DST changes) for three calendars.
    @Test func countingUndoesAdding() throws {
        let christmas = try BusinessCalendar.parse(days: "sun-thu", hours: "07:30-16:45", timeZone: nil,
                                                   holidays: ["2026-03-29", "2026-10-25", "2026-12-24"])
        var random = SeededRandom(seed: 2026)
        let year = at("2026-01-01 00:00")..<at("2027-01-01 00:00")
        for calendar in [BusinessCalendar.standard, christmas, allDay] {
            for _ in 0..<150 {
                let start = year.lowerBound + Int64(random.below(Int(year.upperBound - year.lowerBound)))
                let amount = Int64(random.below(15 * 9 * 3600))
                let due = calendar.adding(businessSeconds: amount, to: start)
                #expect(due >= start)
                #expect(calendar.businessSeconds(from: start, to: due) == amount, "\(calendar.summary) from \(local(start)) + \(amount)s")
                let split = Int64(random.below(Int(amount) + 1))
                #expect(calendar.adding(businessSeconds: amount - split, to: calendar.adding(businessSeconds: split, to: start)) == due)
                if calendar == allDay { #expect(due == start + amount) }
                let end = start + Int64(random.below(20 * 86_400))
                #expect(calendar.adding(businessSeconds: calendar.businessSeconds(from: start, to: end), to: start) <= end)
            }
        }
    }

    @Test func fastEnoughForAQueue() {
        let start = at("2026-01-05 09:00")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for ticket in 0..<2_000 {
                let created = start + Int64(ticket) * 4_001
                let due = BusinessCalendar.standard.adding(businessSeconds: 5 * 9 * hour, to: created)
                #expect(BusinessCalendar.standard.businessSeconds(from: created, to: due) == 5 * 9 * hour)
            }
        }
        #expect(elapsed < .seconds(5))  // about 0.1 s in a debug build; a per-minute loop would take far longer
    }

    /// Unchecked calendars and absurd amounts must still give an answer, not hang or trap.
    @Test func alwaysTerminates() {
        let start = at("2026-11-24 09:00")
        let closed = BusinessCalendar(timeZone: "Europe/Berlin", workingDays: [], dayStart: 480, dayEnd: 1020)
        let reversed = BusinessCalendar(timeZone: "Europe/Berlin", workingDays: [1], dayStart: 1020, dayEnd: 480)
        let nowhere = BusinessCalendar(timeZone: "Mars/Olympus", workingDays: [1], dayStart: 480, dayEnd: 1020)
        for calendar in [closed, reversed, nowhere] {
            #expect(calendar.adding(businessSeconds: hour, to: start) == start + hour)
            #expect(calendar.businessSeconds(from: start, to: start + hour) == hour)
        }
        #expect(BusinessCalendar.standard.adding(businessSeconds: .max, to: start) == .max)
        #expect(BusinessCalendar.standard.adding(businessSeconds: hour, to: .max) == .max)
        #expect(BusinessCalendar.standard.adding(businessSeconds: hour, to: .min) == .min + hour)
        #expect(BusinessCalendar.standard.businessSeconds(from: .min, to: .max) == .max)
    }

    // MARK: - SLA policies

    @Test func standardPolicies() {
        let targets = Priority.allCases.map { priority in
            let policy = SLAPolicy.standard(for: priority)
            return "\(priority.name) \(policy.firstResponseTarget.text)/\(policy.resolutionTarget.text) \(policy.clock.rawValue)"
        }
        #expect(targets == ["low 1d/5d business", "normal 4h/3d business", "high 1h/8h business", "urgent 30m/4h business"])
        // A normal ticket on Tuesday at 15:00: first answer Wednesday 10:00, resolution Friday 15:00.
        let normal = SLAPolicy.standard(for: .normal), created = at("2026-11-24 15:00")
        #expect(local(normal.due(from: created, target: normal.firstResponseTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-25 10:00")
        #expect(local(normal.due(from: created, target: normal.resolutionTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-27 15:00")
        // An urgent one on Friday at 16:00 is answered by 16:30 and solved by Monday 11:00.
        let urgent = SLAPolicy.standard(for: .urgent), friday = at("2026-11-27 16:00")
        #expect(local(urgent.due(from: friday, target: urgent.firstResponseTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-27 16:30")
        #expect(local(urgent.due(from: friday, target: urgent.resolutionTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-30 11:00")
    }

    @Test func pausesPushTheDeadlineBackByTheirWorkingTime() {
        let urgent = SLAPolicy.standard(for: .urgent), created = at("2026-11-26 15:00")
        func due(paused: Int64) -> String {
            local(urgent.due(from: created, target: urgent.resolutionTarget, pausedSeconds: paused, calendar: .standard))
        }
        #expect(due(paused: 0) == "2026-11-27 10:00")
        // Pending over the weekend, from closing to opening: no working time lost.
        let weekend = urgent.pausedSeconds(from: at("2026-11-27 17:00"), to: at("2026-11-30 08:00"), calendar: .standard)
        #expect(weekend == 0)
        #expect(due(paused: weekend) == "2026-11-27 10:00")
        // Pending from Friday 16:00 to Monday 10:00: one hour on Friday, two on Monday.
        let longer = urgent.pausedSeconds(from: at("2026-11-27 16:00"), to: at("2026-11-30 10:00"), calendar: .standard)
        #expect(longer == 3 * hour)
        #expect(due(paused: longer) == "2026-11-27 13:00")
        #expect(due(paused: -hour) == "2026-11-27 10:00")
    }

    @Test func continuousClockCountsEverySecond() throws {
        let policy = SLAPolicy(firstResponseTarget: try SLATarget.parse("4h"), resolutionTarget: try SLATarget.parse("1d"), clock: .continuous)
        let friday = at("2026-11-27 16:30")
        #expect(local(policy.due(from: friday, target: policy.firstResponseTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-27 20:30")
        // A business day is one working day's length (9 hours), even around the clock.
        #expect(local(policy.due(from: friday, target: policy.resolutionTarget, pausedSeconds: 0, calendar: .standard)) == "2026-11-28 01:30")
        let weekend = policy.pausedSeconds(from: at("2026-11-27 17:00"), to: at("2026-11-30 08:00"), calendar: .standard)
        #expect(weekend == 63 * hour)
        #expect(local(policy.due(from: friday, target: policy.firstResponseTarget, pausedSeconds: weekend, calendar: .standard)) == "2026-11-30 11:30")
        #expect(policy.pausedSeconds(from: friday, to: friday - hour, calendar: .standard) == 0)
        #expect(SLAClockKind(rawValue: "continuous") == .continuous && SLAClockKind(rawValue: "business") == .business)
    }

    // MARK: - Targets

    @Test func targetsReadAndWriteTheirShortForm() throws {
        let cases: [(String, Int64, Int, String)] = [
            ("30m", 30, 0, "30m"), ("4h", 240, 0, "4h"), ("1h30m", 90, 0, "1h30m"), ("90m", 90, 0, "1h30m"),
            ("3d", 0, 3, "3d"), ("2d4h", 240, 2, "2d4h"), (" 1D2H5M ", 125, 1, "1d2h5m"), ("365d", 0, 365, "365d"),
        ]
        for (text, minutes, days, short) in cases {
            let target = try SLATarget.parse(text)
            #expect(target == SLATarget(minutes: minutes, businessDays: days), "\(text)")
            #expect(target.text == short)
            #expect(try SLATarget.parse(target.text) == target)
        }
        #expect(try SLATarget.parse("2d4h").seconds(in: .standard) == 22 * hour)
        #expect(try SLATarget.parse("1d").seconds(in: allDay) == 24 * hour)
    }

    @Test func badTargetsAreRefusedWithTheirReason() {
        let expected = "(expected a duration like 30m, 4h, 1h30m, 3d or 2d4h)"
        let cases = [
            ("", "an SLA target must not be empty"),
            ("0m", "SLA target '0m' is zero"),
            ("0d0h", "SLA target '0d0h' is zero"),
            ("-4h", "SLA target '-4h' must not be negative"),
            ("4x", "unknown unit 'x' in SLA target '4x'"),
            ("4 hours", "bad SLA target '4 hours'"),
            ("30", "SLA target '30' needs a unit after 30"),
            ("30m1h", "bad SLA target '30m1h'"),
            ("h", "bad SLA target 'h'"),
            ("1.5h", "bad SLA target '1.5h'"),
            ("366d", "SLA target '366d' is longer than 365 days"),
            ("8761h", "SLA target '8761h' is longer than 365 days"),
            ("99999999999999999999m", "SLA target '99999999999999999999m' is longer than 365 days"),
        ]
        for (text, problem) in cases {
            #expect(throws: HelpdeskError.invalidInput("\(problem) \(expected)"), "\(text)") { try SLATarget.parse(text) }
        }
    }

    // MARK: - Parsing calendars

    @Test func calendarsReadFromText() throws {
        func days(_ text: String) throws -> [Int] {
            try BusinessCalendar.parse(days: text, hours: nil, timeZone: nil, holidays: nil).workingDays
        }
        #expect(try days("mon-fri") == [1, 2, 3, 4, 5])
        #expect(try days("Mon,TUE,thu") == [1, 2, 4])
        #expect(try days("mon-sat") == [1, 2, 3, 4, 5, 6])
        #expect(try days("sun-thu") == [1, 2, 3, 4, 7])
        #expect(try days("fri-mon, wed") == [1, 3, 5, 6, 7])
        #expect(try days("tue,tue-tue") == [2])

        let base = BusinessCalendar(timeZone: "UTC", workingDays: [6], dayStart: 60, dayEnd: 120, holidays: ["2026-01-01"])
        #expect(try BusinessCalendar.parse(days: nil, hours: nil, timeZone: nil, holidays: nil, base: base) == base)
        let parsed = try BusinessCalendar.parse(days: nil, hours: "00:00-24:00", timeZone: " America/New_York ",
                                                holidays: ["2026-12-31", "2026-01-01", "2026-12-31"], base: base)
        #expect(parsed == BusinessCalendar(timeZone: "America/New_York", workingDays: [6], dayStart: 0, dayEnd: 1440,
                                           holidays: ["2026-01-01", "2026-12-31"]))
        #expect(parsed.workingDaySeconds == 24 * hour)
        #expect(try BusinessCalendar.parse(days: nil, hours: "7:30–16:15", timeZone: nil, holidays: []).dayStart == 450)
        #expect(try BusinessCalendar.parse(days: nil, hours: nil, timeZone: nil, holidays: ["2024-02-29"]).holidays == ["2024-02-29"])
    }

    @Test func badCalendarTextIsRefusedWithTheValueAndTheFormExpected() {
        let days = "(expected names like mon-fri or mon,wed,fri)"
        let hours = "(expected HH:MM-HH:MM like 08:00-17:00)"
        let date = "(expected YYYY-MM-DD like 2026-12-24)"
        let cases: [(String?, String?, String?, [String]?, String)] = [
            ("mno-fri", nil, nil, nil, "unknown weekday 'mno' in 'mno-fri' \(days)"),
            ("monday", nil, nil, nil, "unknown weekday 'monday' in 'monday' \(days)"),
            ("mon-tue-wed", nil, nil, nil, "bad weekday range 'mon-tue-wed' in 'mon-tue-wed' \(days)"),
            ("mon,,fri", nil, nil, nil, "missing weekday in 'mon,,fri' \(days)"),
            (" ", nil, nil, nil, "no working days given \(days)"),
            (nil, "17:00-08:00", nil, nil, "working hours '17:00-08:00' must end after they start \(hours)"),
            (nil, "08:00-08:00", nil, nil, "working hours '08:00-08:00' must end after they start \(hours)"),
            (nil, "8-17", nil, nil, "bad working hours '8-17' \(hours)"),
            (nil, "08:00-24:30", nil, nil, "bad working hours '08:00-24:30' \(hours)"),
            (nil, "08:60-17:00", nil, nil, "bad working hours '08:60-17:00' \(hours)"),
            (nil, "", nil, nil, "bad working hours '' \(hours)"),
            (nil, nil, "Mars/Olympus", nil, "unknown time zone 'Mars/Olympus' (expected an IANA name like Europe/Berlin or UTC)"),
            (nil, nil, "", nil, "unknown time zone '' (expected an IANA name like Europe/Berlin or UTC)"),
            (nil, nil, nil, ["2026-12-24", "2026-02-30"], "bad holiday date '2026-02-30' \(date)"),
            (nil, nil, nil, ["2025-02-29"], "bad holiday date '2025-02-29' \(date)"),
            (nil, nil, nil, ["24.12.2026"], "bad holiday date '24.12.2026' \(date)"),
            (nil, nil, nil, ["2026-1-5"], "bad holiday date '2026-1-5' \(date)"),
        ]
        for (dayText, hourText, zone, holidays, message) in cases {
            #expect(throws: HelpdeskError.invalidInput(message), "\(message)") {
                try BusinessCalendar.parse(days: dayText, hours: hourText, timeZone: zone, holidays: holidays)
            }
        }
    }

    /// Calendars decoded from a file are checked and tidied the same way.
    @Test func decodedCalendarsAreValidated() throws {
        let json = #"{"timeZone":"Europe/Berlin","workingDays":[5,1,1],"dayStart":480,"dayEnd":1020,"holidays":["2026-12-25","2026-12-24"]}"#
        let decoded = try JSONDecoder().decode(BusinessCalendar.self, from: Data(json.utf8))
        let tidy = try decoded.validated()
        #expect(tidy.workingDays == [1, 5] && tidy.holidays == ["2026-12-24", "2026-12-25"])
        #expect(try JSONDecoder().decode(BusinessCalendar.self, from: JSONEncoder().encode(tidy)) == tidy)
        var broken = tidy
        broken.dayEnd = 400
        #expect(throws: HelpdeskError.invalidInput("working hours from minute 480 to 400 must lie within 0–1440 and end after they start")) {
            try broken.validated()
        }
        broken = tidy
        broken.workingDays = [0, 8]
        #expect(throws: HelpdeskError.invalidInput("working days [0, 8] must be ISO weekdays from 1 (Mon) to 7 (Sun), at least one")) {
            try broken.validated()
        }
        let policy = SLAPolicy.standard(for: .low)
        #expect(try JSONDecoder().decode(SLAPolicy.self, from: JSONEncoder().encode(policy)) == policy)
    }

    @Test func summaries() throws {
        #expect(BusinessCalendar.standard.summary == "Mon–Fri 08:00–17:00 Europe/Berlin, no holidays")
        let cases: [(String, String, [String], String)] = [
            ("sun-thu", "07:30-24:00", ["2026-12-24", "2026-12-25"], "Sun–Thu 07:30–24:00 Europe/Berlin, 2 holidays"),
            ("mon,tue,thu", "00:00-09:05", ["2026-12-24"], "Mon,Tue,Thu 00:00–09:05 Europe/Berlin, 1 holiday"),
            ("sat-mon,wed", "08:00-17:00", [], "Sat–Mon,Wed 08:00–17:00 Europe/Berlin, no holidays"),
            ("mon,wed-fri,sun", "08:00-17:00", [], "Mon,Wed–Fri,Sun 08:00–17:00 Europe/Berlin, no holidays"),
            ("tue-mon", "08:00-17:00", [], "Mon–Sun 08:00–17:00 Europe/Berlin, no holidays"),
        ]
        for (days, hours, holidays, summary) in cases {
            #expect(try BusinessCalendar.parse(days: days, hours: hours, timeZone: nil, holidays: holidays).summary == summary)
        }
    }
}
