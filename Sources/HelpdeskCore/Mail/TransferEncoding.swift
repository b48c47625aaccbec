/// Content-Transfer-Encoding decoders, tolerant of what real mail does to them: base64 with
/// line breaks, stray characters, missing or early padding (two encoded blocks glued together);
/// quoted-printable with lowercase hex, "=" not followed by hex, trailing blanks. Never failing.
public enum TransferEncoding {
    /// Bytes a base64 text stands for. Characters outside the alphabet are skipped; "=" ends a
    /// quantum (what it holds so far is kept), so concatenated base64 decodes piece by piece.
    public static func base64<Bytes: Collection>(_ text: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 4 * 3 + 3)
        var quantum: UInt32 = 0
        var filled = 0
        func flush() {
            // 2 symbols → 1 byte, 3 → 2 bytes; a lone symbol carries no whole byte.
            if filled == 2 { out.append(UInt8(truncatingIfNeeded: quantum >> 4)) }
            if filled == 3 {
                out.append(UInt8(truncatingIfNeeded: quantum >> 10))
                out.append(UInt8(truncatingIfNeeded: quantum >> 2))
            }
            quantum = 0
            filled = 0
        }
        for byte in text {
            let value = base64Value[Int(byte)]
            if value == 0xFF {
                if byte == UInt8(ascii: "=") { flush() }
                continue
            }
            quantum = quantum << 6 | UInt32(value)
            filled += 1
            if filled == 4 {
                out.append(UInt8(truncatingIfNeeded: quantum >> 16))
                out.append(UInt8(truncatingIfNeeded: quantum >> 8))
                out.append(UInt8(truncatingIfNeeded: quantum))
                quantum = 0
                filled = 0
            }
        }
        flush()
        return out
    }

    /// Bytes a quoted-printable text stands for: "=XX" is a byte, "=" at a line's end a soft
    /// break, blanks at a line's end are transport padding; anything malformed stays literal.
    public static func quotedPrintable<Bytes: Collection>(_ text: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var lineStart = 0  // where the blanks that might be padding begin, in `out`
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                if index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    lineStart = out.count
                    continue
                }
                // A soft line break: "=", perhaps blanks, then the line end (or the end of text).
                var next = index + 1
                while next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
                if next == bytes.count { index = next; continue }
                if bytes[next] == 0x0A { index = next + 1; lineStart = out.count; continue }
                if bytes[next] == 0x0D && (next + 1 == bytes.count || bytes[next + 1] == 0x0A) {
                    index = min(next + 2, bytes.count)
                    lineStart = out.count
                    continue
                }
                out.append(byte)
                index += 1
                lineStart = out.count
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                // Trailing blanks before a hard line break are padding, not content.
                var trim = out.count
                while trim > lineStart && (out[trim - 1] == 0x20 || out[trim - 1] == 0x09) { trim -= 1 }
                out.removeSubrange(trim...)
                out.append(byte)
                index += 1
                lineStart = out.count
                continue
            }
            out.append(byte)
            if byte != 0x20 && byte != 0x09 { lineStart = out.count }
            index += 1
        }
        return out
    }

    /// RFC 2047's "Q" encoding: quoted-printable where "_" is a space.
    static func qEncoding<Bytes: Collection>(_ text: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "="), index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(byte == UInt8(ascii: "_") ? 0x20 : byte)
                index += 1
            }
        }
        return out
    }

    /// The body of a part with its Content-Transfer-Encoding removed; 7bit, 8bit, binary and
    /// unknown encodings are the bytes themselves.
    static func decode(_ body: ArraySlice<UInt8>, encoding: String?) -> ArraySlice<UInt8> {
        switch encoding?.lowercased().trimmingBlanks {
        case "base64": return ArraySlice(base64(body))
        case "quoted-printable": return ArraySlice(quotedPrintable(body))
        default: return body
        }
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static let base64Value: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(symbol)] = UInt8(value)
        }
        // The URL-safe alphabet too: some senders use it, and it cannot be confused with the other.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
