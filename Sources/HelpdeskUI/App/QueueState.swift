import HelpdeskCore

/// The loaded window of the current queue: a few pages around the viewport, never the whole queue.
public struct QueueState: Equatable, Sendable {
    /// The rows loaded, in display order; `rows[top]` is the first row on screen.
    public var rows: [TicketRow] = []
    public var selected = 0
    public var top = 0
    /// True when `rows` begins at the first ticket of the queue / ends at its last.
    public var reachesStart = true
    public var reachesEnd = true
    public var marked: Set<Int64> = []
    public var count = QueueCount(count: 0, isExact: true)
    public var filter = TicketFilter.all
    /// Rows that changed at the last live refresh, highlighted briefly.
    public var changed: Set<Int64> = []
    /// When the highlight of `changed` rows ends.
    public var changedUntil: Int64 = 0
    public var loaded = false

    /// The row under the cursor. It is the current ticket's row, unless that ticket is not in this view.
    public var selectedRow: TicketRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// The position of a ticket in the loaded window.
    public func index(of id: Int64?) -> Int? { id.flatMap { id in rows.firstIndex { $0.id == id } } }

    /// The most rows kept in memory (about four screens).
    public static let windowLimit = 240
}

/// How many tickets the queue has: exact, or a lower bound when counting stopped early.
public struct QueueCount: Equatable, Sendable {
    public var count: Int
    public var isExact: Bool

    public init(count: Int, isExact: Bool) {
        self.count = count
        self.isExact = isExact
    }
}
