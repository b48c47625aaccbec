/// The three panes, in focus order.
public enum Pane: Int, CaseIterable, Sendable {
    case queue, detail, kb

    public var scope: KeyScope {
        switch self {
        case .queue: .queue
        case .detail: .detail
        case .kb: .kb
        }
    }

    public var title: String {
        switch self {
        case .queue: "Queue"
        case .detail: "Ticket"
        case .kb: "Knowledge base"
        }
    }
}
