/// `?` over the whole body: the lines of ``HelpLines``, scrolled, searched with `/`.
enum HelpOverlay {
    /// The overlay's box: the whole body, so no pane text shows around it.
    static func area(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

    /// How many lines of help fit (the box less its border).
    static func textHeight(_ size: Size) -> Int { max(1, area(size).height - 2) }

    static func render(_ help: HelpState, keymap: Keymap, readOnly: Bool, ascii: Bool, theme: Theme, into buffer: inout Buffer) {
        let area = area(Size(width: buffer.width, height: buffer.height))
        guard area.width > 20, area.height > 4 else { return }
        buffer.fill(area, style: theme.style(.overlay))
        let search = help.search.text.isEmpty ? "" : " — matching '\(help.search.text)'"
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: "Keys\(search) — / searches, Esc closes", ascii: ascii,
                       titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1).inset(left: 1)
        let lines = HelpLines.lines(for: keymap, readOnly: readOnly, search: help.search.text)
        let start = min(help.scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            line.draw(in: &buffer, x: inner.x, y: inner.y + offset, width: inner.width, theme: theme)
        }
    }
}
