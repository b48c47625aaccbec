import Foundation
import HelpdeskCore

/// The run loop: terminal event → keymap/action → `Update.apply` → effects → render → draw.
/// One thread; polls the database's `data_version` a few times a second to stay live.
public final class App {
    public private(set) var state: AppState
    private var theme: Theme
    private let terminal: Terminal
    private let store: HelpdeskStore
    private let runner: EffectRunner
    private let loadTheme: (String) throws -> Theme
    private var lastDrawn: AppState?
    private var lastDataVersion: Int64 = 0
    /// Bytes written for the last frame (for benchmarks).
    public private(set) var lastFrameBytes = 0

    /// How often the loop wakes up without input, to poll for changes by others.
    static let pollMilliseconds = 250

    private let drafts: DraftStore?

    public init(state: AppState, theme: Theme, terminal: Terminal, store: HelpdeskStore, service: TicketService? = nil,
                drafts: DraftStore? = nil, loadTheme: @escaping (String) throws -> Theme) {
        self.state = state
        self.theme = theme
        self.terminal = terminal
        self.store = store
        self.drafts = drafts
        self.runner = EffectRunner(store: store, service: service, drafts: drafts)
        self.loadTheme = loadTheme
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
            switch terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds) {
            case .key(let key): dispatch(.key(key))
            case .resize(let size): dispatch(.resize(size))
            case .hangup: return
            case nil: break
            }
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

    /// Applies an action and everything its effects report back.
    public func dispatch(_ action: Action) {
        perform(Update.apply(action, to: &state))
    }

    private func perform(_ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            var actions: [Action]
            switch effect {
            case .applyTheme(let name):
                do {
                    theme = try loadTheme(name).adapted(toColors: terminal.colorCount)
                    actions = [.themeApplied(name)]
                    lastDrawn = nil
                } catch {
                    actions = [.failed("\(error)")]
                }
            case .suspend:
                terminal.suspendToShell()
                lastDrawn = nil
                actions = []
            case .compose(let composition):
                actions = [compose(composition)]
                lastDrawn = nil
            case .editArticle(let document, let version):
                actions = [editArticle(document, basedOn: version)]
                lastDrawn = nil
            default:
                actions = runner.perform(effect, agentId: state.agentId)
            }
            for action in actions { pending += Update.apply(action, to: &state) }
        }
    }

    /// Renders and draws when something visible changed (the clock alone counts once a minute).
    public func draw() {
        var comparable = state
        comparable.now -= comparable.now % 60
        if let lastDrawn, lastDrawn == comparable { return }
        let frame = Screen.render(state, theme: theme)
        lastFrameBytes = terminal.draw(frame.buffer, cursor: frame.cursor)
        lastDrawn = comparable
    }

    /// Writes a reply or note in the user's editor, on the draft file: a kept draft is offered
    /// again; an editor that fails leaves the file for next time.
    private func compose(_ composition: Composition) -> Action {
        guard let drafts else { return .failed("replies need a place for drafts (set XDG_STATE_HOME or HOME)") }
        let key = composition.key
        let path = drafts.path(for: key)
        if drafts.load(key) == nil {
            do {
                try drafts.save(composition.initialText, for: key)
            } catch {
                return .failed("cannot write the draft \(path): \(error.localizedDescription)")
            }
        }
        guard let editor = ExternalEditor.command() else {
            return .composeInline(composition, text: drafts.load(key) ?? composition.initialText)
        }
        // Others see "replying" while the editor runs; a timer keeps the heartbeat going.
        _ = runner.checkPresence(ticketId: key.ticketId, activity: .replying)
        let heartbeat = DispatchSource.makeTimerSource(queue: .global())
        heartbeat.schedule(deadline: .now() + 10, repeating: 10)
        let presence = runner.presence, login = state.agentLogin
        heartbeat.setEventHandler { presence.announce(ticketId: key.ticketId, login: login, activity: .replying) }
        heartbeat.resume()
        let status = terminal.runOutside { ExternalEditor.run(editor, path: path) }
        heartbeat.cancel()
        _ = runner.checkPresence(ticketId: key.ticketId, activity: .viewing)
        guard status == 0 else {
            return .failed("the editor (\(editor)) exited with status \(status) — your text is kept as a draft: \(path)")
        }
        let text = drafts.load(key) ?? ""
        if text.isEmpty { drafts.remove(key) }
        return .composed(composition, text: text)
    }

    /// Writes an article (Markdown with a small front matter) in the editor, then saves it. The
    /// file stays next to the drafts when the editor fails or the text does not parse.
    private func editArticle(_ document: ArticleDocument, basedOn version: Int64?) -> Action {
        guard let drafts else { return .failed("articles need a place for drafts (set XDG_STATE_HOME or HOME)") }
        let path = drafts.folder.appendingPathComponent("article-\(document.id.map(String.init) ?? "new").md").path
        do {
            try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) { try document.rendered().write(toFile: path, atomically: true, encoding: .utf8) }
        } catch {
            return .failed("cannot write \(path): \(error.localizedDescription)")
        }
        let editor = ExternalEditor.command() ?? "vi"
        let status = terminal.runOutside { ExternalEditor.run(editor, path: path) }
        guard status == 0 else { return .failed("the editor (\(editor)) exited with status \(status) — the article is kept in \(path)") }
        do {
            var edited = try ArticleDocument.parse(try String(contentsOfFile: path, encoding: .utf8), source: path)
            edited.id = document.id  // the article being edited, whatever the front matter says
            let result = runner.saveArticle(edited, basedOn: version)
            if case .triageDone = result { try? FileManager.default.removeItem(atPath: path) }
            return result
        } catch {
            return .failed("\(error) — the text is kept in \(path)")
        }
    }
}
