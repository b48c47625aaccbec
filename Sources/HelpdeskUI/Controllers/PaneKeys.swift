import HelpdeskCore

/// Keys with no mode active: the focused pane's bindings first, then the global ones. Each
/// pane's controller takes the commands it owns; the rest are the global commands.
enum PaneKeys {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        state.message = nil
        guard let command = state.keymap.command(for: event, in: state.keyScope) else { return [] }
        return perform(command, &state)
    }

    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.readOnly && command.changesData {
            // Refused at the key, before any prompt: a read-only session never gets halfway.
            state.message = .init(text: "read-only: \(command.rawValue) changes tickets (this session was started with --read-only)", isError: true)
            return []
        }
        let owned: [Effect]? = switch state.keyScope {
        case .queue: QueueController.handle(command, &state)
        case .detail: DetailController.handle(command, &state)
        case .kb: KBController.handle(command, &state)
        case .reader: ReaderController.handle(command, &state)
        default: nil
        }
        return owned ?? GlobalCommands.perform(command, &state)
    }
}
