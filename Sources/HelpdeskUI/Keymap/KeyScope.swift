/// Where a binding applies: a pane (whose keys win over the global ones there), or one keyboard
/// mode (a picker, a prompt, the help …), which has only its own keys — everything else it
/// receives is typing.
public enum KeyScope: String, CaseIterable, Sendable {
    case global, queue, detail, kb, reader
    case filter, commandLine = "command-line", kbSearch = "kb-search", prompt, picker, confirm, composer, team, requester, help
    case helpSearch = "help-search"

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .queue: "Ticket queue"
        case .detail: "Ticket detail"
        case .kb: "Knowledge base"
        case .reader: "Article reader"
        case .filter: "Filter line (/)"
        case .commandLine: "Command line (:)"
        case .kbSearch: "Knowledge-base search box"
        case .prompt: "Prompts (reason, category, tags, ticket number)"
        case .picker: "Pickers (assignee, status, priority, macro …)"
        case .confirm: "Confirmations"
        case .composer: "Inline editor (replies and notes)"
        case .team: "Team view (:team)"
        case .requester: "Requester (R)"
        case .help: "Help (?)"
        case .helpSearch: "Searching the help"
        }
    }

    /// The scopes a key is looked up in, first match wins: a pane's own keys, then the global
    /// ones; a mode only its own.
    public var lookupOrder: [KeyScope] {
        switch self {
        case .queue, .detail, .kb, .reader: [self, .global]
        default: [self]
        }
    }

    /// Modes that exist only to make a change (a read-only session never enters them, so its help leaves them out).
    public var servesChanges: Bool {
        switch self {
        case .prompt, .picker, .confirm, .composer: true
        default: false
        }
    }

    /// Modes where unbound keys are typed into a text field.
    public var takesTyping: Bool {
        switch self {
        case .filter, .commandLine, .kbSearch, .prompt, .picker, .composer, .helpSearch: true
        default: false
        }
    }
}
