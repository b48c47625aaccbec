import HelpdeskCore

/// A picker as a box in the middle of the screen: the items that match what was typed (typed
/// text shows in the status line), the chosen one highlighted, each with its detail on the right.
enum PickerOverlay {
    static func render(_ picker: Picker, ascii: Bool, theme: Theme, into buffer: inout Buffer) {
        let visible = picker.visible
        let width = min(buffer.width - 4, 64)
        let height = min(buffer.height - 4, max(3, visible.count) + 2)
        guard width > 20, height >= 3 else { return }
        let area = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2), width: width, height: height)
        buffer.fill(area, style: theme.style(.overlay))
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: "\(picker.title) — type to filter", ascii: ascii,
                       titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1).inset(left: 1)
        if visible.isEmpty {
            buffer.put("nothing matches '\(picker.input.text)'", x: inner.x, y: inner.y, style: theme.style(.dim), maxWidth: inner.width)
            return
        }
        let top = max(0, picker.selected - inner.height + 1)
        for (offset, item) in visible.dropFirst(top).prefix(inner.height).enumerated() {
            let index = top + offset
            let y = inner.y + offset
            let style = theme.style(index == picker.selected ? .queueSelected : .overlay)
            buffer.fill(Rect(x: inner.x - 1, y: y, width: inner.width + 1, height: 1), style: style)
            let detailWidth = min(TextWidth.width(item.detail), inner.width / 2)
            buffer.put(item.label, x: inner.x, y: y, style: style, maxWidth: inner.width - detailWidth - 1)
            if detailWidth > 0 {
                buffer.put(item.detail, x: inner.maxX - detailWidth, y: y, style: index == picker.selected ? style : theme.style(.dim),
                           maxWidth: detailWidth)
            }
        }
    }
}
