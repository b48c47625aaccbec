import HelpdeskCore

/// The inline editor over the body of the screen: the text with the cursor's line kept in view.
/// Returns where the terminal cursor goes.
enum ComposerOverlay {
    static func render(_ composer: Composer, ascii: Bool, theme: Theme, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: max(0, buffer.height - 2))
        guard area.width > 20, area.height > 4 else { return nil }
        let title = composer.composition.title
        buffer.fill(area, style: theme.style(.overlay))
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: title, ascii: ascii, titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1).inset(left: 1)
        let textArea = composer.area
        let top = max(0, textArea.line - inner.height + 1)
        for (offset, line) in textArea.lines.dropFirst(top).prefix(inner.height).enumerated() {
            // Long lines scroll sideways around the cursor rather than wrap, so the cursor stays exact.
            let shift = top + offset == textArea.line ? max(0, textArea.column - inner.width + 1) : 0
            buffer.put(String(line.dropFirst(shift)), x: inner.x, y: inner.y + offset, style: theme.style(.overlay), maxWidth: inner.width)
        }
        let current = textArea.lines[textArea.line]
        let shift = max(0, textArea.column - inner.width + 1)
        let beforeCursor = String(current.prefix(textArea.column).dropFirst(shift))
        return (min(inner.maxX - 1, inner.x + TextWidth.width(beforeCursor)), inner.y + textArea.line - top)
    }
}
