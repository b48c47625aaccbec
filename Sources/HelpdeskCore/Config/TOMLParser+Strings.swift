/// The four kinds of TOML string: "basic" (with escapes), 'literal', and their """multi-line"""
/// and '''multi-line''' forms.
extension TOMLParser {
    /// A string value, of whichever kind starts here (the position is on a quote).
    func parseString() throws(TOMLSyntaxError) -> String {
        let quote = bytes[position]
        guard peek(1) == quote, peek(2) == quote else {
            return quote == UInt8(ascii: "\"") ? try parseBasicString() : try parseLiteralString()
        }
        return try parseMultilineString(quote: quote)
    }

    /// `"…"` on one line, with escapes.
    func parseBasicString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &text, stringStart: start)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw failure("unterminated string (a \"string\" ends on its own line; use \"\"\" for several lines)", at: start)
            case _ where Self.isControl(byte):
                throw controlCharacter(byte, in: "a string (write it as an escape such as \\t or \\u001B)")
            default:
                text.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string", at: start)
    }

    /// `'…'` on one line, taken as written.
    func parseLiteralString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "'"):
                position += 1
                return String(decoding: bytes[(start + 1)..<(position - 1)], as: UTF8.self)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw failure("unterminated string (a 'string' ends on its own line; use ''' for several lines)", at: start)
            case _ where Self.isControl(byte):
                throw controlCharacter(byte, in: "a string")
            default:
                position += 1
            }
        }
        throw failure("unterminated string", at: start)
    }

    /// `"""…"""` (escapes, and a backslash at the end of a line joins it to the next) or `'''…'''`.
    private func parseMultilineString(quote: UInt8) throws(TOMLSyntaxError) -> String {
        let start = position
        let isBasic = quote == UInt8(ascii: "\"")
        position += 3
        // A newline right after the opening quotes is not part of the string.
        _ = consumeNewline()
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case quote:
                var run = 0
                while peek(run) == quote { run += 1 }
                position += run
                guard run >= 3 else {
                    text.append(contentsOf: repeatElement(quote, count: run))
                    continue
                }
                // Up to two quotes may stand just before the closing three.
                guard run <= 5 else { throw failure("too many quotes at the end of the string", at: position - run) }
                text.append(contentsOf: repeatElement(quote, count: run - 3))
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\") where isBasic:
                if skipLineEndingBackslash() { continue }
                try parseEscape(into: &text, stringStart: start)
            case UInt8(ascii: "\n"):
                text.append(byte)
                position += 1
            case UInt8(ascii: "\r") where peek(1) == UInt8(ascii: "\n"):
                text.append(UInt8(ascii: "\n"))
                position += 2
            case _ where Self.isControl(byte):
                throw controlCharacter(byte, in: "a string")
            default:
                text.append(byte)
                position += 1
            }
        }
        let closing = String(repeating: Character(Unicode.Scalar(quote)), count: 3)
        throw failure("unterminated string (expected \(closing) to close it)", at: start)
    }

    /// A backslash, maybe blanks, then a newline: skips all of it and the blanks and newlines that
    /// follow. False (and nothing skipped) for any other backslash.
    private func skipLineEndingBackslash() -> Bool {
        let backslash = position
        position += 1
        skipWhitespace()
        guard consumeNewline() else {
            position = backslash
            return false
        }
        while true {
            skipWhitespace()
            guard consumeNewline() else { return true }
        }
    }

    /// One escape sequence (the position is on the backslash), appended as UTF-8.
    private func parseEscape(into text: inout [UInt8], stringStart: Int) throws(TOMLSyntaxError) {
        let start = position
        position += 1
        guard let letter = peek() else { throw failure("unterminated string", at: stringStart) }
        position += 1
        switch letter {
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(letter)
        case UInt8(ascii: "u"): try parseUnicodeEscape(digits: 4, into: &text, escapeStart: start)
        case UInt8(ascii: "U"): try parseUnicodeEscape(digits: 8, into: &text, escapeStart: start)
        default:
            let written = (0x21...0x7E).contains(letter) ? " \\\(Character(Unicode.Scalar(letter)))" : ""
            throw failure("unknown escape\(written) (known: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: start)
        }
    }

    /// `\uXXXX` or `\UXXXXXXXX`: exactly that many hex digits naming a Unicode scalar (no surrogate, at most 10FFFF).
    private func parseUnicodeEscape(digits count: Int, into text: inout [UInt8], escapeStart: Int) throws(TOMLSyntaxError) {
        let letter = count == 4 ? "u" : "U"
        var value: UInt32 = 0  // eight hex digits fit exactly
        for _ in 0..<count {
            guard let byte = peek(), let digit = Self.hexValue(byte) else {
                throw failure("expected \(count) hex digits after \\\(letter)", at: escapeStart)
            }
            value = value << 4 | digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            let written = String(decoding: bytes[escapeStart..<position], as: UTF8.self)
            throw failure("\(written) is not a Unicode character (surrogates and values above 10FFFF are not)", at: escapeStart)
        }
        UTF8.encode(scalar) { text.append($0) }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
