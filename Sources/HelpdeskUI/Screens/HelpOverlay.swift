/// `?`: every binding of the active keymap, grouped by where it applies, and the `:` commands.
/// Generated from the keymap, so it shows the user's own keys and cannot go stale.
public enum HelpOverlay {
    public static func lines(for keymap: Keymap) -> [StyledLine] {
        var lines: [StyledLine] = []
        for scope in KeyScope.allCases {
            let bindings = keymap.bindings.filter { $0.scope == scope && !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(StyledLine("", .helpText)) }
            lines.append(StyledLine(scope.title, .mdHeading))
            for binding in bindings {
                let keys = binding.keys.map(\.spec).joined(separator: ", ")
                lines.append(StyledLine([(TextWidth.pad(keys, to: 18), .helpKey), (binding.help, .helpText)]))
            }
        }
        lines.append(StyledLine("", .helpText))
        lines.append(StyledLine("Commands (type : first, Tab completes)", .mdHeading))
        for command in ColonCommand.commands {
            let spelled = ":" + command.name + (command.argument.map { " " + $0 } ?? "")
            lines.append(StyledLine([(TextWidth.pad(spelled, to: 18), .helpKey), (command.help, .helpText)]))
        }
        return lines
    }

    static func render(_ state: AppState, scroll: Int, theme: Theme, into buffer: inout Buffer) {
        // The overlay covers the whole body, so no pane text shows around it.
        let area = Rect(x: 0, y: 1, width: buffer.width, height: max(0, buffer.height - 2))
        guard area.width > 20, area.height > 4 else { return }
        buffer.fill(area, style: theme.style(.overlay))
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: "Keys — ? or Esc closes", ascii: !state.unicode,
                       titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1).inset(left: 1)
        let lines = lines(for: state.keymap)
        let start = min(scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            line.draw(in: &buffer, x: inner.x, y: inner.y + offset, width: inner.width, theme: theme)
        }
    }
}
