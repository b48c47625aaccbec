import HelpdeskCore

/// The knowledge base: articles suggested for the selected ticket, a search box with results,
/// or the article reader.
enum KBPane {
    static func render(_ kb: KBState, currentTicketId: Int64?, focused: Bool, now: Int64, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        if kb.mode == .reader, let article = kb.article {
            renderReader(article, kb: kb, now: now, in: area, theme: theme, into: &buffer)
            return
        }
        var y = area.y
        if kb.mode == .search {
            StyledLine([("Search: ", .detailLabel), (kb.search.text, .input)]).draw(in: &buffer, x: area.x, y: y, width: area.width, theme: theme)
            y += 1
            if let error = kb.searchError {
                for line in TextWrap.wrap(error, width: area.width) where y < area.maxY {
                    buffer.put(line, x: area.x, y: y, style: theme.style(.error), maxWidth: area.width)
                    y += 1
                }
                return
            }
        } else {
            let heading = currentTicketId.map { "Suggested for #\($0)" } ?? "Suggested articles"
            buffer.put(heading, x: area.x, y: y, style: theme.style(.detailLabel), maxWidth: area.width)
            y += 1
        }
        let list = kb.list
        if list.isEmpty {
            let text = kb.mode == .search ? (kb.search.text.isEmpty ? "Type to search the knowledge base." : "No articles match.")
                                          : "No suggestions. Press / here to search."
            buffer.put(text, x: area.x, y: y, style: theme.style(.empty), maxWidth: area.width)
            return
        }
        // Two lines per article: the title, then the snippet with matched words highlighted.
        let perItem = area.height - (y - area.y) >= list.count * 2 ? 2 : 1
        let capacity = max(1, (area.maxY - y) / perItem)
        let first = max(0, min(kb.selected - capacity + 1, list.count - capacity))
        for (offset, hit) in list.dropFirst(first).prefix(capacity).enumerated() {
            let index = first + offset
            let selected = index == kb.selected && focused
            let rowY = y + offset * perItem
            let titleStyle = theme.style(selected ? .queueSelected : .kbTitle)
            buffer.fill(Rect(x: area.x, y: rowY, width: area.width, height: 1), style: titleStyle)
            drawMarked("#\(hit.id) " + hit.highlightedTitle, x: area.x, y: rowY, width: area.width, base: selected ? .queueSelected : .kbTitle,
                       theme: theme, into: &buffer)
            if perItem == 2 {
                drawMarked(hit.snippet, x: area.x + 2, y: rowY + 1, width: area.width - 2, base: .kbSnippet, theme: theme, into: &buffer)
            }
        }
    }

    /// A title or snippet with the match markers turned into highlighted spans.
    static func drawMarked(_ snippet: String, x: Int, y: Int, width: Int, base: ThemeRole, theme: Theme, into buffer: inout Buffer) {
        var spans: [(text: String, role: ThemeRole)] = []
        var highlighted = false
        var current = String.UnicodeScalarView()
        // By scalar: a marker can share a Character with a combining mark or skin tone after it.
        // Line breaks become spaces here (Foundation's replacing cost more than the rest of the pane).
        for scalar in MarkdownLines.inline(snippet).unicodeScalars {
            if scalar == "\n" {
                current.append(" ")
            } else if scalar == ArticleHit.matchStartScalar || scalar == ArticleHit.matchEndScalar {
                if !current.isEmpty { spans.append((String(current), highlighted ? .kbMatch : base)) }
                current = String.UnicodeScalarView()
                highlighted = scalar == ArticleHit.matchStartScalar
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { spans.append((String(current), highlighted ? .kbMatch : base)) }
        StyledLine(spans).draw(in: &buffer, x: x, y: y, width: width, theme: theme)
    }

    static func renderReader(_ article: Article, kb: KBState, now: Int64, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        let lines = ReaderLines.lines(article, width: area.width, now: now, staleAfter: kb.staleAfter)
        let start = min(kb.scroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            line.draw(in: &buffer, x: area.x, y: area.y + offset, width: area.width, theme: theme)
        }
    }
}
