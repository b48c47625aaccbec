import HelpdeskCore
@testable import HelpdeskUI
import Testing

/// A held key moves the queue at once; the panes that follow the selection load when it pauses.
struct HeldKeysTests {
    static func move(to id: Int64) -> [Effect] {
        [.loadDetail(ticketId: id), .suggestArticles(ticketId: id)]
    }

    @Test func aSingleKeyLoadsAtOnce() {
        var keys = HeldKeys()
        #expect(keys.key(at: 10, Self.move(to: 2)) == Self.move(to: 2))
        #expect(keys.wait(at: 10) == nil && keys.due(at: 11).isEmpty)
        // The next single press, after a pause, also loads at once.
        #expect(keys.key(at: 10.5, Self.move(to: 3)) == Self.move(to: 3))
    }

    @Test func aHeldKeyLoadsTheLastTicketOnceItPauses() {
        var keys = HeldKeys()
        #expect(keys.key(at: 10.00, Self.move(to: 2)) == Self.move(to: 2))
        let page: Effect = .loadQueue(TicketFilter(), .start, limit: 100, .appendBelow)
        #expect(keys.key(at: 10.03, Self.move(to: 3)).isEmpty)
        #expect(keys.key(at: 10.06, Self.move(to: 4) + [page]) == [page], "what moves the queue is not held")
        #expect(keys.key(at: 10.09, Self.move(to: 5)).isEmpty)
        #expect(keys.waiting == Self.move(to: 5), "only the latest of each kind waits")
        #expect(keys.wait(at: 10.10) == 50)
        #expect(keys.due(at: 10.12).isEmpty, "not before the pause")
        #expect(keys.due(at: 10.15) == Self.move(to: 5))
        #expect(keys.due(at: 10.20).isEmpty && keys.wait(at: 10.20) == nil)
    }

    @Test func aFreshKeyTakesOverWhatWaits() {
        var keys = HeldKeys()
        _ = keys.key(at: 10.00, Self.move(to: 2))
        _ = keys.key(at: 10.03, Self.move(to: 3))
        // A different key (a reply, say) right after the burst: its own effects, and the loads
        // still waiting, go now — but a load it asks for again replaces the waiting one.
        let compose: Effect = .suspend
        #expect(keys.key(at: 10.20, [compose]) == Self.move(to: 3) + [compose])
        _ = keys.key(at: 10.30, Self.move(to: 4))
        _ = keys.key(at: 10.33, Self.move(to: 5))
        #expect(keys.key(at: 10.50, Self.move(to: 6)) == Self.move(to: 6))
    }
}
