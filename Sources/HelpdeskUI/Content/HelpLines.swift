import HelpdeskCore

/// The lines of `?`: every binding of the active keymap, one section per scope (panes and
/// modes), then the `:` commands — generated from the keymap, so it shows the user's own keys
/// and cannot go stale. A search keeps the lines whose keys, action or text contain it.
public enum HelpLines {
    public static func lines(for keymap: Keymap, readOnly: Bool = false, search: String = "") -> [StyledLine] {
        let needle = search.lowercased().trimmingCharacters(in: .whitespaces)
        func matches(_ texts: String...) -> Bool { needle.isEmpty || texts.contains { $0.lowercased().contains(needle) } }
        var lines: [StyledLine] = []
        func section(_ title: String, _ rows: [(String, String)]) {
            guard !rows.isEmpty else { return }
            if !lines.isEmpty { lines.append(StyledLine("", .helpText)) }
            lines.append(StyledLine(title, .mdHeading))
            for (keys, help) in rows {
                lines.append(StyledLine([(TextWidth.pad(keys, to: max(18, TextWidth.width(keys) + 1)), .helpKey), (help, .helpText)]))
            }
        }
        for scope in KeyScope.allCases {
            let rows = keymap.bindings(in: scope, readOnly: readOnly).compactMap { binding -> (String, String)? in
                let keys = binding.keys.map(\.spec).joined(separator: ", ")
                return matches(keys, binding.command.rawValue, binding.help) ? (keys, binding.help) : nil
            }
            section(scope.title, rows)
        }
        let commands = ColonCommand.commands.compactMap { command -> (String, String)? in
            let spelled = ":" + command.name + (command.argument.map { " " + $0 } ?? "")
            return matches(spelled, command.help) ? (spelled, command.help) : nil
        }
        section("Commands (type : first, Tab completes)", commands)
        if lines.isEmpty { lines.append(StyledLine("No key or command matches '\(search)'.", .helpText)) }
        return lines
    }
}
