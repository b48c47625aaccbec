import HelpdeskCore
import Testing
@testable import HelpdeskUI

/// Scrolling through a long queue with the real update loop and an in-memory "database" that
/// answers page requests as the store would (keyset by id, newest first).
@Suite struct QueueScrollingTests {
    static let all: [TicketRow] = (1...1_500).reversed().map { UIFixtures.row(Int64($0), "Ticket \($0)") }

    /// The store's answer to a page request.
    static func page(_ position: PagePosition, limit: Int) -> [TicketRow] {
        switch position {
        case .start: return Array(all.prefix(limit))
        case .end: return Array(all.suffix(limit))
        case .after(let cursor): return Array(all.filter { $0.id < cursor.values[0] }.prefix(limit))
        case .before(let cursor): return Array(all.filter { $0.id > cursor.values[0] }.suffix(limit))
        }
    }

    /// Applies an action and answers every effect, failing if one key sets off an endless chain.
    static func run(_ action: Action, _ state: inout AppState) throws {
        var pending = Update.apply(action, to: &state)
        var steps = 0
        while !pending.isEmpty {
            steps += 1
            try #require(steps < 50, "one key set off more than 50 effects: the window keeps reloading")
            let effect = pending.removeFirst()
            if case .loadQueue(_, let position, let limit, let load) = effect {
                pending += Update.apply(.queueLoaded(page(position, limit: limit), load, requested: limit), to: &state)
            }
        }
    }

    @Test(arguments: [12, 24, 30, 38, 40, 43, 50, 60])
    func holdingJWalksTheWholeQueueInOrder(height: Int) throws {
        // 160 columns: the queue gets the whole height (side by side), up to ~60 visible rows.
        var state = AppState(size: Size(width: 160, height: height), now: UIFixtures.now, agentId: 1, agentLogin: "mkeller",
                             agentName: "Maria Keller", agentTier: 1)
        state.queue.filter = TicketFilter(sort: TicketSort(.id, descending: true))
        try Self.run(.queueLoaded(Self.page(.start, limit: 100), .replace(keepSelection: nil), requested: 100), &state)
        var seen: [Int64] = [state.queue.selectedRow!.id]
        for _ in 1..<Self.all.count {
            try Self.run(.key(KeyEvent(.char("j"))), &state)
            seen.append(state.queue.selectedRow!.id)
            #expect(state.queue.rows.count <= QueueState.windowLimit + Update.pageSize(state))
        }
        #expect(seen == Self.all.map(\.id))
        // And all the way back up.
        for _ in 1..<Self.all.count { try Self.run(.key(KeyEvent(.char("k"))), &state) }
        #expect(state.queue.selectedRow?.id == Self.all.first?.id)
    }
}
