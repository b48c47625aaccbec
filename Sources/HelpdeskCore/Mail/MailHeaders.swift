/// One header field as it came, unfolded.
public struct MailHeaderField: Sendable, Equatable {
    /// The field name as written ("Subject", "content-type").
    public let name: String
    /// The value unfolded (line breaks before continuation lines removed) and trimmed, its bytes
    /// read as UTF-8 or, when they are not valid UTF-8, Windows-1252; encoded words still encoded.
    public let rawValue: String

    /// The value with RFC 2047 encoded words decoded: what a person should read.
    public var value: String { EncodedWords.decode(rawValue) }
}

/// A message's or a part's header fields, in order, looked up case-insensitively.
public struct MailHeaders: Sendable, Sequence {
    public let fields: [MailHeaderField]

    public init(_ fields: [MailHeaderField] = []) { self.fields = fields }

    /// The decoded value of the first field called `name` (any case), or nil.
    public subscript(name: String) -> String? { first(name)?.value }

    /// The raw value (encoded words kept) of the first field called `name`, or nil.
    public func raw(_ name: String) -> String? { first(name)?.rawValue }

    /// The decoded values of every field called `name`, in order (Received, Comments, …).
    public func all(_ name: String) -> [String] {
        fields.filter { Self.same($0.name, name) }.map(\.value)
    }

    public func makeIterator() -> IndexingIterator<[MailHeaderField]> { fields.makeIterator() }

    func first(_ name: String) -> MailHeaderField? {
        fields.first { Self.same($0.name, name) }
    }

    /// ASCII case-insensitive comparison without allocating (field names are ASCII).
    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { lower($0) == lower($1) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}

/// Splits a message or part into its header fields and its body, in one pass.
///
/// Tolerant where real mail is sloppy: LF or CRLF line ends, a leading mbox "From " line, no
/// blank line at all (the first line that is neither a field nor a continuation starts the
/// body), 8-bit bytes in values.
enum HeaderBlock {
    static func split(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, body: ArraySlice<UInt8>) {
        var fields: [MailHeaderField] = []
        var name: String?
        var value: [UInt8] = []
        var index = bytes.startIndex
        let end = bytes.endIndex

        func finish() {
            if let name { fields.append(MailHeaderField(name: name, rawValue: text(value))) }
            name = nil
            value.removeAll(keepingCapacity: true)
        }

        var firstLine = true
        while index < end {
            let lineEnd = bytes.lineFeed(from: index)
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > index && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = bytes[index..<contentEnd]
            defer { firstLine = false }

            if line.isEmpty {
                finish()
                return (MailHeaders(fields), bytes[next...])
            }
            if firstLine && line.starts(with: "From ".utf8) {
                index = next  // an mbox envelope line, not a field
                continue
            }
            let head = line[line.startIndex]
            if head == 0x20 || head == 0x09 {
                guard name != nil else { break }  // a continuation of nothing: the body began
                value.append(contentsOf: line)  // unfolding removes the line break only
                index = next
                continue
            }
            guard let colon = fieldNameEnd(line) else { break }  // not a field: the body began
            finish()
            name = String(decoding: trimmed(line[line.startIndex..<colon]), as: UTF8.self)
            var start = colon + 1
            while start < line.endIndex && (line[start] == 0x20 || line[start] == 0x09) { start += 1 }
            value.append(contentsOf: line[start...])
            index = next
        }
        finish()
        return (MailHeaders(fields), bytes[index...])
    }

    /// The colon's index if `line` starts with a field name (printable ASCII but the colon,
    /// perhaps followed by blanks as obsolete syntax allows).
    private static func fieldNameEnd(_ line: ArraySlice<UInt8>) -> Int? {
        var index = line.startIndex
        while index < line.endIndex, (33...126).contains(line[index]), line[index] != UInt8(ascii: ":") { index += 1 }
        guard index > line.startIndex else { return nil }
        var colon = index
        while colon < line.endIndex && (line[colon] == 0x20 || line[colon] == 0x09) { colon += 1 }
        guard colon < line.endIndex, line[colon] == UInt8(ascii: ":") else { return nil }
        return colon
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// 8-bit header bytes: UTF-8 if valid (RFC 6532), else Windows-1252; trailing blanks dropped.
    private static func text(_ bytes: [UInt8]) -> String {
        var end = bytes.count
        while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D) { end -= 1 }
        return MailCharset.fallback(bytes[..<end])
    }
}
