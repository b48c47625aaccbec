/// A structured header value with parameters: Content-Type (`text/plain; charset=utf-8`) and
/// Content-Disposition (`attachment; filename="a.pdf"`).
///
/// Parameters follow RFC 2231 as well: `filename*=UTF-8''n%C3%A4me.pdf` (charset, language,
/// percent-encoded bytes) and continuations `name*0*=…; name*1=…`, joined in section order and
/// decoded as one; an extended form wins over a plain one of the same name. Keys are lowercased.
struct HeaderParameters: Sendable {
    /// The value before the first ";", lowercased, comments and blanks removed ("text/plain").
    let value: String
    let parameters: [String: String]

    static func parse(_ raw: String?) -> HeaderParameters {
        guard let raw else { return HeaderParameters(value: "", parameters: [:]) }
        let bytes = Array(raw.utf8)
        var index = 0
        var head: [UInt8] = []
        var commentDepth = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ";") || commentDepth > 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { commentDepth += 1 }
            else if byte == UInt8(ascii: ")") { commentDepth = max(0, commentDepth - 1) }
            else if commentDepth == 0 && byte > 0x20 { head.append(byte) }
            index += 1
        }
        let value = String(decoding: head, as: UTF8.self).lowercased()

        var plain: [String: String] = [:]
        var sections: [String: [(number: Int, extended: Bool, text: String)]] = [:]
        while index < bytes.count {
            index += 1  // the ";"
            guard let (name, text, next) = parameter(bytes, from: index) else { break }
            index = next
            guard !name.isEmpty else { continue }
            // name, name*, name*0, name*0*
            var base = Substring(name)
            var extended = false
            var number: Int?
            if base.hasSuffix("*") { extended = true; base = base.dropLast() }
            if let star = base.lastIndex(of: "*") {
                let digits = base[base.index(after: star)...]
                if !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    number = Int(digits)
                    base = base[..<star]
                }
            }
            let key = String(base)
            if !extended && number == nil {
                if plain[key] == nil { plain[key] = text }
            } else {
                sections[key, default: []].append((number ?? 0, extended, text))
            }
        }

        var parameters = plain
        for (key, parts) in sections {
            parameters[key] = joined(parts.sorted { $0.number < $1.number })
        }
        return HeaderParameters(value: value, parameters: parameters)
    }

    /// One `name=value` from `start`: the name lowercased, the value unquoted (a quoted string
    /// with escapes, or everything up to the next ";" trimmed — senders forget the quotes).
    private static func parameter(_ bytes: [UInt8], from start: Int) -> (String, String, Int)? {
        var index = start
        var name: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ";") {
            if bytes[index] > 0x20 { name.append(bytes[index]) }
            index += 1
        }
        let key = String(decoding: name, as: UTF8.self).lowercased()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return (key, "", index) }
        index += 1
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var text: [UInt8] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count { index += 1 }
                text.append(bytes[index])
                index += 1
            }
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: ";") { index += 1 }  // junk after the quote
        } else {
            while index < bytes.count, bytes[index] != UInt8(ascii: ";") {
                text.append(bytes[index])
                index += 1
            }
            while let last = text.last, last == 0x20 || last == 0x09 { text.removeLast() }
        }
        return (key, String(decoding: text, as: UTF8.self), index)
    }

    /// RFC 2231 sections joined: extended ones percent-decoded, the first's `charset'language'`
    /// prefix naming the charset for all.
    private static func joined(_ parts: [(number: Int, extended: Bool, text: String)]) -> String {
        var charset: String?
        var bytes: [UInt8] = []
        for (position, part) in parts.enumerated() {
            var text = Substring(part.text)
            if part.extended && position == 0 {
                let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if pieces.count == 3 {
                    charset = pieces[0].isEmpty ? nil : String(pieces[0])
                    text = pieces[2]
                }
            }
            bytes.append(contentsOf: part.extended ? percentDecoded(text) : Array(text.utf8))
        }
        return MailCharset.decode(bytes, charset: charset)
    }

    private static func percentDecoded(_ text: Substring) -> [UInt8] {
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
               let high = TransferEncoding.hex(input[index + 1]), let low = TransferEncoding.hex(input[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(input[index])
                index += 1
            }
        }
        return out
    }
}
