/// A table while its document is parsed: shared by reference (so `[a.b]` can add to a table made
/// earlier without copying the tree), with how it was defined, which TOML's define-once rules
/// depend on. ``TOMLParser`` applies the rules; ``table()`` freezes the result.
final class TOMLTableNode {
    enum Origin {
        /// The root, or an inline table's own node.
        case root
        /// Only named on the way to a deeper header (`a` in `[a.b]`): its own `[a]` may still come.
        case implicit
        /// Defined by its `[header]` or `[[header]]`.
        case header
        /// Made by a dotted key (`a.b = 1`): more dotted keys may add to it, a header may not define it.
        case dotted
    }

    enum Content {
        case table(TOMLTableNode)
        case arrayOfTables(TOMLArrayOfTablesNode)
        /// A finished value, inline tables and arrays included: nothing may add to it.
        case value(TOMLValue)
    }

    struct Slot {
        let key: String
        var line: Int
        var content: Content
    }

    var origin: Origin
    /// Tables below the root; ``TOMLParser/maxDepth`` bounds it, so freezing cannot recurse without end.
    let depth: Int
    private(set) var slots: [Slot] = []
    private var positions: [String: Int] = [:]

    init(origin: Origin, depth: Int) {
        self.origin = origin
        self.depth = depth
    }

    subscript(key: String) -> Slot? {
        positions[key].map { slots[$0] }
    }

    /// Adds a key the table does not have yet (the parser checks first).
    func insert(_ content: Content, for key: String, line: Int) {
        positions[key] = slots.count
        slots.append(Slot(key: key, line: line, content: content))
    }

    /// An implicit table defined by its own header at last: the key's line becomes the header's.
    func markDefined(_ key: String, line: Int) {
        guard let index = positions[key], case .table(let node) = slots[index].content else { return }
        node.origin = .header
        slots[index].line = line
    }

    /// The finished table, keys in the order written.
    func table() -> TOMLTable {
        TOMLTable(entries: slots.map { slot in
            switch slot.content {
            case .table(let node):
                return TOMLTable.Entry(key: slot.key, value: .table(node.table()), line: slot.line)
            case .arrayOfTables(let array):
                return TOMLTable.Entry(key: slot.key, value: .array(array.tables.map { .table($0.table()) }), line: slot.line)
            case .value(let value):
                return TOMLTable.Entry(key: slot.key, value: value, line: slot.line)
            }
        })
    }
}

/// The tables of one `[[name]]`, appended to in place (a copy per header would make a long file quadratic).
final class TOMLArrayOfTablesNode {
    private(set) var tables: [TOMLTableNode]

    /// Made by the first `[[name]]`, so never empty.
    init(first: TOMLTableNode) { tables = [first] }

    func append(_ table: TOMLTableNode) { tables.append(table) }

    /// Where the keys under the latest `[[name]]` go.
    var last: TOMLTableNode { tables[tables.count - 1] }
}
