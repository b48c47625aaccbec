/// TOML's integers and floats, checked by hand: Swift's own conversions accept forms TOML does
/// not (`1_`, `0x1p3`, `01`), and an integer too large must be an error, not a trap.
enum TOMLNumber {
    enum Problem: Error {
        case malformed, leadingZero, signedPrefix, tooLarge

        func message(for word: String) -> String {
            switch self {
            case .malformed: "invalid number '\(word)'"
            case .leadingZero: "invalid number '\(word)' (no leading zeros)"
            case .signedPrefix: "invalid number '\(word)' (0x, 0o and 0b numbers take no sign)"
            case .tooLarge: "'\(word)' does not fit in a 64-bit integer"
            }
        }
    }

    /// `42`, `-17`, `1_000`, `0xDEAD_BEEF`, `0o755`, `0b1101`, `3.14`, `-2e-3`, `6.626e-34`.
    static func parse(_ word: ArraySlice<UInt8>) throws(Problem) -> TOMLValue {
        var digits = word
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        if digits.count > 2, digits.first == UInt8(ascii: "0"), let radix = radix(named: digits[digits.startIndex + 1]) {
            guard digits.count == word.count else { throw .signedPrefix }
            return .integer(try integer(digits.dropFirst(2), radix: radix, negative: false))
        }
        if digits.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return .float(try float(word, unsigned: digits))
        }
        try checkNoLeadingZero(digits)
        return .integer(try integer(digits, radix: 10, negative: negative))
    }

    private static func radix(named letter: UInt8) -> Int64? {
        switch letter {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// Digits in `radix`, accumulated with overflow checks (towards the negative side for a minus
    /// sign, so -9223372036854775808 fits).
    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int64, negative: Bool) throws(Problem) -> Int64 {
        try checkUnderscores(digits)
        var value: Int64 = 0
        for byte in digits where byte != UInt8(ascii: "_") {
            guard let digit = TOMLParser.hexValue(byte).map(Int64.init), digit < radix else { throw .malformed }
            let (shifted, shiftOverflow) = value.multipliedReportingOverflow(by: radix)
            let (next, addOverflow) = negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !shiftOverflow, !addOverflow else { throw .tooLarge }
            value = next
        }
        return value
    }

    /// An integer part, then `.fraction` and/or an exponent `e±digits`.
    private static func float(_ word: ArraySlice<UInt8>, unsigned digits: ArraySlice<UInt8>) throws(Problem) -> Double {
        let exponentStart = digits.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = digits[..<(exponentStart ?? digits.endIndex)]
        let dot = mantissa.firstIndex(of: UInt8(ascii: "."))
        let integerPart = mantissa[..<(dot ?? mantissa.endIndex)]
        try checkDecimal(integerPart)
        try checkNoLeadingZero(integerPart)
        if let dot { try checkDecimal(mantissa[(dot + 1)...]) }
        if let exponentStart {
            var exponent = digits[(exponentStart + 1)...]
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
            try checkDecimal(exponent)
        }
        guard let value = Double(String(decoding: word.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)) else {
            throw .malformed
        }
        return value
    }

    /// Decimal digits, underscores only between two of them.
    private static func checkDecimal(_ digits: ArraySlice<UInt8>) throws(Problem) {
        try checkUnderscores(digits)
        guard digits.allSatisfy({ TOMLParser.isDigit($0) || $0 == UInt8(ascii: "_") }) else { throw .malformed }
    }

    /// Not empty, and every underscore between two digits.
    private static func checkUnderscores(_ digits: ArraySlice<UInt8>) throws(Problem) {
        let underscore = UInt8(ascii: "_")
        guard let first = digits.first, let last = digits.last, first != underscore, last != underscore,
              !zip(digits, digits.dropFirst()).contains(where: { $0 == underscore && $1 == underscore }) else {
            throw .malformed
        }
    }

    private static func checkNoLeadingZero(_ digits: ArraySlice<UInt8>) throws(Problem) {
        if digits.count > 1, digits.first == UInt8(ascii: "0") { throw .leadingZero }
    }
}
