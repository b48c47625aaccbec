/// A TOML table: its keys in the order the file wrote them (keymaps and themes are read in that
/// order), each with the line that defined it, so a setting's error can name its own line.
///
/// ```swift
/// let table = try TOMLParser.parse("[global]\nquit = \"q\"\n")
/// for section in table {
///     print(section.key, section.line)         // global 1
/// }
/// table["global"]?.table?["quit"]?.string      // "q"
/// ```
public struct TOMLTable: Sendable, Sequence {
    /// One key of the table, its value, and the 1-based line where the key was defined (for a
    /// table, its `[header]`; for an array of tables, its first `[[header]]`).
    public struct Entry: Equatable, Sendable {
        public let key: String
        public let value: TOMLValue
        public let line: Int
    }

    public let entries: [Entry]
    private let positions: [String: Int]

    /// `entries` must not repeat a key; the parser makes sure of that.
    init(entries: [Entry]) {
        self.entries = entries
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { positions[entry.key] = index }
        self.positions = positions
    }

    public init() { self.init(entries: []) }

    /// The keys in the order written.
    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public subscript(key: String) -> TOMLValue? {
        positions[key].map { entries[$0].value }
    }

    /// The line where `key` was defined, nil if the table has no such key.
    public func line(of key: String) -> Int? {
        positions[key].map { entries[$0].line }
    }

    public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

extension TOMLTable: Equatable {
    /// The same keys in the same order with equal values; where they were written does not count.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
