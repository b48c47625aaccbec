import HelpdeskCore

/// Everything the screen shows. Changed only by `Update.apply`, drawn only by `Screen.render`.
public struct AppState: Equatable, Sendable {
    /// What the keyboard is doing right now.
    public enum Mode: Equatable, Sendable {
        case normal
        /// Typing a filter with `/`; `original` is restored by Esc.
        case filtering(TextInput, original: String)
        case commandLine(TextInput)
        case help(scroll: Int)
        case kbSearch
        case picking(Picker)
        case prompting(Prompt)
        case confirming(Confirmation)
        case composing(Composer)
        /// The supervisor's team overview; `selected` is a row of `TeamView.rows`.
        case team(TeamLoad, selected: Int)
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
    /// The last change this agent made, while it can still be undone (until `undoUntil`).
    public var lastOutcome: ActionOutcome?
    public var undoUntil: Int64 = 0
    /// The macros behind an open macro picker.
    public var pendingMacros: [Macro] = []
    /// Supervisors and admins see the team view and may reassign anyone's tickets.
    public var isSupervisor = false
    public var live = true
    public var readOnly = false
    /// True when the database has no tickets at all: the queue then explains how to get some.
    public var databaseIsEmpty = false
    public var databasePath = ""
    public var shouldQuit = false

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
