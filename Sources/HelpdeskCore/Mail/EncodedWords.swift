/// RFC 2047 encoded words in header text: `=?utf-8?B?w6Q=?=`, `=?iso-8859-1?Q?M=FCller?=`.
///
/// Whitespace between two adjacent encoded words is dropped (that is how senders split a long
/// word), and adjacent words in the same charset are decoded together, so a multi-byte
/// character cut between two words survives. A malformed word is left exactly as written.
/// One pass, linear: every attempt stops at the word's third "?", which the next attempt is past.
public enum EncodedWords {
    public static func decode(_ text: String) -> String {
        guard text.utf8.count >= 8, containsWordStart(text) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingCharset: String?
        var pendingBytes: [UInt8] = []
        var blanks: [UInt8] = []  // whitespace after an encoded word, dropped if another follows
        var afterWord = false

        func flushWord() {
            if let charset = pendingCharset {
                out.append(contentsOf: MailCharset.decode(pendingBytes, charset: charset).utf8)
            }
            pendingCharset = nil
            pendingBytes.removeAll(keepingCapacity: true)
        }

        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), let word = parseWord(bytes, at: index) {
                if pendingCharset != nil && MailCharset.normalized(pendingCharset) != MailCharset.normalized(word.charset) {
                    flushWord()
                }
                if pendingCharset == nil { pendingCharset = word.charset }
                pendingBytes.append(contentsOf: word.bytes)
                blanks.removeAll(keepingCapacity: true)
                afterWord = true
                index = word.end
                continue
            }
            let byte = bytes[index]
            if afterWord && (byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A) {
                blanks.append(byte)
            } else {
                flushWord()
                out.append(contentsOf: blanks)
                blanks.removeAll(keepingCapacity: true)
                afterWord = false
                out.append(byte)
            }
            index += 1
        }
        flushWord()
        out.append(contentsOf: blanks)
        return String(decoding: out, as: UTF8.self)
    }

    private static func containsWordStart(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "=") && byte == UInt8(ascii: "?") { return true }
            previous = byte
        }
        return false
    }

    /// The encoded word starting at `start` ("=?"), decoded to bytes in its charset, or nil.
    private static func parseWord(_ bytes: [UInt8], at start: Int) -> (charset: String, bytes: [UInt8], end: Int)? {
        let count = bytes.count
        guard start + 1 < count, bytes[start + 1] == UInt8(ascii: "?") else { return nil }
        var index = start + 2
        while index < count, bytes[index] != UInt8(ascii: "?"), isCharsetByte(bytes[index]) { index += 1 }
        guard index < count, bytes[index] == UInt8(ascii: "?"), index > start + 2, index + 2 < count,
              bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        let charset = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
        let encoding = bytes[index + 1] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = index + 3
        var textEnd = textStart
        while textEnd < count, bytes[textEnd] != UInt8(ascii: "?") {
            let byte = bytes[textEnd]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { return nil }
            textEnd += 1
        }
        guard textEnd + 1 < count, bytes[textEnd + 1] == UInt8(ascii: "=") else { return nil }
        let encoded = bytes[textStart..<textEnd]
        let decoded = encoding == UInt8(ascii: "b") ? TransferEncoding.base64(encoded) : TransferEncoding.qEncoding(encoded)
        return (charset, decoded, textEnd + 2)
    }

    private static func isCharsetByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return true
        default:
            return false
        }
    }
}
