import HelpdeskCore

/// A list to choose from with type-to-filter (assignee, status, priority, channel, macro).
public struct Picker: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var label: String
        public var detail: String
        public var value: String

        public init(_ label: String, detail: String = "", value: String? = nil) {
            self.label = label
            self.detail = detail
            self.value = value ?? label
        }
    }

    public var title: String
    public var items: [Item]
    public var input = TextInput()
    public var selected = 0
    public var purpose: TriagePurpose

    public init(title: String, items: [Item], purpose: TriagePurpose) {
        self.title = title
        self.items = items
        self.purpose = purpose
    }

    /// The items whose label or detail contains every typed word (case-insensitive), prefix matches first.
    public var visible: [Item] {
        let words = input.text.lowercased().split(separator: " ")
        guard let first = words.first else { return items }
        let matches = items.filter { item in
            let text = (item.label + " " + item.detail).lowercased()
            return words.allSatisfy { text.contains($0) }
        }
        // Labels that start with what was typed come first ("pen" → pending before open).
        return matches.filter { $0.label.lowercased().hasPrefix(first) } + matches.filter { !$0.label.lowercased().hasPrefix(first) }
    }

    public var choice: Item? {
        let visible = visible
        return visible.indices.contains(selected) ? visible[selected] : nil
    }

    /// Moves, types or deletes; returns false for keys it does not use (Enter, Esc).
    mutating func handle(_ event: KeyEvent) -> Bool {
        switch event.key {
        case .down, .ctrl("n"): selected = min(selected + 1, max(0, visible.count - 1))
        case .up, .ctrl("p"): selected = max(0, selected - 1)
        default:
            guard input.handle(event) else { return false }
            selected = 0
        }
        return true
    }
}
