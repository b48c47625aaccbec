/// Our own TOML 1.0 parser, for config.toml, keys.toml and themes.
///
/// It is total and linear: every text either parses or throws a ``TOMLSyntaxError`` with the
/// line and column, in time proportional to its length. Nothing the text says can trap it — no
/// force unwrap of what was read, no overflowing arithmetic, no recursion deeper than
/// ``maxDepth`` — which is why it replaced the C++ toml++, whose assertions aborted every
/// command on a lone `[` (and became undefined behaviour in a release build).
///
/// ```swift
/// let table = try TOMLParser.parse("theme = \"light\"\n")
/// table["theme"]?.string  // "light"
/// ```
public final class TOMLParser {
    /// Settings files are small; a bigger text is refused before it is read.
    public static let maxBytes = 1 << 20
    /// Arrays, inline tables and tables may nest this deep, no deeper.
    public static let maxDepth = 64

    /// The document's top-level table, or the first mistake in it.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        guard text.utf8.count <= maxBytes else {
            throw TOMLSyntaxError(line: 1, column: 1, message: "the file is too large (at most 1 MB)")
        }
        let parser = TOMLParser(bytes: Array(text.utf8))
        try parser.parseDocument()
        return parser.root.table()
    }

    // The text is valid UTF-8 (a Swift String), so cutting it at ASCII bytes keeps it valid.
    let bytes: [UInt8]
    var position = 0
    /// Where each line starts, for turning an offset into a line and column.
    private let lineStarts: [Int]
    private let root = TOMLTableNode(origin: .root, depth: 0)
    /// The table the key/value lines go into: the root, then the latest header's.
    private var current: TOMLTableNode

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        // Some Windows editors start a UTF-8 file with a byte order mark; it is not part of line 1.
        let byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineStarts = [byteOrderMark]
        var index = 0
        // A plain loop: the generic filter-and-map took a third of the time in debug builds.
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
            index += 1
        }
        self.lineStarts = lineStarts
        self.current = root
        self.position = byteOrderMark
    }

    // MARK: - Document

    private func parseDocument() throws(TOMLSyntaxError) {
        while true {
            skipWhitespace()
            guard let byte = peek() else { return }
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try finishLine(after: "the comment")
            case UInt8(ascii: "["):
                try parseHeader()
                try finishLine(after: "the table header")
            default:
                try parseKeyValue(into: current)
                try finishLine(after: "the value")
            }
        }
    }

    /// After an expression: blanks, maybe a comment, then the end of the line or of the text.
    private func finishLine(after what: String) throws(TOMLSyntaxError) {
        skipWhitespace()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        if position == bytes.count || consumeNewline() { return }
        if peek() == UInt8(ascii: "\r") { throw failure("a carriage return must be followed by a new line", at: position) }
        throw failure("expected a new line after \(what), found \(found())", at: position)
    }

    // MARK: - Tables

    /// `[a.b]` or `[[a.b]]`: makes the table current.
    private func parseHeader() throws(TOMLSyntaxError) {
        let start = position
        position += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { position += 1 }
        skipWhitespace()
        let path = try parseKey(naming: "a table name")
        skipWhitespace()
        let closing = isArray ? "]]" : "]"
        guard consume(UInt8(ascii: "]")), !isArray || consume(UInt8(ascii: "]")) else {
            throw failure("expected '\(closing)' to close the table header", at: position)
        }
        let line = lineNumber(at: start)
        let name = isArray ? "[[\(Self.display(path))]]" : "[\(Self.display(path))]"
        var table = root
        for part in path.dropLast() {
            table = try child(of: table, forHeader: part, name: name, line: line)
        }
        guard let last = path.last else { return }  // parseKey never returns an empty path
        current = isArray
            ? try appendTable(to: table, last, name: name, line: line)
            : try defineTable(in: table, last, name: name, line: line)
    }

    /// A table on the way to a header's own: any table (its last one for an array of tables), or a new implicit one.
    private func child(of table: TOMLTableNode, forHeader part: KeyPart, name: String, line: Int) throws(TOMLSyntaxError) -> TOMLTableNode {
        switch table[part.name]?.content {
        case nil:
            return try newTable(in: table, part, origin: .implicit, line: line)
        case .table(let node)?:
            return node
        case .arrayOfTables(let array)?:
            return array.last
        case .value?:
            throw failure("'\(Self.display(part.name))' already has a value, so \(name) cannot be a table", at: part.offset)
        }
    }

    private func defineTable(in table: TOMLTableNode, _ part: KeyPart, name: String, line: Int) throws(TOMLSyntaxError) -> TOMLTableNode {
        guard let slot = table[part.name] else {
            return try newTable(in: table, part, origin: .header, line: line)
        }
        switch slot.content {
        case .table(let node) where node.origin == .implicit:
            table.markDefined(part.name, line: line)
            return node
        case .table:
            throw failure("table \(name) is already defined (line \(slot.line))", at: part.offset)
        case .arrayOfTables:
            throw failure("\(name) is already an array of tables (line \(slot.line))", at: part.offset)
        case .value:
            throw failure("'\(Self.display(part.name))' already has a value (line \(slot.line)), so \(name) cannot be a table", at: part.offset)
        }
    }

    private func appendTable(to table: TOMLTableNode, _ part: KeyPart, name: String, line: Int) throws(TOMLSyntaxError) -> TOMLTableNode {
        let element = TOMLTableNode(origin: .header, depth: table.depth + 1)
        try checkDepth(element.depth, at: part.offset)
        switch table[part.name]?.content {
        case nil:
            table.insert(.arrayOfTables(TOMLArrayOfTablesNode(first: element)), for: part.name, line: line)
        case .arrayOfTables(let array)?:
            array.append(element)
        case .table?:
            throw failure("\(name) is already a table, not an array of tables", at: part.offset)
        case .value?:
            throw failure("'\(Self.display(part.name))' already has a value, so \(name) cannot be an array of tables", at: part.offset)
        }
        return element
    }

    private func newTable(in table: TOMLTableNode, _ part: KeyPart, origin: TOMLTableNode.Origin, line: Int) throws(TOMLSyntaxError) -> TOMLTableNode {
        let node = TOMLTableNode(origin: origin, depth: table.depth + 1)
        try checkDepth(node.depth, at: part.offset)
        table.insert(.table(node), for: part.name, line: line)
        return node
    }

    func checkDepth(_ depth: Int, at offset: Int) throws(TOMLSyntaxError) {
        guard depth <= Self.maxDepth else {
            throw failure("nested too deeply (at most \(Self.maxDepth) levels)", at: offset)
        }
    }

    // MARK: - Keys and values

    /// `key = value`, the key maybe dotted (`a.b.c = 1` makes tables a and a.b).
    func parseKeyValue(into table: TOMLTableNode) throws(TOMLSyntaxError) {
        let start = position
        let path = try parseKey(naming: "a key")
        skipWhitespace()
        guard consume(UInt8(ascii: "=")) else {
            throw failure("expected '=' after the key '\(Self.display(path))', found \(found())", at: position)
        }
        skipWhitespace()
        let line = lineNumber(at: start)
        var target = table
        for part in path.dropLast() {
            target = try child(of: target, forDottedKey: part, line: line)
        }
        guard let last = path.last else { return }  // parseKey never returns an empty path
        if let existing = target[last.name] {
            throw failure("duplicate key '\(Self.display(path))' (already set on line \(existing.line))", at: last.offset)
        }
        let value = try parseValue(depth: target.depth + 1)
        target.insert(.value(value), for: last.name, line: line)
    }

    /// A table a dotted key may add to: one made by dotted keys, or one only named by a header so far.
    private func child(of table: TOMLTableNode, forDottedKey part: KeyPart, line: Int) throws(TOMLSyntaxError) -> TOMLTableNode {
        switch table[part.name]?.content {
        case nil:
            return try newTable(in: table, part, origin: .dotted, line: line)
        case .table(let node)? where node.origin == .dotted || node.origin == .implicit:
            node.origin = .dotted
            return node
        case .table?:
            throw failure("table '\(Self.display(part.name))' is already defined; a dotted key cannot add to it", at: part.offset)
        case .arrayOfTables?:
            throw failure("'\(Self.display(part.name))' is an array of tables; a dotted key cannot add to it", at: part.offset)
        case .value?:
            throw failure("'\(Self.display(part.name))' already has a value, so it cannot hold keys", at: part.offset)
        }
    }

    struct KeyPart {
        let name: String
        let offset: Int
    }

    /// A bare, quoted or dotted key: `name`, `"queue.selected"`, `a . 'b' . c`.
    private func parseKey(naming what: String) throws(TOMLSyntaxError) -> [KeyPart] {
        var parts = [try parseSimpleKey(naming: what)]
        while true {
            let beforeBlanks = position
            skipWhitespace()
            guard consume(UInt8(ascii: ".")) else {
                position = beforeBlanks
                return parts
            }
            skipWhitespace()
            parts.append(try parseSimpleKey(naming: "a key after '.'"))
        }
    }

    private func parseSimpleKey(naming what: String) throws(TOMLSyntaxError) -> KeyPart {
        let start = position
        switch peek() {
        case UInt8(ascii: "\"")?:
            return KeyPart(name: try parseBasicString(), offset: start)
        case UInt8(ascii: "'")?:
            return KeyPart(name: try parseLiteralString(), offset: start)
        case let byte? where Self.isBareKeyByte(byte):
            while let byte = peek(), Self.isBareKeyByte(byte) { position += 1 }
            return KeyPart(name: String(decoding: bytes[start..<position], as: UTF8.self), offset: start)
        default:
            throw failure("expected \(what) (letters, digits, '_', '-', or a string in quotes), found \(found())", at: start)
        }
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    // MARK: - Blanks and comments

    func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Spaces and tabs.
    func skipWhitespace() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
    }

    /// `\n` or `\r\n`.
    func consumeNewline() -> Bool {
        if peek() == UInt8(ascii: "\n") {
            position += 1
            return true
        }
        if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            position += 2
            return true
        }
        return false
    }

    /// From `#` to the end of the line (the newline itself stays).
    func skipComment() throws(TOMLSyntaxError) {
        position += 1
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { return }
            if Self.isControl(byte) { throw controlCharacter(byte, in: "a comment") }
            position += 1
        }
    }

    /// Blanks, comments and newlines, as allowed between an array's values.
    func skipBlankLines() throws(TOMLSyntaxError) {
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "#") { try skipComment() }
            guard consumeNewline() else { return }
        }
    }

    /// Control characters other than tab, which TOML allows neither in strings nor in comments.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F
    }

    func controlCharacter(_ byte: UInt8, in place: String) -> TOMLSyntaxError {
        let code = String(byte, radix: 16, uppercase: true)
        return failure("control character U+\(String(repeating: "0", count: 4 - code.count))\(code) is not allowed in \(place)", at: position)
    }

    // MARK: - Errors

    func failure(_ message: String, at offset: Int) -> TOMLSyntaxError {
        let line = lineNumber(at: offset)
        let lineStart = lineStarts[line - 1]
        // Columns count Unicode scalars: every byte that does not continue a UTF-8 sequence.
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TOMLSyntaxError(line: line, column: column, message: message)
    }

    /// The 1-based line of a byte offset.
    func lineNumber(at offset: Int) -> Int {
        // The last line start at or before the offset (binary search: errors and keys are many).
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// What stands at the current position, for "found …" in messages.
    func found() -> String {
        guard let byte = peek() else { return "the end of the file" }
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "the end of the line"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "a character that does not belong here"
        }
    }

    /// A key as a message shows it: cut when long (a name can be the whole file).
    static func display(_ name: String) -> String {
        name.count > 40 ? name.prefix(40) + "…" : name
    }

    static func display(_ path: [KeyPart]) -> String {
        display(path.map { part in
            !part.name.isEmpty && part.name.utf8.allSatisfy(isBareKeyByte) ? part.name : "\"\(part.name)\""
        }.joined(separator: "."))
    }
}
