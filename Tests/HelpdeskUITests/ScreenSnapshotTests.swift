import Foundation
import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Whole screens rendered into text and compared with `Snapshots/<testName>.txt`, then styles of
/// chosen cells. `HELPDESK_RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests` re-records
/// the files (review the diff before committing them).
@Suite struct ScreenSnapshotTests {
    typealias F = UIFixtures

    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["HELPDESK_RECORD_SNAPSHOTS"] == "1"

    /// Compares the frame's text with the snapshot named after the calling test.
    private func expectSnapshot(_ frame: Screen.Frame, name: String = #function,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = name.hasSuffix("()") ? String(name.dropLast(2)) : name
        let lines = frame.buffer.lines()
        for (y, line) in lines.enumerated() {
            #expect(TextWidth.width(line) == frame.buffer.width, "row \(y) is not \(frame.buffer.width) cells", sourceLocation: sourceLocation)
        }
        let text = lines.joined(separator: "\n") + "\n"
        let url = Self.snapshots.appendingPathComponent(name + ".txt")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.lastPathComponent); record it with HELPDESK_RECORD_SNAPSHOTS=1\n\(text)",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let old = expected.components(separatedBy: "\n"), new = text.components(separatedBy: "\n")
        let row = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        Issue.record("""
            \(name) differs from its snapshot at row \(row):
            expected: \(row < old.count ? old[row] : "(none)")
            actual:   \(row < new.count ? new[row] : "(none)")
            whole screen:
            \(text)
            """, sourceLocation: sourceLocation)
    }

    // MARK: - Layouts

    @Test func queueDetailAndKB80x24() throws {
        let state = F.loadedState(80, 24)
        #expect(state.layout.kind == .stacked)
        try expectSnapshot(F.render(state))
    }

    @Test func sideBySide160x48() throws {
        let state = F.loadedState(160, 48)
        #expect(state.layout.kind == .sideBySide)
        try expectSnapshot(F.render(state))
    }

    @Test func tabs70x20() throws {
        let state = F.loadedState(70, 20)
        #expect(state.layout.kind == .tabs)
        try expectSnapshot(F.render(state))
    }

    @Test func tabs70x20Detail() throws {
        var state = F.loadedState(70, 20)
        _ = Update.apply(.key(.spec("enter")), to: &state)
        #expect(state.focus == .detail)
        try expectSnapshot(F.render(state))
    }

    @Test func terminalTooSmall30x8() throws {
        let state = F.loadedState(30, 8)
        #expect(state.layout.kind == .tooSmall)
        try expectSnapshot(F.render(state))
    }

    @Test func zoomedDetail() throws {
        var state = F.loadedState(100, 30)
        _ = Update.apply(.key(.spec("tab")), to: &state)
        _ = Update.apply(.key(.spec("z")), to: &state)
        #expect(state.zoomed && state.focus == .detail)
        try expectSnapshot(F.render(state))
    }

    @Test func helpOverlay() throws {
        var state = F.loadedState(80, 30)
        _ = Update.apply(.key(.spec("?")), to: &state)
        try expectSnapshot(F.render(state))
    }

    @Test func requesterOverlay() throws {
        var state = F.loadedState(100, 20)
        _ = Update.apply(.key(.spec("R")), to: &state)
        let requester = RequesterSummary(id: 31, name: "Jürgen Müller", email: "j.mueller@example.com", organizationId: 4,
                                         organization: "Stadtwerke Nord", openTickets: 2, totalTickets: 3)
        let rows = [F.queueRows[0], F.row(977, "VPN nach Update weg", status: .closed, requester: "Jürgen Müller", updatedAgo: 9 * F.day),
                    F.row(850, "Neuer Monitor", status: .pending, requester: "Jürgen Müller", updatedAgo: 30 * F.day)]
        _ = Update.apply(.requesterLoaded(ticketId: 1042, requester, rows, requested: 50), to: &state)
        _ = Update.apply(.key(.spec("j")), to: &state)
        try expectSnapshot(F.render(state))
    }

    @Test func helpOverlayScrolled() throws {
        var state = F.loadedState(80, 24)
        _ = Update.apply(.key(.spec("?")), to: &state)
        for _ in 0..<100 { _ = Update.apply(.key(.spec("j")), to: &state) }  // the renderer stops at the end
        try expectSnapshot(F.render(state))
    }

    @Test func filterWithInlineError() throws {
        var state = F.loadedState(80, 24)
        for key in ["/", "v", "p", "n", "space", "p", "r", "i", "o", "r", "i", "t", "y", ":"] {
            _ = Update.apply(.key(.spec(key)), to: &state)
        }
        #expect(state.filterError != nil)
        let frame = F.render(state)
        #expect(frame.cursor?.y == 23)
        #expect(frame.cursor?.x == 1 + "vpn priority:".count)
        try expectSnapshot(frame)
    }

    @Test func commandLineWithCompletions() throws {
        var state = F.loadedState(80, 24)
        for key in [":", "v", "i", "e", "w", "space", "t", "tab"] {
            _ = Update.apply(.key(.spec(key)), to: &state)
        }
        try expectSnapshot(F.render(state))
    }

    @Test func emptyDatabase() throws {
        var state = F.emptyState(80, 24)
        state.databaseIsEmpty = true
        state.databasePath = "/var/lib/helpdesk/helpdesk.sqlite"
        _ = Update.start(&state)
        _ = Update.apply(.queueLoaded([], .replace(keepSelection: nil), requested: 50), to: &state)
        _ = Update.apply(.queueCounted(QueueCount(count: 0, isExact: true)), to: &state)
        try expectSnapshot(F.render(state))
    }

    @Test func loadingBeforeTheFirstPage() throws {
        try expectSnapshot(F.render(F.emptyState(80, 24)))
    }

    @Test func knowledgeBaseReader() throws {
        var state = F.loadedState(100, 30)
        _ = Update.apply(.articleLoaded(F.article), to: &state)
        let frame = F.render(state)
        try expectSnapshot(frame)
        let lines = frame.buffer.lines()
        #expect(lines[29].components(separatedBy: "z zoom").count == 2, "each hint once: \(lines[29])")
        let blank = lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")).isEmpty }
        let steps = try #require(lines.firstIndex { $0.contains("│ Steps ") })
        #expect(blank[steps - 1] && !blank[steps - 2], "one blank line before a heading")
    }

    @Test func knowledgeBaseSearchResults() throws {
        var state = F.loadedState(100, 30)
        for key in ["tab", "tab", "/", "v", "p", "n"] { _ = Update.apply(.key(.spec(key)), to: &state) }
        _ = Update.apply(.searchResultsLoaded(query: "vpn", F.suggestions), to: &state)
        try expectSnapshot(F.render(state))
    }

    @Test func markedAndChangedRowsAsciiBorders() throws {
        var state = F.loadedState(100, 30)
        state.unicode = false
        state.queue.marked = [1041, 1039]
        state.queue.changed = [1038]
        state.message = .init(text: "Saved view 'vpn': assignee:me is:open sort:-priority vpn", isError: false)
        try expectSnapshot(F.render(state))
    }

    // MARK: - Styles of chosen cells

    /// The cells of `needle` on row `y`, if it is there.
    private func find(_ needle: String, in buffer: Buffer, row y: Int) -> Int? {
        let glyphs = needle.map(String.init)
        return (0...(buffer.width - glyphs.count)).first { x in
            glyphs.indices.allSatisfy { buffer[x: x + $0, y: y].text == glyphs[$0] }
        }
    }

    @Test func stylesOfChosenCells() throws {
        let theme = Theme.builtinDefault
        let state = F.loadedState(80, 24)
        let buffer = F.render(state, theme: theme).buffer
        let queue = try #require(state.layout.rect(for: .queue)).inset(by: 1)
        let selectedY = queue.y + 1 + state.queue.selected - state.queue.top
        let urgentY = queue.y + 1 + 1  // ticket 1033: urgent and breached, not selected

        // Each role looks different from a plain row, or these checks would prove nothing.
        for role in [ThemeRole.queueSelected, .priorityUrgent, .slaBreached, .noteInternal] {
            #expect(theme.style(role) != theme.style(.queueRow), "\(role)")
        }

        // The whole selected row, every column, takes the selection style.
        #expect(state.queue.selectedRow?.id == 1042)
        for x in queue.x..<queue.maxX {
            #expect(buffer[x: x, y: selectedY].style == theme.style(.queueSelected), "selected row, column \(x)")
        }

        let urgentX = try #require(find("urgent", in: buffer, row: urgentY))
        for offset in 0..<6 {
            #expect(buffer[x: urgentX + offset, y: urgentY].style == theme.style(.priorityUrgent))
        }
        let slaX = try #require(find("-3h 0m", in: buffer, row: urgentY))
        #expect(buffer[x: slaX, y: urgentY].style == theme.style(.slaBreached))
        let subjectX = try #require(find("MFA-Token", in: buffer, row: urgentY))
        #expect(buffer[x: subjectX, y: urgentY].style == theme.style(.queueRow))

        // The internal note: its marker and its text (on a screen tall enough to show it).
        let wide = F.render(F.loadedState(160, 48), theme: theme).buffer
        let noteY = try #require((0..<wide.height).first { find("Same symptom", in: wide, row: $0) != nil })
        let noteX = try #require(find("Same symptom", in: wide, row: noteY))
        #expect(wide[x: noteX, y: noteY].style == theme.style(.noteInternal))
        #expect(wide[x: noteX - 2, y: noteY].text == "▌")
        #expect(wide[x: noteX - 2, y: noteY].style == theme.style(.noteInternal))
        // A public reply is not styled as a note.
        let replyY = try #require((0..<wide.height).first { find("Hallo Herr", in: wide, row: $0) != nil })
        let replyX = try #require(find("Hallo Herr", in: wide, row: replyY))
        #expect(wide[x: replyX, y: replyY].style == theme.style(.messagePublic))
    }

    @Test func focusedPaneBorderAndKBHighlights() throws {
        let theme = Theme.builtinDefault
        var state = F.loadedState(80, 24)
        let kbRect = try #require(state.layout.rect(for: .kb))
        var buffer = F.render(state, theme: theme).buffer
        #expect(buffer[x: 0, y: 1].style == theme.style(.paneBorderFocused))  // the queue has the focus
        #expect(buffer[x: kbRect.x, y: kbRect.y].style == theme.style(.paneBorder))

        _ = Update.apply(.key(.spec("shift-tab")), to: &state)
        buffer = F.render(state, theme: theme).buffer
        #expect(buffer[x: kbRect.x, y: kbRect.y].style == theme.style(.paneBorderFocused))
        // The matched word of a snippet is highlighted.
        let snippetY = kbRect.y + 3
        let matchX = try #require(find("VPN client", in: buffer, row: snippetY))
        #expect(buffer[x: matchX, y: snippetY].style == theme.style(.kbMatch))
        #expect(buffer[x: matchX + 4, y: snippetY].style == theme.style(.kbSnippet))
    }
}
