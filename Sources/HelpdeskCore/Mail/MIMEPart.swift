/// One node of a message's MIME tree: the message itself, a part of a multipart, or a message
/// forwarded inside one (message/rfc822).
public struct MIMEPart: Sendable {
    /// The part's own header fields (for the root: the message's).
    public let headers: MailHeaders
    /// The media type, lowercased ("text/plain"); text/plain when none is declared (or
    /// message/rfc822 inside multipart/digest), and when a multipart has no boundary to split at.
    public let mediaType: String
    /// Content-Type parameters, keys lowercased, RFC 2231 decoded ("charset", "boundary", "name").
    public let parameters: [String: String]
    /// Content-Disposition's value, lowercased ("inline", "attachment"), nil when absent.
    public let disposition: String?
    /// Content-Disposition parameters, as `parameters` ("filename").
    public let dispositionParameters: [String: String]
    /// The children of a multipart; for message/rfc822 the one forwarded message's root part.
    /// Empty for leaves, and for containers nested deeper than `MIMEPart.maximumDepth`.
    public let parts: [MIMEPart]
    /// The body with its transfer encoding removed (for a multipart: its raw body). A slice,
    /// so 7bit/8bit/binary bodies share the original message's bytes instead of copying them.
    let content: ArraySlice<UInt8>

    /// How deep multiparts and forwarded messages may nest before the rest is kept as one leaf:
    /// real mail nests a handful of levels; a hostile one must not exhaust the stack or the time.
    public static let maximumDepth = 20

    /// The decoded body bytes.
    public var body: [UInt8] { Array(content) }

    public var isMultipart: Bool { mediaType.hasPrefix("multipart/") }
    public var isText: Bool { mediaType.hasPrefix("text/") }

    /// The declared charset, if any.
    public var charset: String? { parameters["charset"] }

    /// The body as text in its declared charset (falling back as `MailCharset` does), line ends
    /// as "\n", format=flowed lines rejoined.
    public var text: String {
        let decoded = MailCharset.decode(content, charset: charset)
        let lines = Self.normalizedLineEnds(decoded)
        guard parameters["format"]?.lowercased() == "flowed" else { return lines }
        return FlowedText.unwrap(lines, deleteSpace: parameters["delsp"]?.lowercased() == "yes")
    }

    /// The file name the sender gave (Content-Disposition's filename, else Content-Type's name),
    /// decoded but *not* made safe: `MailAttachment.fileName` is the safe one.
    public var fileName: String? {
        guard let name = dispositionParameters["filename"] ?? parameters["name"] else { return nil }
        return EncodedWords.decode(name)
    }

    /// Content-ID without its angle brackets.
    public var contentID: String? {
        guard let raw = headers.raw("Content-ID") else { return nil }
        return MessageIDs.parse(raw).first
    }

    /// The forwarded message inside a message/rfc822 part.
    public var embeddedMessage: MailMessage? {
        guard mediaType == "message/rfc822" || mediaType == "message/global", let inner = parts.first else { return nil }
        return MailMessage(root: inner)
    }

    // MARK: - Parsing

    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int, defaultType: String = "text/plain") -> MIMEPart {
        let (headers, body) = HeaderBlock.split(bytes)
        let contentType = HeaderParameters.parse(headers.raw("Content-Type"))
        let disposition = HeaderParameters.parse(headers.raw("Content-Disposition"))
        var mediaType = contentType.value
        // A type without a "/" is no type (RFC 2045 says: then text/plain).
        if !mediaType.contains("/") || mediaType.hasPrefix("/") || mediaType.hasSuffix("/") { mediaType = defaultType }
        let encoding = headers.raw("Content-Transfer-Encoding")

        var parts: [MIMEPart] = []
        var content = body
        if mediaType.hasPrefix("multipart/") {
            let boundary = contentType.parameters["boundary"].flatMap { $0.isEmpty ? nil : $0 } ?? Multipart.guessBoundary(body)
            let pieces = boundary.map { Multipart.split(body, boundary: $0) } ?? []
            if pieces.isEmpty {
                // Nothing to split at: read it as the text it then is.
                mediaType = "text/plain"
                content = TransferEncoding.decode(body, encoding: encoding)
            } else if depth < maximumDepth {
                let childType = mediaType == "multipart/digest" ? "message/rfc822" : "text/plain"
                parts = pieces.map { parse($0, depth: depth + 1, defaultType: childType) }
            }
        } else {
            content = TransferEncoding.decode(body, encoding: encoding)
            if (mediaType == "message/rfc822" || mediaType == "message/global") && depth < maximumDepth {
                parts = [parse(content, depth: depth + 1)]
            }
        }
        return MIMEPart(headers: headers, mediaType: mediaType, parameters: contentType.parameters,
                        disposition: disposition.value.isEmpty ? nil : disposition.value,
                        dispositionParameters: disposition.parameters, parts: parts, content: content)
    }

    /// CRLF and a lone CR as "\n", on the UTF-8 bytes in place (CR and LF never occur inside
    /// a multi-byte sequence): a 20 MB body must not cost a scalar-by-scalar rebuild.
    static func normalizedLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var bytes = Array(text.utf8)
        let count = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            var write = 0
            var read = 0
            while read < buffer.count {
                let byte = buffer[read]
                read += 1
                if byte == 0x0D {
                    buffer[write] = 0x0A
                    if read < buffer.count && buffer[read] == 0x0A { read += 1 }
                } else {
                    buffer[write] = byte
                }
                write += 1
            }
            return write
        }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }
}

/// Splitting a multipart body at its boundary lines.
enum Multipart {
    /// The parts between boundary lines: a line that is "--boundary" (the last one
    /// "--boundary--"), perhaps followed by blanks. A boundary elsewhere in a line does not
    /// count; the preamble before the first and the epilogue after the last are dropped; a
    /// missing closing boundary ends the last part at the end of the body. One pass.
    static func split(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array("--".utf8) + Array(boundary.utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        let end = body.endIndex
        while index < end {
            let lineEnd = body.lineFeed(from: index)
            let next = lineEnd < end ? lineEnd + 1 : end
            if body[index] == UInt8(ascii: "-"), let closing = boundaryLine(body[index..<lineEnd], delimiter) {
                if let start = partStart {
                    // The line break before a boundary belongs to the boundary.
                    var stop = index
                    if stop > start && body[stop - 1] == 0x0A { stop -= 1 }
                    if stop > start && body[stop - 1] == 0x0D { stop -= 1 }
                    parts.append(body[start..<max(start, stop)])
                }
                if closing { return parts }
                partStart = next
            }
            index = next
        }
        if let start = partStart { parts.append(body[start..<end]) }
        return parts
    }

    /// nil when `line` is not a boundary line; else whether it is the closing one.
    private static func boundaryLine(_ line: ArraySlice<UInt8>, _ delimiter: [UInt8]) -> Bool? {
        guard line.count >= delimiter.count, line.starts(with: delimiter) else { return nil }
        var rest = line.dropFirst(delimiter.count)
        var closing = false
        if rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) {
            closing = true
            rest = rest.dropFirst(2)
        }
        guard rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return nil }
        return closing
    }

    /// For a multipart without a boundary parameter: the first line "--token" that is followed
    /// by a header line, as a part's first line would be. nil when there is none.
    static func guessBoundary(_ body: ArraySlice<UInt8>) -> String? {
        var index = body.startIndex
        let end = body.endIndex
        while index < end {
            let lineEnd = body.lineFeed(from: index)
            let next = lineEnd < end ? lineEnd + 1 : end
            var line = body[index..<lineEnd]
            while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
            if line.count > 2, line.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]),
               !line.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) {
                var token = line.dropFirst(2)
                if token.count > 2 && token.hasSuffix2Dashes { token = token.dropLast(2) }
                let following = body[next...].prefix(while: { $0 != 0x0A })
                if token.contains(where: { $0 != UInt8(ascii: "-") }), looksLikeField(following) {
                    return String(decoding: token, as: UTF8.self)
                }
            }
            index = next
        }
        return nil
    }

    private static func looksLikeField(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        return line[line.startIndex..<colon].allSatisfy { (33...126).contains($0) }
    }
}

private extension ArraySlice where Element == UInt8 {
    var hasSuffix2Dashes: Bool {
        count >= 2 && self[endIndex - 1] == UInt8(ascii: "-") && self[endIndex - 2] == UInt8(ascii: "-")
    }
}

/// Message-ID, In-Reply-To, References, Content-ID: the ids inside angle brackets, without
/// them; when a sender forgot the brackets, the words themselves.
public enum MessageIDs {
    public static func parse(_ raw: String) -> [String] {
        var ids: [String] = []
        var current: [UInt8]?
        var sawBracket = false
        for byte in raw.utf8 {
            if byte == UInt8(ascii: "<") {
                current = []
                sawBracket = true
            } else if byte == UInt8(ascii: ">") {
                if let id = current, !id.isEmpty { ids.append(String(decoding: id, as: UTF8.self)) }
                current = nil
            } else if byte > 0x20 {
                current?.append(byte)
            }
        }
        if !sawBracket {
            ids = raw.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        }
        return ids
    }
}

/// RFC 3676 format=flowed: a line ending in a space continues on the next; "> " quote depth
/// and space-stuffing respected, the signature line "-- " left alone.
enum FlowedText {
    static func unwrap(_ text: String, deleteSpace: Bool) -> String {
        var out: [String] = []
        var paragraph: String?
        var paragraphDepth = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            var depth = 0
            while line.first == ">" { depth += 1; line = line.dropFirst() }
            if line.first == " " { line = line.dropFirst() }  // space-stuffing
            let prefix = String(repeating: ">", count: depth) + (depth > 0 && !line.isEmpty ? " " : "")
            if let open = paragraph, depth != paragraphDepth {
                out.append(open)
                paragraph = nil
            }
            let flowed = line.hasSuffix(" ") && line != "-- "
            var piece = String(line)
            if flowed && deleteSpace { piece.removeLast() }
            if paragraph != nil {
                paragraph!.append(piece)  // in place: a long paragraph stays linear
            } else {
                paragraph = prefix + piece
                paragraphDepth = depth
            }
            if !flowed {
                out.append(paragraph!)
                paragraph = nil
            }
        }
        if let open = paragraph { out.append(open) }
        return out.joined(separator: "\n")
    }
}
