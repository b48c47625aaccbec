/// The Markdown reference of a keymap: docs/keybindings.md is this text for ``Keymap/standard``
/// (`make docs` writes it, a test keeps it in step), so the docs cannot drift from the keys.
///
/// ```swift
/// let markdown = KeybindingDocs.markdown(for: .standard)
/// ```
public enum KeybindingDocs {
    /// The whole reference: how to override keys, one table per scope, then the `:` commands.
    public static func markdown(for keymap: Keymap) -> String {
        var out: [String] = [
            "# Keybindings",
            "",
            "This file is generated from the keymap (`Sources/HelpdeskUI/Keymap/DefaultKeymap.swift`) by `make docs`;",
            "do not edit it by hand. Press `?` in the program to see the same list with your own keys.",
            "",
            "## Changing keys",
            "",
            "Put a `keys.toml` next to `config.toml` in `~/.config/helpdesk/` (or `$XDG_CONFIG_HOME/helpdesk/`).",
            "Under the section of where a key applies — `[global]`, a pane (`[queue]`, `[detail]`, `[kb]`, `[reader]`) or a",
            "mode (`[picker]`, `[prompt]`, `[confirm]`, `[composer]`, `[filter]` …; each table below names its section) — set an",
            "action name from the tables below to one key or a list of keys. That replaces the action's keys in",
            "that section; every action you do not name keeps its default, and a key you give to one action is",
            "taken away from the action that had it in the same section.",
            "",
            "```toml",
            "[global]",
            "move-down = [\"j\", \"ctrl-n\"]",
            "move-up = [\"k\", \"ctrl-p\"]",
            "quit = \"ctrl-q\"",
            "",
            "[queue]",
            "mark = \"x\"",
            "```",
            "",
            "Keys are a single character (`j`, `G` is shift-g, `?`), or a named key (`enter`, `esc`, `tab`,",
            "`shift-tab`, `up`, `down`, `left`, `right`, `home`, `end`, `pgup`, `pgdn`, `space`, `backspace`,",
            "`delete`, `insert`, `f1` … `f24`), optionally after `ctrl-` and/or `alt-`. A mistake is reported",
            "with its line, e.g. `keys.toml:2: unknown action 'jump'`, and the program does not start.",
        ]
        for scope in KeyScope.allCases {
            out += ["", "## \(scope.title) (`[\(scope.rawValue)]`)", ""]
            let bindings = keymap.bindings.filter { $0.scope == scope }
            if scope == .global {
                out += ["These work in every pane unless the focused pane binds the same key. Ticket actions act on the",
                        "current ticket (the one the detail pane shows), or on the marked tickets.", ""]
            } else if !scope.lookupOrder.contains(.global) {
                out += ["A mode has only these keys\(scope.takesTyping ? "; any other key is typed into its text field" : "").", ""]
            }
            guard !bindings.isEmpty else {
                out.append("No keys of its own: the keys under Everywhere apply here.")
                continue
            }
            out += ["| Key(s) | Action name | What it does |", "| --- | --- | --- |"]
            for binding in bindings {
                let keys = binding.keys.isEmpty ? "(none)" : binding.keys.map { code($0.spec) }.joined(separator: ", ")
                out.append("| \(keys) | \(code(binding.command.rawValue)) | \(cell(binding.help)) |")
            }
        }
        out += ["", "## Commands", "", "Type `:` and then a command; Tab completes command names, views and themes.", "",
                "| Command | What it does |", "| --- | --- |"]
        for command in ColonCommand.commands {
            let spelled = ":" + command.name + (command.argument.map { " " + $0 } ?? "")
            out.append("| \(code(spelled)) | \(cell(command.help)) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text as inline code that is safe inside a table cell.
    static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "``" : "`"
        let padded = text.contains("`") ? " \(text) " : text
        return cell(fence + padded + fence)
    }

    /// A table cell may not contain a bare `|`.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
