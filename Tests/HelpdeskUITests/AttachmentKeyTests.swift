import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Files in the detail pane and `o`: the picker offers exactly the current ticket's files; the
/// one picked is handed to the runner; when it cannot be shown here, a prompt asks where to save it.
@Suite struct AttachmentKeyTests {
    typealias F = UIFixtures

    static let log = StoredAttachment(id: 7, ticketId: 1042, messageRowId: 1, fileName: "vpn-log.txt", mediaType: "text/plain", size: 3_300)
    static let pdf = StoredAttachment(id: 8, ticketId: 1042, messageRowId: 1, fileName: "Rechnung 2026.pdf", mediaType: "application/pdf", size: 845_000)
    static let gone = StoredAttachment(id: 9, ticketId: 1042, messageRowId: 1, fileName: "[redacted]", mediaType: "image/png", size: 10, isErased: true)

    private func state(files: [StoredAttachment] = [log, pdf, gone]) -> AppState {
        var state = F.loadedState(120, 40)
        state.detail.detail?.messages[0].attachments = files
        return state
    }

    @discardableResult
    private func press(_ keys: String..., on state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key(.spec($0)), to: &state) }
    }

    @Test func theDetailPaneListsEachFileUnderItsMessage() {
        let buffer = F.render(state()).buffer
        let log = buffer.find("attached vpn-log.txt  text/plain · 4 KB")
        let pdf = buffer.find("attached Rechnung 2026.pdf  application/pdf · 826 KB")
        let gone = buffer.find("attached [redacted]  (erased)")
        #expect(log != nil && pdf != nil && gone != nil)
        #expect(log.map(\.y) ?? 0 < pdf.map(\.y) ?? 0, "in the order they came")
        let nextMessage = buffer.find("bitte senden Sie uns die Logdatei")
        #expect((gone?.y ?? 99) < (nextMessage?.y ?? 0), "under the message they came with")
    }

    @Test func oOffersTheFilesOfTheCurrentTicketAndPicksOne() {
        var state = state()
        press("o", on: &state)
        guard case .picking(let picker) = state.mode else { Issue.record("no picker"); return }
        #expect(picker.title == "Open a file of \(TicketLabel.text(id: 1042, subject: F.queueRows[0].subject))")
        #expect(picker.visible.map(\.label) == ["vpn-log.txt", "Rechnung 2026.pdf"], "an erased file is not offered")
        #expect(press("down", "enter", on: &state) == [.openAttachment(Self.pdf)])
        #expect(state.mode == .normal)
        press("o", on: &state)
        #expect(press("esc", on: &state).isEmpty && state.mode == .normal)
    }

    @Test func aTicketWithoutFilesSaysSo() {
        var state = state(files: [])
        #expect(press("o", on: &state).isEmpty)
        #expect(state.mode == .normal)
        #expect(state.message?.text == "\(TicketLabel.text(id: 1042, subject: F.queueRows[0].subject)) has no attachments")
    }

    @Test func withNoWayToShowItTheAgentIsAskedWhereToSaveIt() {
        var state = state()
        _ = Update.apply(.savePathNeeded(Self.pdf, suggested: "~/Rechnung 2026.pdf"), to: &state)
        guard case .prompting(let prompt) = state.mode else { Issue.record("no prompt"); return }
        #expect(prompt.label == "Save Rechnung 2026.pdf to: " && prompt.input.text == "~/Rechnung 2026.pdf")
        #expect(F.render(state).buffer.find("Save Rechnung 2026.pdf to: ~/Rechnung 2026.pdf") != nil)
        let home = AttachmentController.expandingHome("~/Rechnung 2026.pdf")
        #expect(press("enter", on: &state) == [.saveAttachment(Self.pdf, path: home)])
        #expect(home.hasSuffix("/Rechnung 2026.pdf") && !home.hasPrefix("~"))
    }

    @Test func anEmptyPathIsRefused() {
        var state = state()
        _ = Update.apply(.savePathNeeded(Self.pdf, suggested: ""), to: &state)
        #expect(press("enter", on: &state).isEmpty)
        #expect(state.message?.text == "type where to save Rechnung 2026.pdf, e.g. ~/Rechnung 2026.pdf" && state.message?.isError == true)
    }

    @Test func homeIsExpandedOnlyAtTheStart() {
        #expect(AttachmentController.expandingHome("~/a", home: "/home/x") == "/home/x/a")
        #expect(AttachmentController.expandingHome("~", home: "/home/x") == "/home/x")
        #expect(AttachmentController.expandingHome("a/~/b", home: "/home/x") == "a/~/b")
        #expect(AttachmentController.expandingHome("~other/a", home: "/home/x") == "~other/a")
    }

    // MARK: - Attaching a file before sending (`a` at the question)

    private func asking(_ state: inout AppState) -> HelpdeskUI.Confirmation? {
        let composition = Composition(key: DraftKey(ticketId: 1042, kind: .reply), version: 4, subject: F.queueRows[0].subject)
        _ = ComposerController.composed(composition, text: "Anbei die Anleitung.", &state)
        guard case .confirming(let confirmation) = state.mode else { return nil }
        return confirmation
    }

    @Test func aFileJoinsTheReplyWaitingForItsYes() throws {
        var state = state()
        let question = try #require(asking(&state))
        #expect(question.answers == "y send · e edit · a attach · n keep draft")
        press("a", on: &state)
        guard case .prompting(let prompt) = state.mode else { Issue.record("no prompt"); return }
        #expect(prompt.label == "Attach a file to the reply (path): " && prompt.input.text == "~/")
        let effects = "Downloads/a.pdf".flatMap { Update.apply(.key(KeyEvent(.char($0))), to: &state) } + press("enter", on: &state)
        #expect(effects == [.readAttachment(path: AttachmentController.expandingHome("~/Downloads/a.pdf"), for: question)])

        let file = NewAttachment(fileName: "a.pdf", data: [1, 2, 3])
        _ = Update.apply(.fileRead(file, for: question), to: &state)
        guard case .confirming(let again) = state.mode else { Issue.record("no question"); return }
        #expect(again.question.hasPrefix("Send this reply to the requester on #1042 (1 line, with a.pdf)? “"))
        #expect(again.request.actions == [.reply("Anbei die Anleitung."), .attach(file)])
        #expect(press("y", on: &state) == [.perform(again.request)])
    }

    @Test func escBacksOutToTheQuestionAndAnUnreadableFileSaysWhy() throws {
        var state = state()
        let question = try #require(asking(&state))
        press("a", "esc", on: &state)
        #expect(state.mode == .confirming(question))
        press("a", on: &state)
        press("enter", on: &state)
        #expect(state.message?.text == "type the path of a file to attach, or Esc to go back to the question")
        _ = Update.apply(.fileUnreadable("cannot read /x: no such file", for: question), to: &state)
        #expect(state.mode == .confirming(question) && state.message == .init(text: "cannot read /x: no such file", isError: true))
    }

    @Test func aLongQuestionIsCutBeforeItsKeys() throws {
        var state = state()
        let composition = Composition(key: DraftKey(ticketId: 1042, kind: .reply), version: 4,
                                      subject: "Account locked after password change on every laptop of the second floor",
                                      extraActions: [.attach(NewAttachment(fileName: "Fehlerprotokoll-2026-12-04.log", data: [1]))])
        _ = ComposerController.composed(composition, text: "Anbei das Protokoll.", &state)
        let bottom = try #require(F.render(state).buffer.lines().last)
        #expect(bottom.hasPrefix(" Send this reply to the requester on #1042 (1 line, with Fehlerprotokoll-2026"), "\(bottom)")
        #expect(bottom.trimmingCharacters(in: .whitespaces).hasSuffix("… y send · e edit · a attach · n keep draft"), "\(bottom)")
    }
}
