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
    public var count: (count: Int, isExact: Bool) = (0, true)
    public var filter = TicketFilter.all
    /// Rows that changed at the last live refresh, highlighted briefly.
    public var changed: Set<Int64> = []
    /// When the highlight of `changed` rows ends.
    public var changedUntil: Int64 = 0
    public var loaded = false

    public var selectedRow: TicketRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// The most rows kept in memory (about four screens).
    public static let windowLimit = 240

    public static func == (lhs: QueueState, rhs: QueueState) -> Bool {
        lhs.rows == rhs.rows && lhs.selected == rhs.selected && lhs.top == rhs.top && lhs.reachesStart == rhs.reachesStart
            && lhs.reachesEnd == rhs.reachesEnd && lhs.marked == rhs.marked && lhs.count == rhs.count && lhs.filter == rhs.filter
            && lhs.changed == rhs.changed && lhs.changedUntil == rhs.changedUntil && lhs.loaded == rhs.loaded
    }
}
