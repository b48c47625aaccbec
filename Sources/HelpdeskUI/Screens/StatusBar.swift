import HelpdeskCore

/// The bottom line: the input being typed (filter, command, search, prompt), a question, a
/// message, or the most useful keys of the active pane or mode — taken from the keymap, so they
/// show the user's own keys. A hint that does not fit whole is left out, never cut.
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
        case .help(let help):
            if help.searching {
                return inputLine(prefix: "Search the keys: ", input: help.search, error: nil, in: area, theme: theme, into: &buffer)
            }
            drawHints(modeHints(.help, state), in: area, theme: theme, into: &buffer)
            return nil
        case .prompting(let prompt):
            return inputLine(prefix: prompt.label, input: prompt.input, error: nil, hint: state.message?.text, in: area, theme: theme, into: &buffer)
        case .confirming(let confirmation):
            let answers = confirmation.answers.isEmpty ? "" : " " + confirmation.answers
            let room = max(area.width - TextWidth.width(answers), area.width / 2)
            buffer.put(TextWidth.truncate(TextWidth.truncate(" " + confirmation.question, to: room) + answers, to: area.width),
                       x: area.x, y: area.y, style: theme.style(.statusbarKey), maxWidth: area.width)
            return nil
        case .team:
            drawHints(modeHints(.team, state), in: area, theme: theme, into: &buffer)
            return nil
        case .requester:
            if let message = state.message {
                buffer.put(TextWidth.truncate(" " + message.text, to: area.width), x: area.x, y: area.y,
                           style: theme.style(message.isError ? .error : .statusbar), maxWidth: area.width)
                return nil
            }
            drawHints(modeHints(.requester, state), in: area, theme: theme, into: &buffer)
            return nil
        case .erasing(let erasing):
            switch erasing.step {
            case .reason(let input):
                return inputLine(prefix: erasing.reasonLabel, input: input, error: state.message?.isError == true ? state.message?.text : nil,
                                 in: area, theme: theme, into: &buffer)
            case .confirm:
                buffer.put(TextWidth.truncate(" " + erasing.question, to: area.width), x: area.x, y: area.y, style: theme.style(.statusbarKey),
                           maxWidth: area.width)
                return nil
            }
        case .composing:
            if let message = state.message {
                // Said while writing, e.g. that someone else just changed this ticket.
                // The composer's title names the ticket; the line keeps its room for the news.
                let send = state.keymap.keys(for: .send, scope: .composer).first.map { "\($0) send · " } ?? ""
                buffer.put(TextWidth.truncate(" \(send)\(message.text)", to: area.width), x: area.x, y: area.y,
                           style: theme.style(.error), maxWidth: area.width)
                return nil
            }
            drawHints(modeHints(.composer, state), in: area, theme: theme, into: &buffer)
            return nil
        case .picking(let picker):
            let keys = modeHints(.picker, state).map { "\($0.0) \($0.1)" }.joined(separator: " · ")
            return inputLine(prefix: "\(picker.title): ", input: picker.input, error: nil, hint: keys, in: area, theme: theme, into: &buffer)
        case .normal:
            break
        }
        if let message = state.message {
            buffer.put(TextWidth.truncate(" " + message.text, to: area.width), x: area.x, y: area.y,
                       style: theme.style(message.isError ? .error : .statusbar), maxWidth: area.width)
            return nil
        }
        if let error = state.filterError {
            buffer.put(TextWidth.truncate(" " + error, to: area.width), x: area.x, y: area.y, style: theme.style(.error), maxWidth: area.width)
            return nil
        }
        drawHints(hints(for: state), in: area, theme: theme, into: &buffer)
        return nil
    }

    /// Key, then what it does, left to right; stops at the first hint that would not fit whole.
    static func drawHints(_ hints: [(String, String)], in area: Rect, theme: Theme, into buffer: inout Buffer) {
        var x = area.x + 1
        for (keys, help) in hints {
            let width = TextWidth.width(keys) + TextWidth.width(" \(help)")
            guard x + width <= area.maxX else { break }
            x += buffer.put(keys, x: x, y: area.y, style: theme.style(.statusbarKey))
            x += buffer.put(" \(help)  ", x: x, y: area.y, style: theme.style(.statusbar), maxWidth: area.maxX - x)
        }
    }

    static func inputLine(prefix: String, input: TextInput, error: String?, hint: String? = nil, in area: Rect, theme: Theme,
                          into buffer: inout Buffer) -> (x: Int, y: Int) {
        var x = area.x
        x += buffer.put(prefix, x: x, y: area.y, style: theme.style(.statusbarKey), maxWidth: area.width)
        let text = input.text
        let beforeCursor = String(text.prefix(input.cursor))
        buffer.put(text, x: x, y: area.y, style: theme.style(error == nil ? .input : .inputError), maxWidth: max(0, area.maxX - x))
        let cursorX = min(area.maxX - 1, x + TextWidth.width(beforeCursor))
        let noteX = x + TextWidth.width(text) + 2
        if let error {
            // An error always shows, over the end of an input too long to leave it room.
            let errorX = min(noteX, max(x, area.maxX - TextWidth.width(error)))
            buffer.put(error, x: errorX, y: area.y, style: theme.style(.error), maxWidth: max(0, area.maxX - errorX))
        } else if let hint {
            buffer.put(hint, x: noteX, y: area.y, style: theme.style(.dim), maxWidth: max(0, area.maxX - noteX))
        }
        return (cursorX, area.y)
    }

    /// A mode's keys, each with its first key and the first words of its help.
    static func modeHints(_ scope: KeyScope, _ state: AppState) -> [(String, String)] {
        state.keymap.bindings(in: scope, readOnly: state.readOnly).map { binding in
            (binding.keys[0].spec, binding.help.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? binding.help)
        }
    }

    /// A few commands per pane, each with its first key; none that change data in read-only mode.
    static func hints(for state: AppState) -> [(String, String)] {
        let keymap = state.keymap
        let scope = state.keyScope
        func hint(_ command: Command, _ label: String) -> (String, String)? {
            if state.readOnly && command.changesData { return nil }
            return keymap.keysInEffect(for: command, in: scope).first.map { ($0, label) }
        }
        var list: [(String, String)?]
        switch scope {
        case .detail:
            list = [hint(.moveDown, "scroll"), hint(.reply, "reply"), hint(.note, "note"), hint(.escalate, "escalate"),
                    hint(.back, "back"), hint(.focusNext, "pane"), hint(.requester, "requester")]
        case .kb:
            list = [hint(.search, "search"), hint(.open, "read"), hint(.linkArticle, "link"), hint(.back, "back"), hint(.focusNext, "pane")]
        case .reader:
            list = [hint(.moveDown, "scroll"), hint(.insertArticle, "reply with it"), hint(.editArticle, "edit"), hint(.back, "back to list")]
        default:
            list = [hint(.filter, "filter"), ("1-9", "views"), hint(.take, "take"), hint(.assign, "assign"), hint(.setStatus, "status"),
                    hint(.escalate, "escalate"), hint(.reply, "reply"), hint(.macro, "macro"), hint(.mark, "mark"),
                    hint(.focusNext, "pane")]
        }
        // Help first: on a narrow terminal the line ends early, and `?` leads to everything else.
        return ([hint(.help, "help")] + list + [hint(.undo, "undo"), hint(.zoom, "zoom"), hint(.quit, "quit")]).compactMap { $0 }
    }
}
