import Testing
import TestSupport
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Every hostile string, wherever outside text reaches the screen: no control, bidi or
/// invisible character reaches a cell, the cell grid stays exact, the title line stays put.
@Suite struct HostileRenderingTests {
    typealias F = UIFixtures

    /// C0, DEL, C1, bidi controls and zero-width characters: none may be in a cell.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
            || (0x200B...0x200D).contains(v) || (0x2060...0x2064).contains(v) || v == 0xFEFF
    }

    /// The hostile text as every kind of outside text a screen shows.
    static func state(_ text: String, width: Int = 120, height: Int = 40) -> AppState {
        var state = F.emptyState(width, height)
        var rows = F.queueRows
        rows[0].subject = text
        rows[0].requesterName = text
        rows[0].assignee = text
        rows[2].subject = "[" + text + "]"
        rows[3].requesterName = text + text
        state.queue.rows = rows
        state.queue.loaded = true
        state.queue.count = QueueCount(count: rows.count, isExact: true)
        state.detail.detail = F.detail(for: rows[0], messages: [
            (text, false, false),
            ("Antwort: " + text, false, true),
            (text + "\n" + text, true, true),
        ], requesterName: text)
        state.detail.detail?.tags = [text, "vpn"]
        state.detail.detail?.organization = text
        state.detail.detail?.events.append(TicketEvent(ticketId: rows[0].id, actor: text, at: F.now, action: "tag",
                                                       newValue: text, reason: text))
        state.kb.suggestions = [
            F.hit(1, text, text),
            F.hit(2, "Title " + text, "…\(ArticleHit.matchStart)\(text)\(ArticleHit.matchEnd)…"),
        ]
        state.agentName = text
        return state
    }

    /// The screens that show the most outside text.
    static func screens(_ text: String) -> [(String, AppState)] {
        let normal = state(text)
        var filtered = normal
        filtered.filterText = text  // shown in the title line (pasted text can hold anything)
        filtered.message = .init(text: "unknown view '\(text)'", isError: true)
        var filtering = normal
        filtering.mode = .filtering(TextInput(text), original: "")
        filtering.filterError = "query column 1: unknown field '\(text)'"
        var reader = normal
        var article = F.article
        article.title = text
        article.body = "# \(text)\n\n\(text)\n\n- \(text)\n\n```\n\(text)\n```\n\n> \(text)\n[\(text)](\(text))"
        article.tags = "vpn"
        _ = Update.apply(.articleLoaded(article), to: &reader)
        var search = normal
        search.focus = .kb
        search.mode = .kbSearch
        search.kb.mode = .search
        search.kb.search = TextInput(text)
        search.kb.results = normal.kb.suggestions
        var zoomed = normal
        zoomed.focus = .detail
        zoomed.zoomed = true
        var help = normal
        help.mode = .help(HelpState())
        return [("queue", normal), ("filter in title", filtered), ("filtering", filtering), ("reader", reader),
                ("kb search", search), ("zoomed detail", zoomed), ("help", help),
                ("tabs", state(text, width: 70, height: 20)), ("stacked", state(text, width: 80, height: 24))]
    }

    @Test(arguments: HostileFixture.all)
    func noControlCharacterReachesACell(_ fixture: HostileFixture) {
        for (name, state) in Self.screens(fixture.text) {
            let buffer = F.render(state).buffer
            var bad: [String] = []
            for y in 0..<buffer.height {
                for x in 0..<buffer.width {
                    let scalars = buffer[x: x, y: y].text.unicodeScalars
                    if let scalar = scalars.first(where: Self.isForbidden) {
                        bad.append("(\(x),\(y)) U+\(String(scalar.value, radix: 16, uppercase: true))")
                    }
                }
            }
            #expect(bad.isEmpty, "\(name): \(bad.prefix(5))")
        }
    }

    @Test(arguments: HostileFixture.all)
    func everyRowKeepsTheBufferWidth(_ fixture: HostileFixture) {
        for (name, state) in Self.screens(fixture.text) {
            let buffer = F.render(state).buffer
            #expect(buffer.height == state.size.height)
            for y in 0..<buffer.height {
                var cells = 0
                for x in 0..<buffer.width {
                    let cell = buffer[x: x, y: y]
                    if cell.isContinuation {
                        // Only the right half of a wide glyph may be empty.
                        #expect(x > 0 && TextWidth.width(buffer[x: x - 1, y: y].text) == 2, "\(name): orphan half at (\(x),\(y))")
                        continue
                    }
                    let width = TextWidth.width(cell.text)
                    #expect(width == 1 || width == 2, "\(name): cell (\(x),\(y)) '\(cell.text)' is \(width) cells")
                    if width == 2 {
                        #expect(x + 1 < buffer.width && buffer[x: x + 1, y: y].isContinuation, "\(name): wide glyph at (\(x),\(y))")
                    }
                    cells += width
                }
                #expect(cells == buffer.width, "\(name): row \(y) takes \(cells) cells")
                #expect(TextWidth.width(buffer.lines()[y]) == buffer.width, "\(name): row \(y)")
            }
        }
    }

    /// The agent's name comes from the database: a long one is cut, the view and count stay.
    @Test func aLongAgentNameIsCutNotTheTitle() {
        var state = F.loadedState(80, 24)
        state.agentName = String(repeating: "Bartholomäus Überlänge ", count: 8)
        let title = F.render(state).buffer.lines()[0]
        #expect(title.hasPrefix(" helpdesk │ My tickets · 37 tickets "))
        #expect(title.hasSuffix("… │ ● live "))
        #expect(TextWidth.width(title) == 80)
    }

    @Test(arguments: HostileFixture.all)
    func theTitleLineStaysInPlace(_ fixture: HostileFixture) {
        for (name, state) in Self.screens(fixture.text) {
            let lines = F.render(state).buffer.lines()
            #expect(lines[0].hasPrefix(" helpdesk"), "\(name): \(lines[0])")
            // The panes are still framed where the layout puts them.
            guard case .normal = state.mode, let queue = state.layout.rect(for: .queue) else { continue }
            let corner = state.unicode ? "┌" : "+"
            #expect(F.render(state).buffer[x: queue.x, y: queue.y].text == corner, "\(name)")
        }
    }

    /// Found by the fuzz harness (FuzzCorpusTests' mutants): the closing marker followed by a skin tone (one grapheme cluster) was
    /// drawn as a character, and the highlight ran on to the end of the snippet.
    @Test func aMatchEndsAtItsMarkerWhateverFollows() {
        let theme = Theme.builtinDefault
        var buffer = Buffer(size: Size(width: 20, height: 1))
        KBPane.drawMarked("\(ArticleHit.matchStart)café\(ArticleHit.matchEnd)\u{1F3FD} ok", x: 0, y: 0, width: 20, base: .kbSnippet,
                          theme: theme, into: &buffer)
        let cells = (0..<20).map { buffer[x: $0, y: 0] }
        #expect(!cells.contains { $0.text.unicodeScalars.contains { $0.value == 0xE000 || $0.value == 0xE001 } }, "\(buffer.lines())")
        #expect(cells[0].style == theme.style(.kbMatch))
        let ok = cells.firstIndex { $0.text == "o" }
        #expect(ok.map { cells[$0].style } == theme.style(.kbSnippet), "\(buffer.lines())")
    }
}
