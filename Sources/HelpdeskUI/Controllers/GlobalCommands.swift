import HelpdeskCore

/// The commands that work the same in every pane: quitting, the input lines, focus and zoom,
/// views, and every ticket action (on the current ticket — see ``CurrentTicket``).
enum GlobalCommands {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        if let index = command.viewIndex { return Update.switchView(to: index, &state) }
        switch command {
        case .quit:
            state.shouldQuit = true
        case .help:
            state.mode = .help(HelpState())
        case .filter:
            state.mode = .filtering(TextInput(state.filterText), original: state.filterText)
        case .command:
            state.mode = .commandLine(TextInput())
        case .focusNext, .focusPrevious:
            let step = command == .focusNext ? 1 : Pane.allCases.count - 1
            state.focus = Pane(rawValue: (state.focus.rawValue + step) % Pane.allCases.count) ?? .queue
            if state.zoomed && state.focus != .kb { state.zoomed = false }
        case .zoom:
            state.zoomed.toggle()
        case .refresh:
            return Update.refresh(&state)
        case .suspend:
            return [.suspend]
        case .search:
            state.mode = .kbSearch
            state.kb.mode = .search
            state.focus = .kb
        case .undo:
            return [.undoLast]
        case .requester:
            return RequesterController.start(&state)
        case .openAttachment:
            return AttachmentController.start(&state)
        case .take, .assign, .setStatus, .setPriority, .setCategory, .tags, .setChannel, .escalate, .deescalate,
             .reply, .note, .macro, .link, .merge:
            return TicketActions.start(command, &state)
        default:
            break
        }
        return []
    }
}
