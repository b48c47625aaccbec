#if canImport(Glibc)
import Glibc
#endif

/// Bytes in a declared charset → a Swift String, never failing.
///
/// Mail declares charsets loosely: "iso-8859-1" text is usually Windows-1252 (smart quotes in
/// 0x80–0x9F), "us-ascii" text often carries UTF-8, and some labels are simply wrong. So:
/// UTF-8, US-ASCII, ISO-8859-1, ISO-8859-15 and Windows-1252 are decoded here; any other label
/// goes through the platform's iconv where there is one; bytes invalid in the declared charset
/// (or an unknown label) fall back to UTF-8 if they are valid UTF-8, else Windows-1252, which
/// maps every byte to some character.
public enum MailCharset {
    /// `bytes` as text in `charset` (a MIME label such as "utf-8", case-insensitive, quotes
    /// allowed); nil or unknown means "guess": UTF-8 if valid, else Windows-1252.
    public static func decode<Bytes: Collection>(_ bytes: Bytes, charset: String?) -> String where Bytes.Element == UInt8 {
        switch normalized(charset) {
        case "utf-8", "us-ascii", "":
            return fallback(bytes)
        case "iso-8859-1", "windows-1252":
            // WHATWG maps the ISO-8859-1 label to Windows-1252 for the same reason: senders mean it.
            return windows1252(bytes)
        case "iso-8859-15":
            return latin9(bytes)
        case let other:
            if let converted = iconv(bytes, from: other) { return converted }
            return fallback(bytes)
        }
    }

    /// Text with every NUL replaced by U+FFFD, for callers that must store it (InputLimits refuses NUL).
    public static func replacingNUL(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar.value == 0 ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    /// UTF-8 if the bytes are valid UTF-8, else Windows-1252: the guess for undeclared 8-bit text.
    static func fallback<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let text = validUTF8(bytes) { return text }
        return windows1252(bytes)
    }

    static func validUTF8<Bytes: Collection>(_ bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        String(validating: bytes, as: UTF8.self)
    }

    /// A label reduced to the names the switch above knows; anything else lowercased as given.
    static func normalized(_ charset: String?) -> String {
        guard var name = charset?.lowercased() else { return "" }
        name = String(name.filter { $0 != "\"" && $0 != "'" && !$0.isWhitespace })
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }  // RFC 2231 language tag
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "cp367", "ibm367", "csascii", "646": return "us-ascii"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819", "ibm819",
             "csisolatin1", "iso_8859-1:1987", "8859-1", "iso88591": return "iso-8859-1"
        case "windows-1252", "cp1252", "x-cp1252", "cp-1252", "win-1252", "windows1252", "ms-ansi": return "windows-1252"
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "csisolatin9", "iso885915": return "iso-8859-15"
        case "unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "charset", "8bit": return ""
        default: return name
        }
    }

    // MARK: - Single-byte tables

    /// Windows-1252 0x80–0x9F; the five undefined bytes map to their C1 code point (as WHATWG does).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        singleByte(bytes) { byte in
            (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
        }
    }

    /// ISO-8859-15 is Latin-1 with eight code points replaced (the euro sign among them).
    static func latin9<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        singleByte(bytes) { byte in
            switch byte {
            case 0xA4: return 0x20AC
            case 0xA6: return 0x0160
            case 0xA8: return 0x0161
            case 0xB4: return 0x017D
            case 0xB8: return 0x017E
            case 0xBC: return 0x0152
            case 0xBD: return 0x0153
            case 0xBE: return 0x0178
            default: return UInt32(byte)
            }
        }
    }

    private static func singleByte<Bytes: Collection>(_ bytes: Bytes, _ map: (UInt8) -> UInt32) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(Unicode.Scalar(map(byte)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    // MARK: - iconv

    /// `bytes` converted by the platform's iconv, or nil when the label is unknown to it or the
    /// bytes are invalid in it. The label is restricted to name characters first, so no "//"
    /// option (TRANSLIT, IGNORE) can be smuggled in through a header.
    static func iconv<Bytes: Collection>(_ bytes: Bytes, from charset: String) -> String? where Bytes.Element == UInt8 {
        #if canImport(Glibc)
        guard !charset.isEmpty, charset.utf8.count <= 40,
              charset.utf8.allSatisfy({ $0 < 0x80 && (isalnum(Int32($0)) != 0 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":")) })
        else { return nil }
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(64, input.count * 4 + 16))
        var produced = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inBuffer.count
            while true {
                let flushing = inLeft == 0
                let status: Int = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress.map { UnsafeMutableRawPointer($0 + produced).assumingMemoryBound(to: CChar.self) }
                    var outLeft = outBuffer.count - produced
                    let result = flushing ? Glibc.iconv(descriptor, nil, nil, &outPointer, &outLeft)  // flush shift state
                                             : Glibc.iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    produced = outBuffer.count - outLeft
                    return result
                }
                if status != -1 {
                    if flushing { return true }
                    continue  // all input taken; now flush a stateful charset's shift state
                }
                if errno == E2BIG {
                    output.append(contentsOf: [UInt8](repeating: 0, count: output.count))
                    continue
                }
                return false  // EILSEQ (invalid bytes) or EINVAL (cut short)
            }
        }
        guard ok else { return nil }
        return String(decoding: output[..<produced], as: UTF8.self)
        #else
        return nil
        #endif
    }
}
