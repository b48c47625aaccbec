/// Values: strings (see TOMLParser+Strings), arrays, inline tables, and the bare words —
/// booleans, numbers, dates and times.
extension TOMLParser {
    /// The value after `=` or in an array. `depth` is where it would sit below the root.
    func parseValue(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        switch peek() {
        case UInt8(ascii: "\"")?, UInt8(ascii: "'")?:
            return .string(try parseString())
        case UInt8(ascii: "[")?:
            return try parseArray(depth: depth)
        case UInt8(ascii: "{")?:
            return try parseInlineTable(depth: depth)
        case nil, UInt8(ascii: "\n")?, UInt8(ascii: "\r")?, UInt8(ascii: "#")?:
            throw failure("expected a value, found \(found())", at: position)
        default:
            return try parseBareValue()
        }
    }

    /// `[1, 2, 3]`: any values, newlines and comments between them, a comma after the last allowed.
    private func parseArray(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        try checkDepth(depth, at: start)
        position += 1
        var items: [TOMLValue] = []
        while true {
            try skipBlankLines()
            if consume(UInt8(ascii: "]")) { return .array(items) }
            guard peek() != nil else { throw failure("expected ']' to close the array", at: start) }
            items.append(try parseValue(depth: depth + 1))
            try skipBlankLines()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return .array(items) }
            guard peek() != nil else { throw failure("expected ']' to close the array", at: start) }
            throw failure("expected ',' or ']' after a value in the array, found \(found())", at: position)
        }
    }

    /// `{ fg = "accent", bold = true }`: on one line, no comma after the last entry (TOML 1.0).
    private func parseInlineTable(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        try checkDepth(depth, at: start)
        position += 1
        let table = TOMLTableNode(origin: .root, depth: depth)
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .table(table.table()) }
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                throw failure("no comma may follow the last entry of an inline table", at: position)
            }
            try parseKeyValue(into: table)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return .table(table.table()) }
            switch peek() {
            case nil:
                throw failure("expected '}' to close the inline table", at: start)
            case UInt8(ascii: "\n")?, UInt8(ascii: "\r")?:
                throw failure("expected '}' to close the inline table on the same line", at: position)
            default:
                throw failure("expected ',' or '}' after a value in the inline table, found \(found())", at: position)
            }
        }
    }

    // MARK: - Bare words

    /// `true`, `false`, a number, a date or a time: the word up to the next blank, comma or bracket.
    private func parseBareValue() throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        skipWord()
        // A date and a time may be parted by one space: `1979-05-27 07:32:00`.
        if position - start == 10, bytes[start + 4] == UInt8(ascii: "-"), peek() == UInt8(ascii: " "),
           let first = peek(1), let second = peek(2), Self.isDigit(first), Self.isDigit(second), peek(3) == UInt8(ascii: ":") {
            position += 1
            skipWord()
        }
        let word = bytes[start..<position]
        guard !word.isEmpty else { throw failure("expected a value, found \(found())", at: start) }
        let text = String(decoding: word, as: UTF8.self)
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if let first = word.first, Self.isLetter(first) {
            throw failure("expected a value, found '\(Self.display(text))' (text goes in quotes: \"\(Self.display(text))\")", at: start)
        }
        if Self.looksLikeDateOrTime(word) {
            guard TOMLDateTime.isValid(word) else {
                throw failure("invalid date or time '\(Self.display(text))' (e.g. 1979-05-27, 07:32:00, 1979-05-27T07:32:00Z)", at: start)
            }
            return .dateTime(text)
        }
        do {
            return try TOMLNumber.parse(word)
        } catch {
            throw failure(error.message(for: Self.display(text)), at: start)
        }
    }

    /// Letters, digits and the signs numbers and dates are made of.
    private func skipWord() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ":"):
                position += 1
            case _ where Self.isBareKeyByte(byte):
                position += 1
            default:
                return
            }
        }
    }

    /// `1979-…` or `07:…`: digits then a dash at 4, or a colon at 2.
    private static func looksLikeDateOrTime(_ word: ArraySlice<UInt8>) -> Bool {
        let digits = word.prefix { isDigit($0) }.count
        let next = word.dropFirst(digits).first
        return (digits == 4 && next == UInt8(ascii: "-")) || (digits == 2 && next == UInt8(ascii: ":"))
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
