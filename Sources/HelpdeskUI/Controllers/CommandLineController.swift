import HelpdeskCore

/// The command line (`:`): Tab completes, Enter runs the command (see ``ColonCommand``).
enum CommandLineController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .commandLine(var input) = state.mode else { return [] }
        switch state.keymap.command(for: event, in: .commandLine) {
        case .cancel:
            state.mode = .normal
        case .accept:
            state.mode = .normal
            return execute(ColonCommand.parse(input.text), &state)
        case .complete:
            let completion = ColonCommand.complete(input.text, views: state.views.map(\.key), themes: state.themeNames)
            input.set(completion.text)
            state.mode = .commandLine(input)
            state.message = completion.alternatives.count > 1 ? .init(text: completion.alternatives.joined(separator: "  "), isError: false) : nil
        default:
            if input.handle(event) { state.mode = .commandLine(input) }
        }
        return []
    }

    static func execute(_ command: ColonCommand.Parsed, _ state: inout AppState) -> [Effect] {
        switch command {
        case .none:
            return []
        case .quit:
            state.shouldQuit = true
        case .help:
            state.mode = .help(HelpState())
        case .view(let name):
            let index = Int(name).map { $0 - 1 } ?? state.views.firstIndex { $0.key.lowercased() == name.lowercased() }
            guard let index else {
                let keys = state.views.map(\.key)
                state.message = .init(text: "unknown view '\(name)' (views: \(keys.joined(separator: ", ")))" + Suggestion.tail(for: name, among: keys),
                                      isError: true)
                return []
            }
            return Update.switchView(to: index, &state)
        case .open(let id):
            return [.openTicket(id)]
        case .theme(let name):
            return [.applyTheme(name)]
        case .save(let name):
            return [.saveView(name: name, query: state.effectiveQuery, shared: false)]
        case .share(let name):
            return [.saveView(name: name, query: state.effectiveQuery, shared: true)]
        case .team:
            guard state.isSupervisor else {
                state.message = .init(text: "the team view is for supervisors and admins", isError: true)
                return []
            }
            return [.loadTeam]
        case .newArticle(let fromTicket):
            if state.readOnly {
                state.message = .init(text: "read-only: articles cannot be written in this session", isError: true)
                return []
            }
            return ArticleUse.newArticle(fromTicket: fromTicket, &state)
        case .filter(let query):
            state.filterText = query
            return Update.reloadQueue(&state, keepSelection: nil)
        case .invalid(let message):
            state.message = .init(text: message, isError: true)
        }
        return []
    }
}
