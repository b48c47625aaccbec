/// The bottom line: the input being typed (filter, command, search), a message, or the most
/// useful keys for the focused pane — taken from the keymap, so they show the user's own keys.
enum StatusBar {
    /// Draws the line and returns where the text cursor belongs, if an input is active.
    static func render(_ state: AppState, in area: Rect, theme: Theme, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        buffer.fill(area, style: theme.style(.statusbar))
        switch state.mode {
        case .filtering(let input, _):
            return inputLine(prefix: "/", input: input, error: state.filterError, in: area, theme: theme, into: &buffer)
        case .commandLine(let input):
            // Tab completion's alternatives (a message) show after what is typed.
            return inputLine(prefix: ":", input: input, error: nil, hint: state.message?.text, in: area, theme: theme, into: &buffer)
        case .kbSearch:
            return inputLine(prefix: "KB search: ", input: state.kb.search, error: nil, in: area, theme: theme, into: &buffer)
        case .help:
            buffer.put(" j/k scroll · any other key closes the help", x: area.x, y: area.y, style: theme.style(.statusbar), maxWidth: area.width)
            return nil
        case .prompting(let prompt):
            return inputLine(prefix: prompt.label, input: prompt.input, error: nil, hint: state.message?.text, in: area, theme: theme, into: &buffer)
        case .confirming(let confirmation):
            buffer.put(" " + confirmation.question, x: area.x, y: area.y, style: theme.style(.statusbarKey), maxWidth: area.width)
            return nil
        case .team:
            buffer.put(" j/k choose · Enter shows their open tickets (mark, then a to reassign) · Esc closes", x: area.x, y: area.y,
                       style: theme.style(.statusbarKey), maxWidth: area.width)
            return nil
        case .composing(let composer):
            if let message = state.message {
                // Said while writing, e.g. that someone else just changed this ticket.
                buffer.put(TextWidth.truncate(" Ctrl-S send · Esc keep as draft · \(message.text)", to: area.width), x: area.x, y: area.y,
                           style: theme.style(.error), maxWidth: area.width)
                return nil
            }
            let what = composer.composition.key.kind == .reply ? "reply to the requester" : "internal note"
            buffer.put(" Writing a \(what) · Ctrl-S send · Esc keep as draft · saved as you type", x: area.x, y: area.y,
                       style: theme.style(.statusbarKey), maxWidth: area.width)
            return nil
        case .picking(let picker):
            return inputLine(prefix: "\(picker.title): ", input: picker.input, error: nil, hint: "↑/↓ choose · Enter · Esc", in: area, theme: theme, into: &buffer)
        case .normal:
            break
        }
        if let message = state.message {
            buffer.put(TextWidth.truncate(" " + message.text, to: area.width), x: area.x, y: area.y,
                       style: theme.style(message.isError ? .error : .statusbar), maxWidth: area.width)
            return nil
        }
        if let error = state.filterError {
            buffer.put(" " + error, x: area.x, y: area.y, style: theme.style(.error), maxWidth: area.width)
            return nil
        }
        var x = area.x + 1
        for (keys, help) in hints(for: state) where x < area.maxX {
            x += buffer.put(keys, x: x, y: area.y, style: theme.style(.statusbarKey), maxWidth: area.maxX - x)
            x += buffer.put(" \(help)  ", x: x, y: area.y, style: theme.style(.statusbar), maxWidth: area.maxX - x)
        }
        return nil
    }

    static func inputLine(prefix: String, input: TextInput, error: String?, hint: String? = nil, in area: Rect, theme: Theme,
                          into buffer: inout Buffer) -> (x: Int, y: Int) {
        var x = area.x
        x += buffer.put(prefix, x: x, y: area.y, style: theme.style(.statusbarKey))
        let text = input.text
        let beforeCursor = String(text.prefix(input.cursor))
        buffer.put(text, x: x, y: area.y, style: theme.style(error == nil ? .input : .inputError), maxWidth: area.maxX - x)
        let cursorX = min(area.maxX - 1, x + TextWidth.width(beforeCursor))
        let noteX = x + TextWidth.width(text) + 2
        if let error {
            buffer.put(error, x: noteX, y: area.y, style: theme.style(.error), maxWidth: max(0, area.maxX - noteX))
        } else if let hint {
            buffer.put(hint, x: noteX, y: area.y, style: theme.style(.dim), maxWidth: max(0, area.maxX - noteX))
        }
        return (cursorX, area.y)
    }

    /// A few commands per pane, each with its first key.
    static func hints(for state: AppState) -> [(String, String)] {
        let keymap = state.keymap
        func hint(_ command: Command, _ label: String, scope: KeyScope? = nil) -> (String, String)? {
            keymap.keys(for: command, scope: scope).first.map { ($0, label) }
        }
        var list: [(String, String)?]
        switch state.focus {
        case .queue:
            list = [hint(.filter, "filter"), ("1-9", "views"), hint(.take, "take"), hint(.assign, "assign"), hint(.setStatus, "status"),
                    hint(.escalate, "escalate"), hint(.reply, "reply"), hint(.macro, "macro"), hint(.mark, "mark", scope: .queue),
                    hint(.focusNext, "pane")]
        case .detail:
            list = [hint(.moveDown, "scroll"), hint(.reply, "reply"), hint(.note, "note"), hint(.escalate, "escalate"),
                    hint(.back, "back"), hint(.focusNext, "pane")]
        case .kb:
            list = state.kb.mode == .reader
                ? [hint(.moveDown, "scroll"), hint(.back, "back to list")]
                : [hint(.search, "search", scope: .kb), hint(.open, "read"), hint(.back, "back"), hint(.focusNext, "pane")]
        }
        // Help first: on a narrow terminal the line is cut, and `?` leads to everything else.
        return ([hint(.help, "help")] + list + [hint(.zoom, "zoom"), hint(.quit, "quit")]).compactMap { $0 }
    }
}
