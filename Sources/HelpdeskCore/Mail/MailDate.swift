/// RFC 5322 dates → seconds since 1970, tolerant of what mailers write: no day of week, two-
/// or three-digit years, no seconds, named zones (GMT, EST, military letters), a trailing
/// "(CET)" comment, asctime order ("Mon Dec  3 10:00:00 2026"), ISO 8601 dates.
public enum MailDate {
    /// The moment `text` names, or nil when it names none (no day, month or year found, or a
    /// field out of range). No time of day means midnight; no zone means UTC.
    public static func epochSeconds(_ text: String) -> Int64? {
        var year: Int?, month: Int?, day: Int?
        var hour = 0, minute = 0, second = 0, haveTime = false
        var offset = 0

        for token in tokens(text).flatMap(splitISO) {
            if token.contains(":") && !haveTime {
                var rest = Substring(token)
                // A zone glued to the time: "10:00:00Z", "10:00:00+0100".
                if let sign = rest.firstIndex(where: { $0 == "+" || $0 == "-" }) {
                    if let zone = zoneOffset(String(rest[sign...])) { offset = zone }
                    rest = rest[..<sign]
                } else if rest.last == "Z" || rest.last == "z" {
                    rest = rest.dropLast()
                }
                let fields = rest.split(separator: ":", omittingEmptySubsequences: false)
                guard fields.count >= 2, fields.count <= 3,
                      let h = number(fields[0]), let m = number(fields[1]) else { continue }
                let s = fields.count == 3 ? number(fields[2].split(separator: ".").first ?? "") : 0
                guard let s else { continue }
                (hour, minute, second, haveTime) = (h, m, s, true)
            } else if let iso = isoDate(token) {
                (year, month, day) = iso
            } else if token.first == "+" || (token.first == "-" && token.count > 1) {
                if let zone = zoneOffset(token) { offset = zone }
            } else if let value = number(Substring(token)) {
                if day == nil && token.count <= 2 && value >= 1 {
                    day = value
                } else if year == nil {
                    year = token.count <= 2 ? (value < 50 ? 2000 + value : 1900 + value)
                         : token.count == 3 ? 1900 + value : value
                }
            } else if let name = monthNumber(token) {
                if month == nil { month = name }
            } else if let zone = namedZone(token) {
                offset = zone
            }
        }
        guard let year, let month, let day, (1...31).contains(day), (1900...9999).contains(year),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - Int64(offset)
    }

    /// Words of the date, comments dropped, split at blanks and commas.
    private static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var commentDepth = 0
        for character in text {
            if character == "(" { commentDepth += 1; continue }
            if character == ")" { commentDepth = max(0, commentDepth - 1); continue }
            if commentDepth > 0 { continue }
            if character.isWhitespace || character == "," {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current.append(character)
            }
            if out.count > 32 { break }  // a date has a handful of words; do not walk a megabyte
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// "2026-12-03T10:00:00Z" as two tokens, date and time.
    private static func splitISO(_ token: String) -> [String] {
        guard isoDate(String(token.prefix(10))) != nil, token.count > 11, token.dropFirst(10).first == "T" else { return [token] }
        return [String(token.prefix(10)), String(token.dropFirst(11))]
    }

    /// "2026-12-03".
    private static func isoDate(_ token: String) -> (Int, Int, Int)? {
        let fields = token.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, let y = number(fields[0]), let m = number(fields[1]),
              let d = number(fields[2]), (1...12).contains(m) else { return nil }
        return (y, m, d)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ token: String) -> Int? {
        let word = token.lowercased()
        guard word.count >= 3 else { return nil }
        // German mailers write "Okt", "Mär", "Mai", "Dez" now and then.
        switch word.prefix(3) {
        case "mai": return 5
        case "okt": return 10
        case "mär", "mrz": return 3
        case "dez": return 12
        default: break
        }
        return months.firstIndex(of: String(word.prefix(3))).map { $0 + 1 }
    }

    /// "+0100", "-0530" → seconds east of UTC.
    private static func zoneOffset(_ token: String) -> Int? {
        let digits = token.dropFirst()
        guard digits.count == 4, let value = number(digits) else { return nil }
        let hours = value / 100, minutes = value % 100
        guard hours <= 23, minutes <= 59 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return token.first == "-" ? -seconds : seconds
    }

    private static func namedZone(_ token: String) -> Int? {
        switch token.uppercased() {
        case "UT", "UTC", "GMT", "Z": return 0
        case "EST": return -5 * 3600
        case "EDT": return -4 * 3600
        case "CST": return -6 * 3600
        case "CDT": return -5 * 3600
        case "MST": return -7 * 3600
        case "MDT": return -6 * 3600
        case "PST": return -8 * 3600
        case "PDT": return -7 * 3600
        case "CET", "MEZ": return 3600
        case "CEST", "MESZ": return 7200
        default: return nil  // military letters were never used consistently: RFC 5322 reads them as 0, so do we by ignoring them
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
