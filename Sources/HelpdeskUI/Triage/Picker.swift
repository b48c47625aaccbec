import HelpdeskCore

/// What a picker item stands for: a typed value, never a string to parse back.
public enum PickerValue: Equatable, Sendable {
    /// An agent's login; nil is "(nobody)".
    case agent(String?)
    case status(TicketStatus)
    case priority(Priority)
    case channel(Channel)
    case macro(Macro)
    /// Text that goes into a reply (a whole article, or one section of it).
    case text(String)
    /// A file of the ticket (`o`).
    case attachment(StoredAttachment)
}

/// A list to choose from with type-to-filter (assignee, status, priority, channel, macro), for
/// the ticket or marked tickets it was opened on.
public struct Picker: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var label: String
        public var detail: String
        public var value: PickerValue

        public init(_ label: String, detail: String = "", value: PickerValue) {
            self.label = label
            self.detail = detail
            self.value = value
        }
    }

    public var title: String
    public var items: [Item]
    public var input = TextInput()
    public var selected = 0
    public var purpose: TriagePurpose
    /// What the choice acts on, fixed when the picker opened (its title names it).
    public var target: TriageRequest.Target?

    public init(title: String, items: [Item], purpose: TriagePurpose, target: TriageRequest.Target? = nil) {
        self.title = title
        self.items = items
        self.purpose = purpose
        self.target = target
    }

    /// The items matching what was typed, best first (fuzzy: the typed letters in order, see ``FuzzyMatch``).
    public var visible: [Item] {
        let query = input.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return items }
        let scored = items.enumerated().compactMap { index, item -> (score: Int, index: Int, item: Item)? in
            let label = FuzzyMatch.score(query, in: item.label)
            let detail = FuzzyMatch.score(query, in: item.detail).map { $0 - 50 }
            guard let score = [label, detail].compactMap({ $0 }).max() else { return nil }
            return (score, index, item)
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.map(\.item)
    }

    public var choice: Item? {
        let visible = visible
        return visible.indices.contains(selected) ? visible[selected] : nil
    }

    mutating func move(by step: Int) {
        selected = min(max(0, selected + step), max(0, visible.count - 1))
    }

    /// Typing filters the list and starts again at its best match.
    mutating func type(_ event: KeyEvent) -> Bool {
        guard input.handle(event) else { return false }
        selected = 0
        return true
    }
}
