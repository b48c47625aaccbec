/// Where a binding applies: everywhere, or only while a pane has the focus (which wins over global).
public enum KeyScope: String, CaseIterable, Sendable {
    case global, queue, detail, kb

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .queue: "Ticket queue"
        case .detail: "Ticket detail"
        case .kb: "Knowledge base"
        }
    }
}
