/// TOML's dates and times (RFC 3339): `1979-05-27T07:32:00Z`, `1979-05-27 07:32:00.999-07:00`,
/// `1979-05-27T07:32:00`, `1979-05-27`, `07:32:00`. Only checked, since we keep the text.
enum TOMLDateTime {
    static func isValid(_ word: ArraySlice<UInt8>) -> Bool {
        var reader = Reader(rest: word)
        guard word.dropFirst(4).first == UInt8(ascii: "-") else {
            return reader.readTime() && reader.rest.isEmpty  // a local time
        }
        guard reader.readDate() else { return false }
        if reader.rest.isEmpty { return true }  // a local date
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) || reader.take(UInt8(ascii: " ")),
              reader.readTime() else { return false }
        if reader.rest.isEmpty { return true }  // a local date-time
        return reader.readOffset() && reader.rest.isEmpty
    }

    private struct Reader {
        var rest: ArraySlice<UInt8>

        mutating func take(_ byte: UInt8) -> Bool {
            guard rest.first == byte else { return false }
            rest = rest.dropFirst()
            return true
        }

        /// Exactly `count` digits, as a number.
        mutating func number(digits count: Int) -> Int? {
            let digits = rest.prefix(count)
            guard digits.count == count, digits.allSatisfy(TOMLParser.isDigit) else { return nil }
            rest = rest.dropFirst(count)
            return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }

        mutating func readDate() -> Bool {
            guard let year = number(digits: 4), take(UInt8(ascii: "-")), let month = number(digits: 2),
                  take(UInt8(ascii: "-")), let day = number(digits: 2), (1...12).contains(month) else { return false }
            let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            return (1...days).contains(day)
        }

        /// `HH:MM:SS` and maybe a fraction; 60 seconds for a leap second.
        mutating func readTime() -> Bool {
            guard let hour = number(digits: 2), take(UInt8(ascii: ":")), let minute = number(digits: 2),
                  take(UInt8(ascii: ":")), let second = number(digits: 2),
                  hour < 24, minute < 60, second <= 60 else { return false }
            if take(UInt8(ascii: ".")) {
                let fraction = rest.prefix(while: TOMLParser.isDigit)
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
            return true
        }

        /// `Z` or `±HH:MM`.
        mutating func readOffset() -> Bool {
            if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return true }
            guard take(UInt8(ascii: "+")) || take(UInt8(ascii: "-")),
                  let hour = number(digits: 2), take(UInt8(ascii: ":")), let minute = number(digits: 2) else { return false }
            return hour < 24 && minute < 60
        }
    }
}
