import Foundation
import HelpdeskCore

/// The run loop: terminal event → `Update.apply` → effects (performed by the `EffectRunner`)
/// → render → draw. One thread; polls the database's `data_version` a few times a second to
/// stay live. It keeps nothing but the loop: state lives in `AppState`, work in the runner.
public final class App {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let store: HelpdeskStore
    private let runner: EffectRunner
    private var lastDrawn: AppState?
    private var lastDataVersion: Int64 = 0
    private var heldKeys = HeldKeys()

    /// How often the loop wakes up without input, to poll for changes by others.
    static let pollMilliseconds = 250

    public init(state: AppState, terminal: Terminal, store: HelpdeskStore, runner: EffectRunner) {
        self.state = state
        self.terminal = terminal
        self.store = store
        self.runner = runner
    }

    /// Loads the first screen and draws it.
    public func start() {
        lastDataVersion = (try? store.dataVersion()) ?? 0
        if let saved = try? store.savedViews(ownerId: state.agentId), !saved.isEmpty {
            state.views = BuiltinViews.all + saved
        }
        perform(Update.start(&state))
        draw()
    }

    /// Runs until the user quits or the terminal goes away.
    public func run() {
        start()
        var lastPoll = Date()
        while !state.shouldQuit {
            let timeout = min(Self.pollMilliseconds, heldKeys.wait(at: Self.uptime()) ?? Self.pollMilliseconds)
            switch terminal.nextEvent(timeoutMilliseconds: timeout) {
            case .key(let key): perform(heldKeys.key(at: Self.uptime(), Update.apply(.key(key), to: &state)))
            case .mouse(let event): dispatch(.mouse(event))
            case .resize(let size): dispatch(.resize(size))
            case .hangup: return
            case nil: break
            }
            perform(heldKeys.due(at: Self.uptime()))
            if Date().timeIntervalSince(lastPoll) * 1000 >= Double(Self.pollMilliseconds) {
                lastPoll = Date()
                let version = (try? store.dataVersion()) ?? lastDataVersion
                dispatch(.tick(now: store.now, dataChanged: version != lastDataVersion))
                lastDataVersion = version
            }
            draw()
        }
        runner.leave()
    }

    /// Seconds on a clock that never jumps (for telling a held key from single presses).
    static func uptime() -> Double { ProcessInfo.processInfo.systemUptime }

    /// Applies an action and everything its effects report back.
    public func dispatch(_ action: Action) {
        perform(Update.apply(action, to: &state))
    }

    private func perform(_ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            for action in runner.perform(effect) { pending += Update.apply(action, to: &state) }
        }
    }

    /// Renders and draws when something visible changed (the clock alone counts once a minute).
    public func draw() {
        var comparable = state
        comparable.now -= comparable.now % 60
        if let lastDrawn, lastDrawn == comparable { return }
        let frame = Screen.render(state, theme: state.theme)
        terminal.draw(frame.buffer, cursor: frame.cursor)
        lastDrawn = comparable
    }
}
