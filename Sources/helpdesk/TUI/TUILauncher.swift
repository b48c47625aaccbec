import CursesTerminal
import Foundation
import HelpdeskCore
import HelpdeskUI

/// Opens the terminal UI: checks the terminal, opens the database, loads theme and keymap,
/// and runs the App until the user quits. The terminal is restored on every way out.
struct TUILauncher {
    var databasePath: String
    var themeName: String?
    var exitAfterFirstFrame: Bool
    var readOnly = false

    /// Runs the TUI; a broken keys.toml or theme file becomes a CLIError (one line on stderr),
    /// so the CLI's error handling needs nothing from HelpdeskUI.
    func run() throws {
        do {
            try runTUI()
        } catch let error as KeymapError {
            throw CLIError(error.description)
        } catch let error as ThemeError {
            throw CLIError(error.description)
        }
    }

    private func runTUI() throws {
        let environment = ProcessInfo.processInfo.environment
        // Everything that can fail with a message is checked before the screen is taken over.
        let config = try UserConfig.load()
        let keymap = try UserConfig.keymap()
        let requestedTheme = themeName ?? (environment["NO_COLOR"].map { $0.isEmpty ? nil : "monochrome" } ?? nil) ?? config.theme ?? "default"
        var theme = try ThemeLibrary.theme(named: requestedTheme)
        let store = try HelpdeskStore.open(path: databasePath, readOnly: readOnly)
        let user = OSUser.current()
        // Agents only: everyone else follows their requests with `helpdesk request`.
        let agent: Agent? = try Permissions.reader(user, in: store)
        let isEmpty = try store.countTickets(matching: .all, cap: 1).count == 0
        // Agents start on their own tickets; with none (or no agent record), on all open tickets.
        let mine = try QueryCompiler.compile(BuiltinViews.mine.query, context: QueryContext(agentId: agent?.id, now: store.now))
        let hasOwnTickets = try agent != nil && store.countTickets(matching: mine, cap: 1).count > 0
        let startView = hasOwnTickets ? 0 : BuiltinViews.all.firstIndex(of: BuiltinViews.allOpen)!

        let unicode = TextWidth.ensureUTF8Locale()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(mouse: config.mouse ?? true)
        } catch {
            throw HelpdeskError.invalidInput("\(error) — the CLI works without one, e.g. helpdesk ticket list")
        }
        defer { terminal.shutdown() }
        theme = theme.adapted(toColors: terminal.colorCount)

        var state = AppState(size: terminal.size, now: store.now, agentId: agent?.id, agentLogin: user.login,
                             agentName: agent?.name ?? user.fullName, agentTier: agent?.tier, keymap: keymap,
                             themeName: requestedTheme, themeNames: ThemeLibrary.availableNames(), unicode: unicode && terminal.unicode && TextWidth.environmentLocaleIsUTF8,
                             viewIndex: startView)
        state.readOnly = store.isReadOnly
        state.isSupervisor = agent.map { $0.active && $0.role != .agent } ?? false
        state.databaseIsEmpty = isEmpty
        state.databasePath = store.path
        state.kb.staleAfter = try store.articleStaleAfter()
        state.theme = theme
        state.mouse = config.mouse ?? true
        let service = agent.flatMap { $0.active ? TicketService(store: store, actor: $0) : nil }
        let runner = EffectRunner(store: store, service: service,
                                  drafts: DraftStore(databasePath: store.path, home: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? user.home),
                                  terminal: terminal, loadTheme: { try ThemeLibrary.theme(named: $0) })
        let app = App(state: state, terminal: terminal, store: store, runner: runner)
        if exitAfterFirstFrame {
            app.start()
        } else {
            app.run()
        }
    }
}
