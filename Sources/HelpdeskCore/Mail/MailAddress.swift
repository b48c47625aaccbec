/// One mailbox from an address header: `Anna Huber <anna@nordwind.example>`.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// The display name, encoded words decoded and quotes removed; from a comment when there is
    /// no phrase (`anna@nordwind.example (Anna Huber)`); nil when there is neither.
    public let name: String?
    /// The addr-spec without angle brackets, as written (`anna@nordwind.example`).
    public let address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    public var description: String {
        guard let name else { return address }
        return "\(name) <\(address)>"
    }

    /// Every mailbox in an address-list header value (raw, encoded words still encoded: they are
    /// decoded after the structure is known, so an encoded comma cannot split a name). Groups
    /// (`Team: a@x, b@x;`) contribute their members; empty entries are skipped. One pass.
    public static func list(_ raw: String) -> [MailAddress] {
        var parser = AddressListParser(Array(raw.utf8))
        return parser.parse()
    }
}

/// RFC 5322 address lists as senders really write them: quoted and unquoted display names,
/// comments (nested, escaped), groups, source routes, obsolete forms, missing angle brackets.
private struct AddressListParser {
    let bytes: [UInt8]
    var index = 0
    var result: [MailAddress] = []

    var phrase: [UInt8] = []   // display-name text, quotes removed
    var bare: [UInt8] = []     // text outside comments and angle brackets, quotes kept (a bare addr-spec)
    var bareHasAt = false      // whether `bare` has an "@", kept so a run of colons stays linear
    var angle: [UInt8]?        // what was inside <…>
    var comment: [UInt8]?      // the first comment, a display name of last resort
    var inGroup = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() -> [MailAddress] {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                quoted()
            case UInt8(ascii: "("):
                let text = commentText()
                if comment == nil { comment = text }
                phrase.append(0x20)
                bare.append(0x20)
            case UInt8(ascii: "<"):
                angleAddress()
            case UInt8(ascii: ","):
                finish()
                index += 1
            case UInt8(ascii: ":") where angle == nil && !inGroup && !bareHasAt:
                // "Team:" starts a group; its name is not anyone's display name.
                inGroup = true
                reset()
                index += 1
            case UInt8(ascii: ";") where inGroup:
                finish()
                inGroup = false
                index += 1
            default:
                phrase.append(byte)
                bare.append(byte)
                if byte == UInt8(ascii: "@") { bareHasAt = true }
                index += 1
            }
        }
        finish()
        return result
    }

    private mutating func quoted() {
        bare.append(UInt8(ascii: "\""))
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\\") && index < bytes.count {
                phrase.append(bytes[index])
                bare.append(bytes[index])
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                break
            } else {
                phrase.append(byte)
                bare.append(byte)
            }
        }
        bare.append(UInt8(ascii: "\""))
    }

    /// A comment's text, nested parentheses and escapes honoured; an unclosed one runs to the end.
    private mutating func commentText() -> [UInt8] {
        var depth = 0
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\\") && index < bytes.count {
                text.append(bytes[index])
                index += 1
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
                if depth == 1 { continue }
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { break }
            }
            text.append(byte)
        }
        return text
    }

    private mutating func angleAddress() {
        index += 1
        var text: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            text.append(bytes[index])
            index += 1
        }
        index += 1
        // An obsolete source route (<@relay.example:anna@x>) is not part of the address.
        if text.first == UInt8(ascii: "@"), let colon = text.lastIndex(of: UInt8(ascii: ":")) {
            text = Array(text[(colon + 1)...])
        }
        if angle == nil { angle = text.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A } }
    }

    private mutating func reset() {
        phrase.removeAll(keepingCapacity: true)
        bare.removeAll(keepingCapacity: true)
        bareHasAt = false
        angle = nil
        comment = nil
    }

    private mutating func finish() {
        defer { reset() }
        var name = displayName(phrase)
        var address: String
        if let angle {
            address = String(decoding: angle, as: UTF8.self)
        } else {
            // No angle brackets: the addr-spec alone, or "Name addr@x" as careless senders write it.
            let words = String(decoding: bare, as: UTF8.self).split(whereSeparator: { $0.isWhitespace })
            if words.count > 1, let last = words.last, last.contains("@"), !words.dropLast().contains(where: { $0.contains("@") }) {
                address = String(last.filter { $0 != "<" && $0 != ">" && $0 != "\"" })  // an unclosed quote swallowed them
                name = displayName(Array(words.dropLast().joined(separator: " ").utf8).filter { $0 != UInt8(ascii: "\"") })
            } else {
                address = words.joined()
                name = nil
            }
        }
        address = address.trimmingBlanks
        if name == nil, let comment { name = displayName(comment) }
        guard !address.isEmpty || name != nil else { return }
        result.append(MailAddress(name: name, address: address))
    }

    /// Whitespace collapsed, encoded words decoded; nil when nothing is left.
    private func displayName(_ bytes: [UInt8]) -> String? {
        let text = MailCharset.fallback(bytes)
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let decoded = EncodedWords.decode(collapsed).trimmingBlanks
        return decoded.isEmpty ? nil : decoded
    }
}
