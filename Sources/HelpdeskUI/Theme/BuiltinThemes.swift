/// The texts of the themes built into the binary. They are the same as `Themes/default.toml`
/// and `Themes/monochrome.toml` (a test checks that), so `default` works with no files installed.
/// When a theme file changes, copy its text here.
enum BuiltinThemes {
    /// `Themes/default.toml`.
    static let defaultTOML = #"""
# helpdesk theme: default
#
# Dark and calm: panes keep the terminal's own background; slate greys with a cyan accent.
# A theme is a [palette] of named colours and [roles] that refer to them. A colour is a
# palette name, "default" (the terminal's own), an ANSI name (red, bright-cyan), 0-255, or
# "#rrggbb". Flags: bold, dim, italic, underline, reverse. Every role must be defined.
# Role names contain dots, so quote them. On terminals with fewer colours each colour maps
# to the nearest one the terminal has.

name = "default"

[palette]
fg = "default"
bg = "default"
text = "#cbd5e1"
muted = "#64748b"
subtle = "#475569"
surface = "#1e293b"
ink = "#0f172a"
accent = "#22d3ee"
green = "#4ade80"
yellow = "#facc15"
amber = "#fcd34d"
orange = "#fb923c"
red = "#f87171"
blue = "#60a5fa"
violet = "#c084fc"

[roles]
"title" = { fg = "accent", bold = true }
"title.live" = { fg = "green", bold = true }
"statusbar" = { fg = "text", bg = "surface" }
"statusbar.key" = { fg = "accent", bg = "surface", bold = true }
"pane.border" = { fg = "subtle" }
"pane.border.focused" = { fg = "accent" }
"pane.title" = { fg = "text", bold = true }
"queue.header" = { fg = "muted", bold = true }
"queue.row" = { fg = "fg" }
"queue.selected" = { fg = "ink", bg = "accent", bold = true }
"queue.marked" = { fg = "yellow", bold = true }
"queue.changed" = { fg = "blue", bold = true }
"priority.low" = { fg = "muted" }
"priority.normal" = { fg = "text" }
"priority.high" = { fg = "orange", bold = true }
"priority.urgent" = { fg = "red", bold = true }
"status.new" = { fg = "blue", bold = true }
"status.open" = { fg = "accent" }
"status.pending" = { fg = "yellow" }
"status.on-hold" = { fg = "violet" }
"status.solved" = { fg = "green" }
"status.closed" = { fg = "muted" }
"sla.ok" = { fg = "green" }
"sla.at-risk" = { fg = "yellow", bold = true }
"sla.breached" = { fg = "red", bold = true }
"detail.label" = { fg = "muted" }
"detail.value" = { fg = "fg" }
"message.header" = { fg = "accent", bold = true }
"message.public" = { fg = "fg" }
"note.internal" = { fg = "amber", italic = true }
"event" = { fg = "muted", italic = true }
"kb.title" = { fg = "accent", bold = true }
"kb.match" = { fg = "yellow", bold = true }
"kb.snippet" = { fg = "text" }
"md.heading" = { fg = "accent", bold = true }
"md.code" = { fg = "green" }
"md.emphasis" = { italic = true }
"md.link" = { fg = "blue", underline = true }
"input" = { fg = "fg", bg = "surface" }
"input.error" = { fg = "red", bg = "surface", bold = true }
"help.key" = { fg = "accent", bold = true }
"help.text" = { fg = "text" }
"overlay" = { fg = "text", bg = "surface" }
"empty" = { fg = "muted", italic = true }
"error" = { fg = "red", bold = true }
"dim" = { fg = "muted" }
"tab" = { fg = "muted" }
"tab.active" = { fg = "accent", bold = true, underline = true }

"""#

    /// `Themes/monochrome.toml`.
    static let monochromeTOML = #"""
# helpdesk theme: monochrome
#
# No colours at all: only the terminal's default foreground and background, told apart by
# bold, dim, italic, underline and reverse. Used for NO_COLOR and terminals without colour.
# Format: see default.toml.

name = "monochrome"

[roles]
"title" = { bold = true }
"title.live" = { bold = true, underline = true }
"statusbar" = { reverse = true }
"statusbar.key" = { reverse = true, bold = true }
"pane.border" = { dim = true }
"pane.border.focused" = { bold = true }
"pane.title" = { bold = true }
"queue.header" = { bold = true, underline = true }
"queue.row" = {}
"queue.selected" = { reverse = true }
"queue.marked" = { bold = true, underline = true }
"queue.changed" = { bold = true }
"priority.low" = { dim = true }
"priority.normal" = {}
"priority.high" = { bold = true }
"priority.urgent" = { bold = true, reverse = true }
"status.new" = { bold = true }
"status.open" = {}
"status.pending" = { italic = true }
"status.on-hold" = { italic = true, dim = true }
"status.solved" = { dim = true }
"status.closed" = { dim = true }
"sla.ok" = {}
"sla.at-risk" = { bold = true, underline = true }
"sla.breached" = { bold = true, reverse = true }
"detail.label" = { dim = true }
"detail.value" = {}
"message.header" = { bold = true, underline = true }
"message.public" = {}
"note.internal" = { italic = true }
"event" = { dim = true, italic = true }
"kb.title" = { bold = true }
"kb.match" = { bold = true, underline = true }
"kb.snippet" = {}
"md.heading" = { bold = true, underline = true }
"md.code" = { dim = true }
"md.emphasis" = { italic = true }
"md.link" = { underline = true }
"input" = { underline = true }
"input.error" = { bold = true, reverse = true }
"help.key" = { bold = true }
"help.text" = {}
"overlay" = {}
"empty" = { dim = true, italic = true }
"error" = { bold = true, reverse = true }
"dim" = { dim = true }
"tab" = {}
"tab.active" = { bold = true, reverse = true }

"""#
}
