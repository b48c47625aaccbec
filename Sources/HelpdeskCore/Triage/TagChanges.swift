/// Tag changes as people type them — `+vpn -printer remote` — turned into actions: `+TAG` or a
/// bare `TAG` adds, `-TAG` removes, names are lowercased. The CLI's `ticket tag` and the TUI's
/// `#` prompt both read their input here, so both refuse the same mistakes.
///
/// ```swift
/// try TagChanges.actions(from: "+vpn -printer remote")
/// // [.addTags(["vpn", "remote"]), .removeTags(["printer"])]
/// ```
public enum TagChanges {
    /// The actions for the words (additions first, then removals), or why they make no sense:
    /// no tag at all, a bare sign ("+"), a doubled one ("--x"), a tag both added and removed.
    public static func actions(from words: [String]) throws -> [TicketAction] {
        guard !words.isEmpty else { throw HelpdeskError.invalidInput("name at least one tag: +TAG adds, -TAG removes (e.g. +vpn -printer)") }
        var added: [String] = [], removed: [String] = []
        for word in words {
            var name = Substring(word)
            let removes = name.first == "-"
            if name.first == "+" || name.first == "-" { name = name.dropFirst() }
            let tag = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard !tag.isEmpty, !tag.hasPrefix("-"), !tag.hasPrefix("+") else {
                throw HelpdeskError.invalidInput("bad tag change '\(word)' (expected +TAG, -TAG or TAG)")
            }
            if removes { removed.append(tag) } else { added.append(tag) }
        }
        var actions: [TicketAction] = []
        if !added.isEmpty { actions.append(.addTags(added)) }
        if !removed.isEmpty { actions.append(.removeTags(removed)) }
        try checkConsistent(actions)
        return actions
    }

    /// The same for a line of text, split on whitespace ("+vpn  -printer").
    public static func actions(from text: String) throws -> [TicketAction] {
        try actions(from: text.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    /// Refuses one change that adds a tag and removes it again (it would record two events and
    /// change nothing). `TicketService.perform` checks every change with this, whoever built it.
    public static func checkConsistent(_ actions: [TicketAction]) throws {
        func tags(_ adding: Bool) -> [String] {
            actions.flatMap { action -> [String] in
                switch action {
                case .addTags(let tags) where adding, .removeTags(let tags) where !adding: tags.map { $0.lowercased() }
                default: []
                }
            }
        }
        let removed = Set(tags(false))
        if let both = tags(true).first(where: removed.contains) {
            throw HelpdeskError.invalidInput("tag '\(both)' is both added and removed")
        }
    }
}
