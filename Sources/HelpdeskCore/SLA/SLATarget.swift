import Foundation

/// How long one SLA clock may run: "4h", "1h30m", "3d". Days are business days, worth one working
/// day of the desk's calendar, because "3 days" promised to a customer means three working days.
public struct SLATarget: Sendable, Equatable, Codable {
    /// Hours and minutes, in minutes.
    public var minutes: Int64
    /// Whole working days of the calendar.
    public var businessDays: Int

    public init(minutes: Int64 = 0, businessDays: Int = 0) {
        self.minutes = minutes
        self.businessDays = businessDays
    }

    /// The longest target accepted: longer ones are typos, and would make deadlines meaningless.
    public static let maximumDays: Int64 = 365

    /// The target's length in seconds of the calendar's time (working time on a business clock).
    public func seconds(in calendar: BusinessCalendar) -> Int64 {
        max(0, minutes).saturatingMultiplied(by: 60)
            .saturatingAdding(Int64(max(0, businessDays)).saturatingMultiplied(by: calendar.workingDaySeconds))
    }

    /// The short form, as `parse` reads it: "4h", "3d", "1h30m", "2d4h".
    public var text: String {
        let hours = minutes / 60, rest = minutes % 60
        let parts = [(Int64(businessDays), "d"), (hours, "h"), (rest, "m")].filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
        return parts.isEmpty ? "0m" : parts.joined()
    }

    /// Reads "30m", "4h", "1h30m", "3d", "2d4h": numbers with units d, h, m in that order, each at
    /// most once. Empty, zero, negative and over-long targets and unknown units are refused.
    public static func parse(_ text: String) throws -> SLATarget {
        let expected = "(expected a duration like 30m, 4h, 1h30m, 3d or 2d4h)"
        func refuse(_ problem: String) -> HelpdeskError { .invalidInput("\(problem) \(expected)") }
        let input = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !input.isEmpty else { throw refuse("an SLA target must not be empty") }
        guard !input.hasPrefix("-") else { throw refuse("SLA target '\(text)' must not be negative") }
        let units: [Character] = ["d", "h", "m"]
        var target = SLATarget(), digits = "", lastUnit = -1
        for character in input {
            if character.isASCII && character.isWholeNumber {
                digits.append(character)
                continue
            }
            guard let unit = units.firstIndex(of: character) else {
                throw character.isLetter ? refuse("unknown unit '\(character)' in SLA target '\(text)'") : refuse("bad SLA target '\(text)'")
            }
            guard !digits.isEmpty, unit > lastUnit else { throw refuse("bad SLA target '\(text)'") }
            // Six digits already exceed a year in any unit; longer numbers are refused as too long below.
            let value = digits.count <= 6 ? Int64(digits) ?? 0 : Int64(maximumDays + 1) * 24 * 60
            switch unit {
            case 0: target.businessDays = Int(min(value, maximumDays + 1))
            case 1: target.minutes += value * 60
            default: target.minutes += value
            }
            digits = ""
            lastUnit = unit
        }
        guard digits.isEmpty else { throw refuse("SLA target '\(text)' needs a unit after \(digits)") }
        guard Int64(target.businessDays) * 24 * 60 + target.minutes <= maximumDays * 24 * 60 else {
            throw refuse("SLA target '\(text)' is longer than \(maximumDays) days")
        }
        guard target.businessDays > 0 || target.minutes > 0 else { throw refuse("SLA target '\(text)' is zero") }
        return target
    }
}
