import HelpdeskCore

/// Everything the screen shows. Changed only by `Update.apply`, drawn only by `Screen.render`.
public struct AppState: Equatable, Sendable {
    /// What the keyboard is doing right now.
    public enum Mode: Equatable, Sendable {
        case normal
        /// Typing a filter with `/`; `original` is restored by Esc.
        case filtering(TextInput, original: String)
        case commandLine(TextInput)
        case help(HelpState)
        case kbSearch
        case picking(Picker)
        case prompting(Prompt)
        case confirming(Confirmation)
        case composing(Composer)
        /// The supervisor's team overview; `selected` is a row of `TeamRows.rows`.
        case team(TeamLoad, selected: Int)
        /// `R`: the current ticket's requester and their tickets.
        case requester(RequesterState)
        /// `E` there: erasing the requester, the reason then a yes.
        case erasing(ErasureState)
    }

    /// Where keys go now: the mode's own scope, or the focused pane's when no mode is active.
    public var keyScope: KeyScope {
        switch mode {
        case .normal: focus == .kb && kb.mode == .reader ? .reader : focus.scope
        case .filtering: .filter
        case .commandLine: .commandLine
        case .help(let help): help.searching ? .helpSearch : .help
        case .kbSearch: .kbSearch
        case .picking: .picker
        case .prompting: .prompt
        case .confirming: .confirm
        case .composing: .composer
        case .team: .team
        case .requester: .requester
        case .erasing(let erasing):
            if case .reason = erasing.step { .prompt } else { .confirm }
        }
    }

    public struct Message: Equatable, Sendable {
        public var text: String
        public var isError: Bool
    }

    public var size: Size
    public var now: Int64
    public var agentId: Int64?
    public var agentLogin: String
    public var agentName: String
    public var agentTier: Int?
    public var keymap: Keymap
    public var themeName: String
    /// The colours the screen is drawn in (loaded by the effect runner on `:theme`).
    public var theme: Theme = .builtinDefault
    public var themeNames: [String]
    public var unicode: Bool

    public var focus: Pane = .queue
    public var zoomed = false
    public var mode: Mode = .normal
    public var views: [QueueView]
    public var viewIndex: Int
    /// The filter applied on top of the view (text as typed).
    public var filterText = ""
    public var filterError: String?
    public var message: Message?
    /// Supervisors and admins see the team view and may reassign anyone's tickets.
    public var isSupervisor = false
    public var live = true
    public var readOnly = false
    /// True when the database has no tickets at all: the queue then explains how to get some.
    public var databaseIsEmpty = false
    public var databasePath = ""
    public var shouldQuit = false
    /// Mouse clicks select rows and focus panes, the wheel scrolls (`mouse = false` in config.toml turns it off).
    public var mouse = true
    /// Raised when the terminal's picture was lost (an editor or a shell ran on it): the next frame is drawn whole.
    public var screenGeneration = 0

    public var queue = QueueState()
    public var detail = DetailState()
    public var kb = KBState()

    public init(size: Size, now: Int64, agentId: Int64?, agentLogin: String, agentName: String, agentTier: Int?,
                keymap: Keymap = .standard, themeName: String = "default", themeNames: [String] = ["default"],
                unicode: Bool = true, views: [QueueView] = BuiltinViews.all, viewIndex: Int? = nil) {
        self.size = size
        self.now = now
        self.agentId = agentId
        self.agentLogin = agentLogin
        self.agentName = agentName
        self.agentTier = agentTier
        self.keymap = keymap
        self.themeName = themeName
        self.themeNames = themeNames
        self.unicode = unicode
        self.views = views
        // Agents start on their own tickets; someone who is not an agent sees all open tickets.
        self.viewIndex = viewIndex ?? (agentId == nil ? BuiltinViews.all.firstIndex(of: BuiltinViews.allOpen)! : 0)
    }

    /// The current ticket: the one the detail pane shows and every ticket action acts on.
    public var currentTicketId: Int64? { detail.ticketId }

    public var currentView: QueueView { views[min(viewIndex, views.count - 1)] }

    /// The query the queue runs: the view's, then the filter's terms (a `sort:` in the filter wins).
    public var effectiveQuery: String {
        filterText.isEmpty ? currentView.query : currentView.query + " " + filterText
    }

    public var queryContext: QueryContext { QueryContext(agentId: agentId, now: now) }

    /// The layout for the current size, focus and zoom.
    public var layout: Layout { Layout(size: size, focus: focus, zoomed: zoomed) }

    /// How many queue rows fit on screen (at least one).
    public var queueRowsVisible: Int { max(1, (layout.rect(for: .queue)?.height ?? size.height) - 3) }
}
