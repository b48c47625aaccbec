/// A held key (auto-repeat sends one every 25–40 ms) moves the queue at once, while the panes
/// that follow the selection — the detail, the article suggestions, who else is on the ticket —
/// load only when the keys pause: a repeated move then costs a queue redraw, not three reads and
/// two pane redraws, which keeps a held `j` cheap over a slow SSH link. A single key, or the
/// first after a pause, loads them at once as before. While they wait the current ticket is the
/// selected row (CurrentTicket falls back to it), so a key pressed meanwhile still acts on the
/// ticket the queue shows selected and the pane's title names.
struct HeldKeys {
    /// Keys closer together than this are a held key (seconds).
    static let pause = 0.06

    private var lastKeyAt: Double?
    /// The loads waiting for the pause, at most one of each kind (the latest).
    private(set) var waiting: [Effect] = []

    /// What to perform now of the effects of a key pressed at `time`: everything, unless the key
    /// came within `pause` of the one before; then the following loads wait (replacing older ones).
    mutating func key(at time: Double, _ effects: [Effect]) -> [Effect] {
        defer { lastKeyAt = time }
        let repeated = lastKeyAt.map { time - $0 < Self.pause } ?? false
        let (follow, now) = (effects.filter(Self.follows), effects.filter { !Self.follows($0) })
        if repeated {
            waiting = waiting.filter { old in !follow.contains { Self.sameKind($0, old) } } + follow
            return now
        }
        // A fresh key: what still waits goes first, unless this key asks for the same again.
        let stale = waiting.filter { old in !follow.contains { Self.sameKind($0, old) } }
        waiting = []
        return stale + effects
    }

    /// The waiting loads, once the keys have paused (nothing before).
    mutating func due(at time: Double) -> [Effect] {
        guard !waiting.isEmpty, let lastKeyAt, time - lastKeyAt >= Self.pause else { return [] }
        defer { waiting = [] }
        return waiting
    }

    /// Milliseconds until the waiting loads are due; nil when nothing waits.
    func wait(at time: Double) -> Int? {
        guard !waiting.isEmpty, let lastKeyAt else { return nil }
        return max(0, Int(((lastKeyAt + Self.pause - time) * 1000).rounded()))
    }

    /// The loads that follow the selection.
    static func follows(_ effect: Effect) -> Bool {
        switch effect {
        case .loadDetail, .suggestArticles, .checkPresence: true
        default: false
        }
    }

    private static func sameKind(_ a: Effect, _ b: Effect) -> Bool {
        switch (a, b) {
        case (.loadDetail, .loadDetail), (.suggestArticles, .suggestArticles), (.checkPresence, .checkPresence): true
        default: false
        }
    }
}
