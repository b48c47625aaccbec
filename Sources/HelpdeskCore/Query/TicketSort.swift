/// A queue ordering. Each maps to an index, and every key is an integer, so a page boundary
/// is a tuple of integers (`TicketCursor`) and the next page a keyset range scan.
public struct TicketSort: Equatable, Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case updated, created, priority, due, id, tier
    }

    public var key: Key
    public var descending: Bool

    public init(_ key: Key, descending: Bool) {
        self.key = key
        self.descending = descending
    }

    /// Most recently updated first: the default of every query without `sort:`.
    public static let recentlyUpdated = TicketSort(.updated, descending: true)

    /// The columns of the ordering; the id tie-breaker comes last, so the order is total.
    public var columns: [String] {
        switch key {
        case .updated: ["t.updated_at", "t.id"]
        case .created: ["t.created_at", "t.id"]
        case .priority: ["t.priority", "t.updated_at", "t.id"]
        case .due: ["t.next_due", "t.id"]
        case .id: ["t.id"]
        case .tier: ["t.tier", "t.priority", "t.updated_at", "t.id"]
        }
    }

    /// How `sort:` spells it (`-priority`, `due`).
    public var spelling: String { (descending ? "-" : "") + key.rawValue }
}

/// The sort-key values of one row: where a page ends and the next begins.
public struct TicketCursor: Equatable, Hashable, Sendable {
    public var values: [Int64]
    public init(values: [Int64]) { self.values = values }
}
